// errorcheck

// Statement syntax: separators, headers of if/for/switch, labels, go/defer.

package main

func f() int { return 0 }

func main() {
	x := 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
	if x = 2 { // ERROR "syntax error: cannot use assignment \(x\) = \(2\) as value"
	}
	if { // ERROR "syntax error: missing condition in if statement"
	}
	for i := 0; i < 3; j := 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
	if var y = 0; y < 1 { // ERROR "syntax error: var declaration not allowed in if initializer"
	}
}
