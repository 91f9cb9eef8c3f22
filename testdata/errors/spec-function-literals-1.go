// errorcheck

// Function literals: results, unused variables, self-reference.

package main

func main() {
	x := 1
	f := func() int {
		y := 2 // ERROR "y declared but not used"
		return x
	}
	g := func() {
		return 1 // ERROR "too many return values"
	}
	h := func() int {
	} // ERROR "missing return"
	_, _, _ = f, g, h
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return rec(n - 1)
	}
	k := func() { k() } // ERROR "k declared but not used" "undefined: k"
}
