// Golden test: calls goc inlines (ssa/inl.c) behave as calls: results,
// named results and bare returns, early returns from loops, methods with
// value and pointer receivers (promoted ones too), variadic functions,
// functions from other packages, closures, and a recursive cycle.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type point struct{ x, y int }

func (p point) sum() int      { return p.x + p.y }
func (p *point) scale(k int)  { p.x *= k; p.y *= k }
func (p *point) get() *point  { return p }
func newPoint(x, y int) *point { return &point{x, y} }

type named struct {
	point
	name string
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a - q*b
	return
}

func swap(a, b string) (string, string) { return b, a }

func firstNeg(xs []int) int {
	for i, x := range xs {
		if x < 0 {
			return i
		}
	}
	return -1
}

func classify(n int) (s string) {
	switch {
	case n < 0:
		s = "neg"
	case n == 0:
		return "zero"
	default:
		s = "pos"
	}
	return
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pair() (int, int) { return 3, 4 }

func add(a, b int) int { return a + b }

func apply(f func(int) int, x int) int { return f(x) }

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

// ff, gg and hh call one another: each can be inlined, and inlining stops
// before going round the cycle twice.
func ff(x int) int {
	if x <= 0 {
		return 0
	}
	return gg(x-1) + 1
}
func gg(x int) int { return hh(x) }
func hh(x int) int { return ff(x - 1) }

func labels(n int) int {
	c := 0
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			c++
		}
	}
	return c
}

func main() {
	p := point{1, 2}
	fmt.Println(p.sum(), (&p).sum())
	p.scale(3)
	fmt.Println(p, p.get().x, newPoint(5, 6).sum())
	n := named{point{7, 8}, "n"}
	n.scale(2)
	fmt.Println(n.sum(), n.point, n.get() == &n.point)

	q, r := divmod(17, 5)
	a, b := swap("a", "b")
	fmt.Println(q, r, a, b)
	fmt.Println(firstNeg([]int{1, 2, -3, 4}), firstNeg(nil))
	fmt.Println(classify(-1), classify(0), classify(5))
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Println(add(pair()))
	fmt.Println(apply(func(x int) int { return x * x }, 7))
	c := counter()
	c()
	fmt.Println(c(), c())
	fmt.Println(ff(10), labels(5))

	fmt.Println(strings.HasPrefix("golang", "go"), utf8.RuneLen('é'), strings.Contains("abc", "b"))

	// a closure called where it is made, and one assigned once
	k := 10
	fmt.Println(func(x int) int { return x + k }(5))
	sq := func(x int) int { return x * x }
	fmt.Println(sq(9))
	// evaluation order: arguments before the body, left to right
	i := 0
	next := func() int { i++; return i }
	fmt.Println(add(next(), next()*10))
}
