// prove: bounds checks it removes must be the ones that cannot fail; the
// ones it keeps must still panic. Each case runs with values at the edges
// (passed through //go:noinline functions so nothing is constant).
package main

import (
	"fmt"
	"math"
)

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

//go:noinline
func upto(s []int, n int) int { // i < n, not i < len(s): checks stay
	t := 0
	for i := 0; i < n; i++ {
		t += s[i]
	}
	return t
}

//go:noinline
func uptoLen(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

//go:noinline
func uptoLeq(s []int, n int) int { // i <= n: n may be len(s)
	t := 0
	for i := 0; i <= n; i++ {
		t += s[i]
	}
	return t
}

//go:noinline
func from(s []int, j int) int { // j may be negative
	t := 0
	for i := j; i < len(s); i++ {
		t += s[i]
	}
	return t
}

//go:noinline
func down(s []int) int {
	t := 0
	for i := len(s) - 1; i >= 0; i-- {
		t += s[i] * (i + 1)
	}
	return t
}

//go:noinline
func downGt(s []int, k int) int { // i > k-1 with k maybe negative
	t := 0
	for i := len(s) - 1; i > k-1; i-- {
		t += s[i]
	}
	return t
}

//go:noinline
func twice(s []int, i int) int {
	a := s[i]
	return a + s[i]*10
}

//go:noinline
func guarded(s []int, i int) int {
	if i >= 0 && i < len(s) {
		return s[i]
	}
	return -1
}

//go:noinline
func guardedSigned(s []int, i int) int { // no i >= 0: the check stays
	if i < len(s) {
		return s[i]
	}
	return -1
}

//go:noinline
func guardedUnsigned(s []int, i uint) int {
	if i < uint(len(s)) {
		return s[i]
	}
	return -1
}

//go:noinline
func masked(a *[8]int, i int) int { return a[i&7] }

//go:noinline
func maskedNeg(a *[8]int, i int) int { return a[i&-1] } // not a mask: the check stays

//go:noinline
func byteIndex(a *[256]int, b byte) int { return a[b] }

//go:noinline
func byteIndexSmall(a *[100]int, b byte) int { return a[b] }

//go:noinline
func shifted(a *[16]int, x uint64) int { return a[x>>60] }

//go:noinline
func modded(s []int, x uint) int { return s[x%4] } // len(s) may be < 4

//go:noinline
func modArr(a *[5]int, x uint) int { return a[x%5] }

//go:noinline
func sliceTail(s []int, i int) int {
	if i <= len(s) && i >= 0 {
		return len(s[i:])
	}
	return -1
}

//go:noinline
func sliceMid(s []int, i, j int) int {
	if 0 <= i && i <= j && j <= len(s) {
		return len(s[i:j])
	}
	return -1
}

//go:noinline
func next(s []int, i int) int {
	if i+1 < len(s) && i >= 0 {
		return s[i] + s[i+1]
	}
	return -1
}

//go:noinline
func step2(s []int) int {
	t := 0
	for i := 0; i < len(s); i += 2 {
		t += s[i]
	}
	return t
}

//go:noinline
func nested(m [][]int) int {
	t := 0
	for i := 0; i < len(m); i++ {
		for j := 0; j < len(m[i]); j++ {
			t += m[i][j]
		}
	}
	return t
}

//go:noinline
func str(s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += int(s[i])
	}
	return t
}

//go:noinline
func narrow(s []int, n int8) int { // int8 wraps at 127: i < n always holds for n = 127? no: loop ends
	t := 0
	for i := int8(0); i < n; i++ {
		t += s[i]
	}
	return t
}

//go:noinline
func eqLen(s, u []int) int {
	if len(s) == len(u) {
		t := 0
		for i := range s {
			t += u[i]
		}
		return t
	}
	return -1
}

//go:noinline
func bigLoop(n int) int {
	c := 0
	for i := math.MaxInt64 - n; i <= math.MaxInt64-1; i++ {
		c++
	}
	return c
}

func main() {
	s := []int{1, 2, 3, 4}
	var a8 [8]int
	var a256 [256]int
	var a100 [100]int
	var a16 [16]int
	var a5 [5]int
	for i := range a256 {
		a256[i] = i
	}
	for i := range a100 {
		a100[i] = i
	}
	a8[7], a16[15], a5[4] = 7, 15, 4
	try("upto", func() int { return upto(s, 4) })
	try("upto5", func() int { return upto(s, 5) })
	try("uptoLen", func() int { return uptoLen(s) })
	try("uptoLeq3", func() int { return uptoLeq(s, 3) })
	try("uptoLeq4", func() int { return uptoLeq(s, 4) })
	try("from1", func() int { return from(s, 1) })
	try("from-1", func() int { return from(s, -1) })
	try("down", func() int { return down(s) })
	try("downGt0", func() int { return downGt(s, 0) })
	try("downGt-1", func() int { return downGt(s, -1) })
	try("twice", func() int { return twice(s, 3) })
	try("twice4", func() int { return twice(s, 4) })
	try("guarded", func() int { return guarded(s, 2) + guarded(s, -1) + guarded(s, 4) })
	try("guardedSigned", func() int { return guardedSigned(s, 1) })
	try("guardedSigned-1", func() int { return guardedSigned(s, -1) })
	try("guardedUnsigned", func() int { return guardedUnsigned(s, 3) + guardedUnsigned(s, 1<<63) })
	try("masked", func() int { return masked(&a8, 15) + masked(&a8, -1) })
	try("maskedNeg", func() int { return maskedNeg(&a8, 8) })
	try("byteIndex", func() int { return byteIndex(&a256, 255) })
	try("byteIndexSmall", func() int { return byteIndexSmall(&a100, 99) })
	try("byteIndexSmall100", func() int { return byteIndexSmall(&a100, 100) })
	try("shifted", func() int { return shifted(&a16, math.MaxUint64) })
	try("modded", func() int { return modded(s, 7) })
	try("modded3", func() int { return modded(s[:3], 7) })
	try("modArr", func() int { return modArr(&a5, 9) })
	try("sliceTail", func() int { return sliceTail(s, 4) + sliceTail(s, 5) })
	try("sliceMid", func() int { return sliceMid(s, 1, 3) + sliceMid(s, 3, 1) })
	try("next", func() int { return next(s, 2) + next(s, 3) })
	try("step2", func() int { return step2(s) + step2(s[:3]) })
	try("nested", func() int { return nested([][]int{{1}, {2, 3}, nil, {4, 5, 6}}) })
	try("str", func() int { return str("héllo") })
	try("narrow", func() int { return narrow(s, 4) })
	try("narrow5", func() int { return narrow(s, 5) })
	try("eqLen", func() int { return eqLen(s, []int{5, 6, 7, 8}) + eqLen(s, nil) })
	try("bigLoop", func() int { return bigLoop(3) })
}
