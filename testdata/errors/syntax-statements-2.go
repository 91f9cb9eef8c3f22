// errorcheck

// Statement syntax: case clauses, go and defer, slices.

package main

func f() int { return 0 }

func main() {
	x := []int{}
	switch {
	case 1: f() case 2: // ERROR "syntax error: unexpected case at end of statement"
	}
	go (f()) // ERROR "expression in go must not be parenthesized"
	defer f // ERROR "expression in defer must be function call"
	_ = x[1:2:] // ERROR "final index required in 3-index slice"
}
