// errorcheck

// break, continue and fallthrough outside their statements.

package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	fallthrough // ERROR "fallthrough statement out of place"
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if true {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	var i interface{} = x
	switch i.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	for {
		func() {
			break // ERROR "break is not in a loop, switch, or select"
		}()
	}
}
