// prove: what a branch says in the signed domain (x <= 0) and what every
// value satisfies in the unsigned one (x >= 0) do not combine into x == 0:
// -1 is both. encoding/csv's FieldsPerRecord = -1 took this path.
package main

type R struct {
	a, b int32
	F    int
}

//go:noinline
func (r *R) rec(dst []string) int {
	if r.F > 0 {
		if len(dst) != r.F {
			return -1
		}
	} else if r.F == 0 {
		r.F = len(dst)
	}
	return r.F
}

//go:noinline
func sign(x int) string {
	if x > 0 {
		return "positive"
	} else if x == 0 {
		return "zero"
	}
	return "negative"
}

//go:noinline
func small(x uint8, y int8) (bool, bool) {
	a := false
	if int8(x) <= 0 {
		a = x == 0
	}
	b := false
	if uint8(y) >= 0 && y <= 0 {
		b = y == 0
	}
	return a, b
}

func main() {
	r := &R{F: -1}
	println(r.rec([]string{"a", "b"}), r.F)
	r = &R{}
	println(r.rec([]string{"a", "b"}), r.F)
	r = &R{F: 3}
	println(r.rec([]string{"a", "b"}), r.F)
	for _, x := range []int{-5, -1, 0, 1, 7} {
		println(x, sign(x))
	}
	println(small(0xff, -1))
	println(small(0, 0))
}
