// The opt pass's memory and aggregate rules (ssa/rules/generic.rules):
// SSA-able structs and [1]T arrays loaded and stored field by field, loads
// forwarded from the stores that wrote them past stores to other fields,
// loads of zeroed memory past such stores, a constant's bits read through
// unsafe as another type, stores that change nothing (x = x, a zero into
// zeroed memory); bounds checks known to pass (x%c, x>>c, x&c, a uint8 or
// uint16 into a longer array, s[:len(s)]); strings and slices rebuilt from
// their own parts. Values come in as parameters; each field printed once
// from the folded path and once through memory the compiler cannot see.
package main

import (
	"math"
	"unsafe"
)

type P1 struct{ a *int }
type P2 struct{ a, b int }
type P3 struct {
	a int8
	b string
	c float64
}
type P4 struct{ a, b, c, d int16 }
type A1 [1]int32
type Big struct{ a, b, c, d, e int }

var gi = 42
var gp2 P2
var gbig Big

//go:noinline
func show2(p *P2) { println("  mem", p.a, p.b) }

//go:noinline
func show4(p *P4) { println("  mem", p.a, p.b, p.c, p.d) }

//go:noinline
func showBig(p *Big) { println("  mem", p.a, p.b, p.c, p.d, p.e) }

//go:noinline
func structs(x int, s string) {
	p1 := P1{&gi}
	println("p1", *p1.a)
	p2 := P2{1, x}
	println("p2", p2.a, p2.b)
	show2(&p2)
	p3 := P3{int8(x), s, 2.5}
	println("p3", p3.a, p3.b, p3.c)
	p4 := P4{1, int16(x), 3, 4}
	println("p4", p4.a, p4.b, p4.c, p4.d)
	show4(&p4)
	a1 := A1{int32(x)}
	println("a1", a1[0])
	q := new(P2)
	*q = p2
	println("q", q.a, q.b)
	gp2 = P2{x, x + 1}
	println("gp2", gp2.a, gp2.b)
	var arr1 [1]P2
	arr1[0] = p2
	println("arr1", arr1[0].a, arr1[0].b)
}

//go:noinline
func partial(x int16) {
	a := P4{b: x}
	println("partial1", a.a, a.b, a.c, a.d)
	show4(&a)
	b := P4{b: x, c: x + 1}
	println("partial2", b.a, b.b, b.c, b.d)
	c := P4{b: x, c: x + 1, d: x + 2}
	println("partial3", c.a, c.b, c.c, c.d)
	d := P3{b: "s"}
	println("partial4", d.a, d.b, d.c)
	e := P3{a: 1, b: "t"}
	println("partial5", e.a, e.b, e.c)
}

//go:noinline
func bits() {
	f := 1.5
	u := *(*uint64)(unsafe.Pointer(&f))
	g := float32(-0.25)
	v := *(*uint32)(unsafe.Pointer(&g))
	i := uint64(0x400921FB54442D18)
	h := *(*float64)(unsafe.Pointer(&i))
	j := uint32(0x40490FDB)
	k := *(*float32)(unsafe.Pointer(&j))
	n := int64(-1)
	m := *(*float64)(unsafe.Pointer(&n)) // a NaN: not folded
	println("bits", u, math.Float64bits(1.5), v, math.Float32bits(-0.25), h, math.Float64frombits(0x400921FB54442D18), k, math.Float32frombits(0x40490FDB), m == m)
}

// stores that overlap the loaded bytes without being the same store: the
// load must not see past them
//go:noinline
func overlap(v int64) {
	x := v
	px := &x
	*(*int16)(unsafe.Pointer(px)) = 0x2222
	println("overlap", x)
	y := v
	(*[4]int16)(unsafe.Pointer(&y))[1] = 0x3333
	println("overlap2", y)
	var s P2
	s.a = int(v)
	(*[4]int32)(unsafe.Pointer(&s))[1] = 7
	s.b = 9
	println("overlap3", s.a, s.b)
}

//go:noinline
func samestores(p *P2, x int) {
	gi = gi
	gp2.a = gp2.a
	gp2.b = gp2.b + 0
	p.a = x
	var big Big
	big.c = 0
	big.a = x
	big.b = 0
	big.d = int(0)
	println("same", gi, gp2.a, gp2.b, p.a, big.a, big.b, big.c, big.d, big.e)
	showBig(&big)
	big2 := Big{a: x, c: 0, e: x}
	println("same2", big2.a, big2.b, big2.c, big2.d, big2.e)
	showBig(&big2)
}

var tab10 [10]int
var tab16 [16]int
var arr8 [8]int
var big300 [300]byte
var huge [70000]byte

//go:noinline
func bounds(u uint64, x int, b uint8, h uint16, s []int, str string) {
	for i := range tab10 {
		tab10[i] = i * 3
	}
	for i := range tab16 {
		tab16[i] = i * 5
	}
	big300[b] = b
	huge[h] = 7
	println("bounds", tab10[u%10], tab10[u%7], tab16[u>>60], tab16[u>>61], len(arr8[:x&7]), len(arr8[x&3:]), cap(arr8[:x&8]))
	println("bounds2", len(big300[:b]), big300[b:][0], len(huge[:h]), huge[h:][0])
	println("bounds3", len(s[:len(s)]), cap(s[:len(s)]), len(str[:len(str)]), str[:len(str)] == str, len(s[:cap(s)]))
}

var big255 [255]byte
var big254 [254]byte
var tab11 [11]int

func try(name string, f func() int) {
	defer func() {
		if e := recover(); e != nil {
			println(name, e.(error).Error())
		}
	}()
	println(name, f())
}

// next to each bound that folds, one that must not (and may panic)
//go:noinline
func nearbounds(u uint64, x int, b uint8, h uint16) {
	try("mod", func() int { return tab10[u%10] + tab11[u%11] })
	try("mod+1", func() int { return tab10[u%11] })
	try("shift", func() int { return tab16[u>>60] })
	try("shift-1", func() int { return tab16[u>>59] })
	try("and", func() int { return tab16[b&15] + tab16[x&15] })
	try("and+1", func() int { return tab16[b&16] })
	try("and+1'", func() int { return tab16[x&16] })
	try("slice and", func() int { return len(arr8[:x&8]) })
	try("slice and+1", func() int { return len(arr8[:x&9]) })
	try("slice u8", func() int { return len(big255[:b]) })
	try("slice u8-1", func() int { return len(big254[:b]) })
	// index shapes the builder's bounded check (gc's walk.bounded) does not
	// see, which become x>>c, x&c, x%c, uint8 and uint16 only in the rules
	try("late shift", func() int { return tab16[u/(1<<60)] })
	try("late shift-1", func() int { return tab16[u/(1<<59)] })
	try("late and", func() int { return tab16[(x&15)+0] })
	try("late and+1", func() int { return tab16[(x&16)+0] })
	try("late mod", func() int { return tab10[(u%10)*1] })
	try("late mod+1", func() int { return tab10[(u%11)*1] })
	try("late u8", func() int { return int(big300[int(b)+0]) + int(big255[int(b)+0]) })
	try("late u16", func() int { return int(huge[int(h)*1]) })
}

//go:noinline
func rebuild(s string, sl []int) {
	t, u, v := s[:], s[0:], s[:len(s)]
	w, z := sl[:], sl[0:len(sl)]
	println("rebuild", t, u, v, len(w), cap(w), len(z), cap(z), &w[0] == &sl[0])
}

//go:noinline
func copies(dst, src []int, n int) {
	println("copy", copy(dst[:n], src[:n]), dst[0], copy(dst, dst), copy(src[1:n], src[:n]), src[1])
}

func main() {
	structs(-7, "str")
	structs(1<<40, "")
	partial(-3)
	partial(32767)
	bits()
	overlap(0x1111111111111111)
	overlap(-1)
	samestores(&P2{}, 9)
	samestores(new(P2), -9)
	bounds(0, 0, 0, 0, []int{1}, "a")
	bounds(1<<64-1, -1, 255, 65535, make([]int, 2, 5), "abc")
	bounds(12345678901, 13, 100, 40000, nil, "")
	nearbounds(0, 0, 0, 0)
	nearbounds(1<<64-1, -1, 255, 65535)
	nearbounds(10, 9, 16, 40000)
	nearbounds(1<<59*17, 8, 254, 1)
	rebuild("hello", []int{3, 4})
	copies([]int{0, 0, 0}, []int{5, 6, 7}, 3)
	copies([]int{0, 0, 0}, []int{5, 6, 7}, 2)
}
