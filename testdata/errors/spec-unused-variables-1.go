// errorcheck

// Implementation restriction: variables declared and never used.

package main

func f() {
	a := 1 // ERROR "a declared but not used"
	var b int // ERROR "b declared but not used"
	c, d := 1, 2
	_ = c
	func() {
		e := 3 // ERROR "e declared but not used"
	}()
	var x interface{} = d
	switch y := x.(type) { // ERROR "y declared but not used"
	case int:
	}
	for i := 0; ; { // ERROR "i declared but not used"
		break
	}
}

func main() { f() }
