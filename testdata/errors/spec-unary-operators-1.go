// errorcheck

// Unary operators on operands of the wrong kind.

package main

func main() {
	s := "s"
	b := true
	f := 1.5
	_ = -s // ERROR "invalid operation: operator \- not defined on s \(variable of type string\)"
	_ = !1 // ERROR "invalid operation: operator ! not defined on 1 \(untyped int constant\)"
	_ = ^f // ERROR "invalid operation: operator \^ not defined on f \(variable of type float64\)"
	_ = +b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = !s // ERROR "invalid operation: operator ! not defined on s \(variable of type string\)"
	_ = -b // ERROR "invalid operation: operator \- not defined on b \(variable of type bool\)"
}
