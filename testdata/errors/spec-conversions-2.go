// errorcheck

// Constant conversions and conversion syntax.

package main

func main() {
	_ = int8(300) // ERROR "cannot convert 300 \(untyped int constant\) to type int8"
	_ = uint8(-1) // ERROR "cannot convert \-1 \(untyped int constant\) to type uint8"
	_ = string(65.0) // ERROR "cannot convert 65\.0 \(untyped float constant 65\) to type string"
	var p *int
	_ = uintptr(p) // ERROR "cannot convert p \(variable of type \*int\) to type uintptr"
	_ = int(1, 2) // ERROR "too many arguments in conversion to int"
	_ = int() // ERROR "missing argument in conversion to int"
	_ = float32(1e100) // ERROR "cannot convert 1e100 \(untyped float constant 1e\+100\) to type float32"
}
