// errorcheck

// Binary operators need identical operand types.

package main

type MyInt int

func main() {
	var i int
	var s string
	var f float64
	var m MyInt
	_ = i + s // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	_ = i + f // ERROR "invalid operation: i \+ f \(mismatched types int and float64\)"
	_ = i + m // ERROR "invalid operation: i \+ m \(mismatched types int and MyInt\)"
	_ = s + 1 // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
	_ = i == s // ERROR "invalid operation: i == s \(mismatched types int and string\)"
	i += f // ERROR "invalid operation: i \+= f \(mismatched types int and float64\)"
	_ = i && true // ERROR "invalid operation: i \&\& true \(mismatched types int and untyped bool\)"
}
