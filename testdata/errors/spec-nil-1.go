// errorcheck

// The untyped nil has no default type.

package main

func main() {
	x := nil // ERROR "use of untyped nil in assignment"
	var y = nil // ERROR "use of untyped nil in variable declaration"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	_ = nil // ERROR "use of untyped nil in assignment to _ identifier"
	var s string
	_ = s == nil // ERROR "invalid operation: s == nil \(mismatched types string and untyped nil\)"
	var p *int
	_ = p == nil
	_ = nil + 1 // ERROR "invalid operation: nil \+ 1 \(mismatched types untyped nil and untyped int\)"
	_, _, _ = x, y, i
}
