// errorcheck

// Struct literals: too few/many values, unknown and duplicate fields.

package main

type P struct{ X, Y int }

func main() {
	_ = P{1} // ERROR "too few values in P\{…\}"
	_ = P{1, 2, 3} // ERROR "too many values in P\{…\}"
	_ = P{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{Z: 1} // ERROR "unknown field 'Z' in struct literal of type P"
	_ = P{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	_ = P{X: "s"} // ERROR "cannot use .s. \(untyped string constant\) as int value in struct literal"
}
