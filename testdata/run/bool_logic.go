// Golden test: bool values and operators: truth tables of && || ! == !=,
// bools stored in variables, arrays and structs, and bool-typed named types.
package main

type Flag bool

//go:noinline
func id(b bool) bool { return b }

func main() {
	vals := [2]bool{false, true}
	for _, a := range vals {
		for _, b := range vals {
			println(a, b, ":", a && b, a || b, !a, a == b, a != b, !(a && b) == (!a || !b))
		}
	}
	t, f := id(true), id(false)
	println(t && t && f, t || f && f, (t || f) && f, !t || !f, !!t)
	var fl Flag = Flag(t)
	println(fl, !fl, fl == Flag(f))
	type pair struct{ x, y bool }
	p := pair{t, f}
	p.y = !p.y
	println(p.x, p.y, p.x == p.y)
	var zero bool
	println(zero, zero == false)
	n := 0
	for _, b := range []bool{t, f, t, t, f} {
		if b {
			n++
		}
	}
	println("count", n)
	// Comparisons produce bools usable as values.
	x, y := 3, 5
	lt, eq := x < y, x == y
	println(lt, eq, lt != eq, x <= 3 == (y >= 5))
}
