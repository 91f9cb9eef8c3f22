// errorcheck

// Shifts: negative counts, non-integer operands, untyped left operands.

package main

func main() {
	var s uint = 3
	var f float64
	_ = 1 << -1 // ERROR "invalid operation: negative shift count \-1 \(untyped int constant\)"
	_ = f << 2 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = 1 << f // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	var g float64 = 1 << s // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	_ = 1.5 << s // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	_ = 1 << 10000 // ERROR "invalid operation: invalid shift count 10000 \(untyped int constant\)"
	_ = g
}
