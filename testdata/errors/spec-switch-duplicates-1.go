// errorcheck

// Switches: duplicate cases, duplicate defaults, mismatched case types.

package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 3, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	default:
	default: // ERROR "multiple defaults \(first at .*\)"
	}
	s := "a"
	switch s {
	case "a":
	case "b", "a": // ERROR "duplicate case .a. \(constant of type string\) in expression switch"
	}
	var i interface{} = x
	switch i.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	case nil:
	case nil: // ERROR "duplicate case nil in type switch"
	}
	switch x {
	case "s": // ERROR "cannot convert .s. \(untyped string constant\) to int"
	}
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	}
}
