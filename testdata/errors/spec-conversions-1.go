// errorcheck

// Conversions between incompatible types.

package main

type T struct{ a int }
type U struct{ b int }

func main() {
	var s string
	var f float64
	var t T
	_ = int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = U(t) // ERROR "cannot convert t \(variable of type T\) to type U"
	_ = int("5") // ERROR "cannot convert .5. \(untyped string constant\) to type int"
	_ = float64("x") // ERROR "cannot convert .x. \(untyped string constant\) to type float64"
	_ = bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
}
