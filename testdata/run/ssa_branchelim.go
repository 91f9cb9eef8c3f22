// branchelim: small diamonds that only pick a value become CondSelect
// (an LLVM select). Every integer width, pointer-shaped types, the types
// that must stay branches (bytes, bools, floats, strings), arms that
// compute, two values picked at once, and a value that addresses a load.
package main

import (
	"fmt"
	"unsafe"
)

//go:noinline
func max8(a, b int8) int8 {
	if a < b {
		a = b
	}
	return a
}

//go:noinline
func maxU8(a, b uint8) uint8 {
	if a < b {
		a = b
	}
	return a
}

//go:noinline
func max16(a, b int16) int16 {
	if a < b {
		a = b
	}
	return a
}

//go:noinline
func maxU16(a, b uint16) uint16 {
	if a < b {
		a = b
	}
	return a
}

//go:noinline
func min32(a, b int32) int32 {
	r := b
	if a < b {
		r = a
	}
	return r
}

//go:noinline
func minU32(a, b uint32) uint32 {
	r := b
	if a < b {
		r = a
	}
	return r
}

//go:noinline
func abs64(a int64) int64 {
	if a < 0 {
		a = -a
	}
	return a
}

//go:noinline
func pickU64(c bool, a, b uint64) uint64 {
	var r uint64
	if c {
		r = a
	} else {
		r = b
	}
	return r
}

//go:noinline
func clampInt(x, lo, hi int) int {
	if x < lo {
		x = lo
	}
	if x > hi {
		x = hi
	}
	return x
}

//go:noinline
func pickUint(c bool, a, b uint) uint {
	r := a
	if !c {
		r = b
	}
	return r
}

//go:noinline
func pickUintptr(a, b uintptr) uintptr {
	if a > b {
		return a - b
	}
	return 0
}

// An arm that computes (at most two values may run needlessly).
//go:noinline
func addIfOdd(x, y int) int {
	r := x
	if y&1 == 1 {
		r = x + y*2
	}
	return r
}

// Pointer-shaped values.
//go:noinline
func pickPtr(c bool, p, q *int) *int {
	if c {
		return p
	}
	return q
}

//go:noinline
func pickMap(m1, m2 map[string]int, first bool) map[string]int {
	m := m2
	if first {
		m = m1
	}
	return m
}

//go:noinline
func pickChan(c1, c2 chan int, n int) chan int {
	c := c1
	if n > 1 {
		c = c2
	}
	return c
}

//go:noinline
func pickFunc(neg bool) func(int) int {
	f := func(x int) int { return x + 1 }
	if neg {
		f = func(x int) int { return -x }
	}
	return f
}

//go:noinline
func pickUnsafe(c bool, p, q unsafe.Pointer) unsafe.Pointer {
	r := q
	if c {
		r = p
	}
	return r
}

// Types that stay branches.
//go:noinline
func pickBool(x int, a, b bool) bool {
	r := a
	if x > 3 {
		r = b
	}
	return r
}

//go:noinline
func maxF(a, b float64) float64 {
	if a < b {
		a = b
	}
	return a
}

//go:noinline
func pickStr(x int, a, b string) string {
	if x > 0 {
		a = b
	}
	return a
}

// Two values chosen by one branch.
//go:noinline
func sortPair(a, b int) (int, int) {
	lo, hi := a, b
	if b < a {
		lo, hi = b, a
	}
	return lo, hi
}

// The chosen value is an index: the select would delay the load.
//go:noinline
func lookup(xs []int, i, j int) int {
	k := i
	if xs[0] > 10 {
		k = j
	}
	return xs[k]
}

// A division in the arm must not run on the other way.
//go:noinline
func safeDiv(a, b int) int {
	r := 0
	if b != 0 {
		r = a / b
	}
	return r
}

// A load in the arm must not run on the other way.
//go:noinline
func deref(p *int) int {
	r := -1
	if p != nil {
		r = *p
	}
	return r
}

// A select inside a loop.
//go:noinline
func maxOf(xs []int32) int32 {
	var m int32 = -1 << 31
	for _, x := range xs {
		if x > m {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(max8(-3, 4), max8(100, -100), maxU8(200, 100), maxU8(1, 255))
	fmt.Println(max16(-300, 4), max16(30000, -30000), maxU16(60000, 1), maxU16(1, 65535))
	fmt.Println(min32(-1<<31, 5), min32(7, 3), minU32(1<<31, 5), minU32(3, 1<<32-1))
	fmt.Println(abs64(-1<<63), abs64(-9), abs64(9), pickU64(true, 1<<63, 2), pickU64(false, 1, 2))
	fmt.Println(clampInt(-5, 0, 10), clampInt(5, 0, 10), clampInt(50, 0, 10), pickUint(true, 1, 2), pickUint(false, 1, 2))
	fmt.Println(pickUintptr(10, 3), pickUintptr(3, 10))
	fmt.Println(addIfOdd(10, 3), addIfOdd(10, 4))
	a, b := 1, 2
	fmt.Println(*pickPtr(true, &a, &b), *pickPtr(false, &a, &b), pickPtr(false, &a, nil) == nil)
	m1, m2 := map[string]int{"x": 1}, map[string]int{"x": 2}
	fmt.Println(pickMap(m1, m2, true)["x"], pickMap(m1, m2, false)["x"])
	c1, c2 := make(chan int, 1), make(chan int, 1)
	pickChan(c1, c2, 0) <- 10
	pickChan(c1, c2, 5) <- 20
	fmt.Println(<-c1, <-c2)
	fmt.Println(pickFunc(false)(5), pickFunc(true)(5))
	fmt.Println(*(*int)(pickUnsafe(true, unsafe.Pointer(&a), unsafe.Pointer(&b))), *(*int)(pickUnsafe(false, unsafe.Pointer(&a), unsafe.Pointer(&b))))
	fmt.Println(pickBool(1, true, false), pickBool(5, true, false), maxF(1.5, -2), maxF(-1, 2.5), pickStr(0, "a", "b"), pickStr(1, "a", "b"))
	fmt.Println(sortPair(3, 1))
	fmt.Println(sortPair(1, 3))
	xs := []int{5, 6, 7, 8}
	fmt.Println(lookup(xs, 1, 3), lookup([]int{11, 1, 2}, 1, 2))
	fmt.Println(safeDiv(7, 2), safeDiv(7, 0), deref(&a), deref(nil))
	fmt.Println(maxOf([]int32{3, -4, 9, 2}), maxOf(nil))
}
