// errorcheck -0 -m

// Inlining (ssa/inl.c) and escape analysis together, as gc 1.19 decides them
// (go build -gcflags=-m): what can be inlined, the calls inlined (reported
// at the call, transitive ones too), and what escape analysis finds in
// inlined code: a constructor's &T{} stays in the caller's frame, a
// variadic call's "... argument" too, an inlined closure's call needs no
// closure; recursion and go:noinline stop inlining.

package p

type T struct{ a, b int }

func (t T) Sum() int     { return t.a + t.b } // ERROR "can inline T\.Sum$"
func (t *T) Set(a int)   { t.a = a } // ERROR "can inline \(\*T\)\.Set$" "t does not escape$"
func NewT(a, b int) *T   { return &T{a, b} } // ERROR "can inline NewT$" "\&T\{\.\.\.\} escapes to heap$"
func mk() T              { return T{1, 2} } // ERROR "can inline mk$"

var sink *T
var gsink interface{}

func useNew() int { // ERROR "can inline useNew$"
	t := NewT(1, 2) // ERROR "inlining call to NewT$" "\&T\{\.\.\.\} does not escape$"
	return t.Sum() // ERROR "inlining call to T\.Sum$"
}

func leakNew() { // ERROR "can inline leakNew$"
	sink = NewT(3, 4) // ERROR "inlining call to NewT$" "\&T\{\.\.\.\} escapes to heap$"
}

func method() int { // ERROR "can inline method$"
	var t T
	t.Set(5) // ERROR "inlining call to \(\*T\)\.Set$"
	return t.Sum() // ERROR "inlining call to T\.Sum$"
}

func head(xs ...string) string { return xs[0] } // ERROR "can inline head$" "leaking param: xs to result \~r0 level=1$"

func variadic() string { // ERROR "can inline variadic$"
	return head("a", "b") // ERROR "inlining call to head$" "\.\.\. argument does not escape$"
}

func alloc(x int) *int { return &x } // ERROR "can inline alloc$" "moved to heap: x$"

var p *int

func allocs() { // ERROR "can inline allocs$"
	p = alloc(2) // ERROR "inlining call to alloc$" "moved to heap: x$"
}

func ident(x *int) *int { return x } // ERROR "can inline ident$" "leaking param: x to result \~r0 level=0$"

func keep() int { // ERROR "can inline keep$"
	y := 7
	return *ident(&y) // ERROR "inlining call to ident$"
}

//go:noinline
func opaque(x int) int { return x }

func calls() int { return opaque(1) + opaque(2) }

func two() (int, *T) { return 1, &T{} } // ERROR "can inline two$" "\&T\{\} escapes to heap$"

func useTwo() int { // ERROR "can inline useTwo$"
	n, t := two() // ERROR "inlining call to two$" "\&T\{\} does not escape$"
	return n + t.a
}

func clo() int { // ERROR "can inline clo$"
	f := func(x int) int { return x * 2 } // ERROR "can inline clo\.func1$" "func literal does not escape$"
	return f(21) // ERROR "inlining call to clo\.func1$"
}

func direct(k int) int { // ERROR "can inline direct$"
	return func() int { return k + 1 }() // ERROR "can inline direct\.func1$" "inlining call to direct\.func1$"
}

func big(x int) int { // ERROR "can inline big$"
	for i := 0; i < x; i++ {
		x += i * x
		x -= i + x
		x *= x + 3
		x /= x + 3
		x += i * x
		x -= i + x
		x *= x + 3
		x /= x + 3
		x /= x + 3
		x -= i + x
		x *= x + 3
	}
	return x
}

func callsBig() int { return big(3) } // ERROR "can inline callsBig$" "inlining call to big$"

func rec(n int) int {
	if n == 0 {
		return 0
	}
	return rec(n - 1)
}

func ping(n int) int { // ERROR "can inline ping$"
	if n == 0 {
		return 0
	}
	return pong(n - 1)
}

func pong(n int) int { return ping(n) } // ERROR "can inline pong$" "inlining call to ping$"

func usePing() int { return ping(3) } // ERROR "can inline usePing$" "inlining call to ping$" "inlining call to pong$"
