// Common-subexpression elimination (zero arg cse, generic cse): equal
// pure values merge into one that dominates the others; values that read
// or change memory, calls and side effects never merge with a value seen
// through a different memory state.
package main

import (
	"fmt"
	"sync/atomic"
)

var counter int

//go:noinline
func next(k int) int {
	counter += k
	return counter
}

// The same product in a dominating block and in a dominated one.
//go:noinline
func acrossBlocks(a, b int) int {
	x := a*b + 1
	if a > b {
		return x + a*b
	}
	return x - a*b
}

// Sibling blocks: neither computation dominates the other.
//go:noinline
func siblings(a, b int, c bool) int {
	var r int
	if c {
		r = a*b - 3
	} else {
		r = a*b + 3
	}
	return r + a*b
}

// Commutative ops meet whatever the argument order.
//go:noinline
func commutative(a, b int32) (int32, bool) {
	x := a + b
	y := b + a
	return x ^ y, a*b == b*a
}

// Loads: the same address reads different values across a store.
//go:noinline
func loads(p *int) (int, int, int) {
	x := *p
	y := *p
	*p = x + 10
	z := *p
	return x, y, z
}

// Calls with equal arguments are separate calls.
//go:noinline
func calls() (int, int) {
	return next(1), next(1)
}

// Map reads around a write.
//go:noinline
func maps(m map[string]int) (int, int, int) {
	a := m["k"]
	b := m["k"]
	m["k"] = a + 5
	return a, b, m["k"]
}

// Atomic loads are side effects: never merged, even with the same memory.
//go:noinline
func atomics(p *int64) (int64, int64, int64) {
	a := atomic.LoadInt64(p)
	atomic.AddInt64(p, 7)
	b := atomic.LoadInt64(p)
	c := atomic.LoadInt64(p)
	return a, b, c
}

// Equal string constants and the same conversions.
//go:noinline
func strs(n int) bool {
	s := "hello, world"
	t := "hello, world"
	u := "hello, there"
	return s[:n] == t[:n] && (n < 8 || s != u)
}

type Celsius int

// Equal ops on values of different named types.
//go:noinline
func named(a, b int) (int, Celsius) {
	return a + b, Celsius(a) + Celsius(b)
}

// Division guarded in one place and repeated after the guard.
//go:noinline
func divs(a, b int) int {
	r := 0
	if b != 0 {
		r = a / b
		if r > 1 {
			r += a / b
		}
	}
	return r
}

// Phis of one block with equal arguments merge.
//go:noinline
func phis(a, b int, c bool) int {
	x, y := a, a
	if c {
		x, y = b, b
	}
	x++
	return x*10 + y
}

// Phis of different blocks with the same arguments are different values.
//go:noinline
func phiBlocks(c, d bool, a, b int) (int, int) {
	x := a
	if c {
		x = b
	}
	y := a
	if d {
		y = b
	}
	return x, y
}

// Float comparisons: x != x only for NaN.
//go:noinline
func nan(x float64) (bool, bool) {
	return x != x, x != x && x == x
}

// Interface method calls on the same value are separate calls.
type incr struct{ n *int }

func (i incr) Inc() int { *i.n++; return *i.n }

type incer interface{ Inc() int }

//go:noinline
func ifaceCalls(v incer) (int, int) {
	return v.Inc(), v.Inc()
}

// Closures: the same captured variable read around a call that changes it.
//go:noinline
func closure() (int, int) {
	k := 1
	f := func() int { return k * 3 }
	g := func() { k = 5 }
	a := f()
	g()
	return a, f()
}

func main() {
	fmt.Println(acrossBlocks(3, 4), acrossBlocks(5, 2))
	fmt.Println(siblings(3, 4, true), siblings(3, 4, false))
	fmt.Println(commutative(7, -9))
	v := 4
	fmt.Println(loads(&v))
	fmt.Println(calls())
	fmt.Println(maps(map[string]int{"k": 2}))
	var at int64 = 3
	fmt.Println(atomics(&at))
	fmt.Println(strs(5), strs(12))
	fmt.Println(named(2, 3))
	fmt.Println(divs(9, 2), divs(9, 0), divs(1, 2))
	fmt.Println(phis(1, 2, true), phis(1, 2, false))
	fmt.Println(phiBlocks(true, false, 1, 2))
	fmt.Println(phiBlocks(false, true, 1, 2))
	zero := 0.0
	fmt.Println(nan(zero / zero))
	fmt.Println(nan(1.5))
	n := 0
	fmt.Println(ifaceCalls(incr{&n}))
	fmt.Println(closure())
}
