// Golden test: method expressions.  T.M is a function taking the receiver
// as its first argument; (*T).M exists for both value and pointer methods;
// I.M for an interface type I takes an I.  They are plain func values.
package main

type P struct{ x, y int }

func (p P) Sum() int         { return p.x + p.y }
func (p P) Scaled(k int) P   { return P{p.x * k, p.y * k} }
func (p *P) Move(dx, dy int) { p.x += dx; p.y += dy }

type Summer interface{ Sum() int }

type N int

func (n N) Sum() int { return int(n) }

func main() {
	sum := P.Sum
	println(sum(P{1, 2}))

	scaled := P.Scaled
	q := scaled(P{2, 3}, 10)
	println(q.x, q.y)

	move := (*P).Move
	p := P{0, 0}
	move(&p, 3, 4)
	println(p.x, p.y)

	psum := (*P).Sum // value method through a pointer
	println(psum(&p))

	var f func(P) int = P.Sum
	println(f(P{5, 5}))

	isum := Summer.Sum
	println(isum(P{7, 8}), isum(N(9)), isum(&p))

	// table of method expressions
	ops := []func(P, int) P{P.Scaled, func(p P, k int) P { return P{p.x + k, p.y + k} }}
	r := P{1, 1}
	for _, op := range ops {
		r = op(r, 3)
	}
	println(r.x, r.y)

	// method expression on a named non-struct type
	g := N.Sum
	println(g(N(-4)))

	// generic-ish helper taking a method expression
	apply := func(m func(*P, int, int), ps []*P) {
		for _, pp := range ps {
			m(pp, 1, -1)
		}
	}
	a, b := &P{0, 0}, &P{10, 10}
	apply((*P).Move, []*P{a, b, a})
	println(a.x, a.y, b.x, b.y)
}
