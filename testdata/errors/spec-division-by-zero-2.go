// errorcheck

// Constant division by zero, integer and float.

package main

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_ = x % 0 // ERROR "invalid operation: division by zero"
	_ = 1 / 0 // ERROR "invalid operation: division by zero"
	_ = 1.0 / 0 // ERROR "invalid operation: division by zero"
	const c = 0
	_ = x / c // ERROR "invalid operation: division by zero"
	var f float64
	_ = f / 0
}
