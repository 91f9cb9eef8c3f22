// The program tools/ssahtml-check.py builds with GOSSAFUNC: a loop (phis,
// blocks), a method, a closure, and strings that must be escaped in the
// page (<script>, &, quotes).
package main

type T struct{ x int }

func (t *T) M(a int) int { return t.x + a }

const tag = "<script>alert('&amp;')</script> \"q\" & <b>"

//go:noinline
func f(a, b int) int {
	s := 0
	for i := a; i < b; i++ {
		if i%3 == 0 {
			s += i * 2
		} else {
			s -= len(tag)
		}
	}
	if s < 0 {
		println(tag + "</td>")
	}
	g := func(x int) int { return x + s }
	return g(len(tag))
}

func main() {
	t := &T{3}
	println(f(1, 10), t.M(4), tag)
}
