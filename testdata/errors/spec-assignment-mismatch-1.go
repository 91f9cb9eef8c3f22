// errorcheck

// Assignments: the number of operands on both sides must match.

package main

func one() int         { return 1 }
func two() (int, int)  { return 1, 2 }
func none()            {}

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	c := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var d, e int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var f int = two() // ERROR "multiple\-value two\(\) \(value of type \(int, int\)\) in single\-value context"
	g, h := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	var i, j = none() // ERROR "none\(\) \(no value\) used as value"
	a, b = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
	_ = j
}
