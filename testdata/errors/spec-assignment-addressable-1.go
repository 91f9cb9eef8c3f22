// errorcheck

// Assignment needs an addressable operand or a map index.

package main

type T struct{ x int }

func f() int { return 1 }
func g() T   { return T{} }

func main() {
	f() = 1 // ERROR "cannot assign to f\(\) \(value of type int\)"
	g().x = 2 // ERROR "cannot assign to g\(\)\.x \(value of type int\)"
	m := map[string]T{}
	m["a"].x = 3 // ERROR "cannot assign to struct field m\[.a.\]\.x in map"
	_ = &f() // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	const c = 1
	c = 2 // ERROR "cannot assign to c \(untyped int constant 1\)"
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(value of type (byte|uint8)\)"
	_ = &T{}
	len("a") = 1 // ERROR "cannot assign to len\(.a.\) \(constant 1 of type int\)"
}
