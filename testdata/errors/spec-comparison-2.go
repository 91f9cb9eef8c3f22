// errorcheck

// Comparisons: mismatched types and unordered operands.

package main

func main() {
	var x int
	var p *int
	_ = x == p // ERROR "invalid operation: x == p \(mismatched types int and \*int\)"
	_ = x < "s" // ERROR "invalid operation: x < .s. \(mismatched types int and untyped string\)"
	var c1, c2 complex128
	_ = c1 < c2 // ERROR "invalid operation: c1 < c2 \(operator < not defined on complex128\)"
	var i interface{}
	_ = i < i // ERROR "invalid operation: i < i \(operator < not defined on interface\)"
	_ = true > false // ERROR "invalid operation: true > false \(operator > not defined on untyped bool\)"
	var arr [2][]int
	_ = arr == arr // ERROR "invalid operation: arr == arr \(\[2\]\[\]int cannot be compared\)"
}
