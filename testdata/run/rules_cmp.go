// The opt pass's rules (ssa/rules/generic.rules) on comparisons and
// booleans: c == d+x, values known non-negative (lengths, zero extensions,
// masks), the ends of each type, zero extensions below 1<<width, !a == !b,
// a == !a, f < f; on pointers: addresses of distinct globals and locals,
// of fields and elements of one variable, nil checks of addresses; phis of
// equal constants. Unknown values come in as parameters; every folded
// comparison sits next to one at the boundary that must not fold.
package main

import (
	"math"
	"unsafe"
)

//go:noinline
func cmp8(x int8, u uint8, s []int, b uint8) {
	println("cmp8", x, u, len(s), b)
	println("cmp8 add", x+3 == 10, x-3 != 10, 10 == 3+x, x+100 == -56, x-100 != 56, x+1 == math.MinInt8)
	println("cmp8 ends", x < math.MinInt8, x >= math.MinInt8, x > math.MaxInt8, x <= math.MaxInt8, u > math.MaxUint8, u <= math.MaxUint8)
	println("cmp8 near ends", x < math.MinInt8+1, x >= math.MinInt8+1, x > math.MaxInt8-1, x <= math.MaxInt8-1, u > math.MaxUint8-1, u <= math.MaxUint8-1)
	println("cmp8 nonneg", (x & 0x7f) < 0, (x & 0x7f) >= 0, (x & 0x7f) > 0, 0 < (x & 0x7f), (x & 0x7f) < 1, (x & 0x7f) <= 0, int8(u>>1) < 0, int8(u>>1) >= 0, x < 0, x >= 0, 0 < x, x < 1)
}

//go:noinline
func cmp16(x int16, u uint16, s []int, b uint8) {
	println("cmp16", x, u, len(s), b)
	println("cmp16 add", x+3 == 10, x-3 != 10, 10 == 3+x, x+100 == -56, x-100 != 56, x+1 == math.MinInt16)
	println("cmp16 ends", x < math.MinInt16, x >= math.MinInt16, x > math.MaxInt16, x <= math.MaxInt16, u > math.MaxUint16, u <= math.MaxUint16)
	println("cmp16 near ends", x < math.MinInt16+1, x >= math.MinInt16+1, x > math.MaxInt16-1, x <= math.MaxInt16-1, u > math.MaxUint16-1, u <= math.MaxUint16-1)
	println("cmp16 nonneg", (x & 0x7f) < 0, (x & 0x7f) >= 0, (x & 0x7f) > 0, 0 < (x & 0x7f), (x & 0x7f) < 1, (x & 0x7f) <= 0, int16(u>>1) < 0, int16(u>>1) >= 0, x < 0, x >= 0, 0 < x, x < 1)
	println("cmp16 zext", int16(b) < 0, int16(b) >= 0, 0 < int16(b), int16(b) < 1, uint16(b) < 256, uint16(b) < 255, uint16(b) <= 255, uint16(b) < 300)
}

//go:noinline
func cmp32(x int32, u uint32, s []int, b uint8) {
	println("cmp32", x, u, len(s), b)
	println("cmp32 add", x+3 == 10, x-3 != 10, 10 == 3+x, x+100 == -56, x-100 != 56, x+1 == math.MinInt32)
	println("cmp32 ends", x < math.MinInt32, x >= math.MinInt32, x > math.MaxInt32, x <= math.MaxInt32, u > math.MaxUint32, u <= math.MaxUint32)
	println("cmp32 near ends", x < math.MinInt32+1, x >= math.MinInt32+1, x > math.MaxInt32-1, x <= math.MaxInt32-1, u > math.MaxUint32-1, u <= math.MaxUint32-1)
	println("cmp32 nonneg", (x & 0x7f) < 0, (x & 0x7f) >= 0, (x & 0x7f) > 0, 0 < (x & 0x7f), (x & 0x7f) < 1, (x & 0x7f) <= 0, int32(u>>1) < 0, int32(u>>1) >= 0, x < 0, x >= 0, 0 < x, x < 1)
	println("cmp32 zext", int32(b) < 0, int32(b) >= 0, 0 < int32(b), int32(b) < 1, uint32(b) < 256, uint32(b) < 255, uint32(b) <= 255, uint32(b) < 300)
}

//go:noinline
func cmp64(x int64, u uint64, s []int, b uint8) {
	println("cmp64", x, u, len(s), b)
	println("cmp64 add", x+3 == 10, x-3 != 10, 10 == 3+x, x+100 == -56, x-100 != 56, x+1 == math.MinInt64)
	println("cmp64 ends", x < math.MinInt64, x >= math.MinInt64, x > math.MaxInt64, x <= math.MaxInt64, u > math.MaxUint64, u <= math.MaxUint64)
	println("cmp64 near ends", x < math.MinInt64+1, x >= math.MinInt64+1, x > math.MaxInt64-1, x <= math.MaxInt64-1, u > math.MaxUint64-1, u <= math.MaxUint64-1)
	println("cmp64 nonneg", (x & 0x7f) < 0, (x & 0x7f) >= 0, (x & 0x7f) > 0, 0 < (x & 0x7f), (x & 0x7f) < 1, (x & 0x7f) <= 0, int64(u>>1) < 0, int64(u>>1) >= 0, x < 0, x >= 0, 0 < x, x < 1)
	println("cmp64 zext", int64(b) < 0, int64(b) >= 0, 0 < int64(b), int64(b) < 1, uint64(b) < 256, uint64(b) < 255, uint64(b) <= 255, uint64(b) < 300)
	println("cmp64 len", len(s) < 0, len(s) >= 0, len(s) > 0, 0 < len(s), len(s) < 1, len(s) == 0, cap(s) < 0, cap(s) > 0)
}

//go:noinline
func zext(h uint16, w uint32) {
	println("zext", uint32(h) < 65536, uint32(h) < 65535, uint64(h) < 65536, uint64(h) < 1<<16-1, uint64(w) < 1<<32, uint64(w) < 1<<32-1)
}

//go:noinline
func bools(a, b bool) {
	println("bools", a, b, !a == !b, !a != !b, a == !a, a != !a, !a == a, !b != b, !a == b, a != !b)
}

//go:noinline
func floats(f float64, g float32) {
	println("floats", f < f, g < g, f <= f, f > f, g >= g)
}

var g1, g2 int
var garr [4]int

type S struct{ a, b, c int }

//go:noinline
func ptrs(p, q *int, s []int) {
	y, z := 1, 2
	var st S
	var arr [4]int
	py := &y
	println("ptrs globals", &g1 == &g2, &g1 != &g2, &g1 == &g1, &g1 != &g1, &garr[1] == &garr[1], &garr[1] == &garr[2], &garr[0] != &garr[3])
	println("ptrs locals", &y == &z, &y != &z, py == &y, py != &y, &y == &g1, &g1 != &y, &st.b == &g2, &g2 != &arr[1])
	println("ptrs fields", &st.a == &st.b, &st.b != &st.c, &st.b == &st.b, &st.c != &st.c)
	println("ptrs elems", &arr[1] == (*int)(unsafe.Pointer(&arr)), &arr[0] == (*int)(unsafe.Pointer(&arr)), &arr[2] != (*int)(unsafe.Pointer(&arr)), &arr[0] != (*int)(unsafe.Pointer(&arr)))
	println("ptrs slice", &s[1] == &s[0], &s[0] != &s[1], &s[1] == &s[1], &s[0] == &s[0])
	println("ptrs nil", !(p == q), !(p != q), py != nil, py == nil, nil == py, p == nil, nil != p, q != nil)
	*py += z
	println(y, st.a, arr[0])
}

//go:noinline
func phis(a bool, n int) {
	k8, k16, k32, k64 := int8(1), int16(2), int32(3), int64(4)
	f32, f64, t := float32(1.5), 2.5, true
	x8, x16, x32, x64 := int8(2), int16(4), int32(6), int64(8)
	y32, y64, yb := float32(3), 5.0, true
	if a {
		x8, x16, x32, x64 = k8+k8, k16+k16, k32+k32, k64+k64
		y32, y64, yb = f32+f32, f64+f64, t == t
	}
	w := int64(3)
	if a {
		w = k64 + k64
	}
	println("phis", x8, x16, x32, x64, y32, y64, yb, w)
	m := 7
	if n > 3 {
		m = k8b(n) // not a constant: the phi stays
	}
	println("phis2", m)
}

//go:noinline
func k8b(n int) int { return n * 2 }

func main() {
	{
		var x int8 = -128
		var u uint8 = 0
		cmp8(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int8 = -1
		var u uint8 = 1
		cmp8(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int8 = 0
		var u uint8 = 255
		cmp8(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int8 = 7
		var u uint8 = 255-1
		cmp8(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int8 = 100
		var u uint8 = 2
		cmp8(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int8 = math.MaxInt8
		var u uint8 = math.MaxInt8
		cmp8(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int8 = math.MaxInt8-1
		var u uint8 = 0x80
		cmp8(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int16 = -32768
		var u uint16 = 0
		cmp16(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int16 = -1
		var u uint16 = 1
		cmp16(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int16 = 0
		var u uint16 = 65535
		cmp16(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int16 = 7
		var u uint16 = 65535-1
		cmp16(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int16 = 100
		var u uint16 = 2
		cmp16(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int16 = math.MaxInt16
		var u uint16 = math.MaxInt16
		cmp16(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int16 = math.MaxInt16-1
		var u uint16 = 0x80
		cmp16(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int32 = -2147483648
		var u uint32 = 0
		cmp32(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int32 = -1
		var u uint32 = 1
		cmp32(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int32 = 0
		var u uint32 = 4294967295
		cmp32(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int32 = 7
		var u uint32 = 4294967295-1
		cmp32(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int32 = 100
		var u uint32 = 2
		cmp32(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int32 = math.MaxInt32
		var u uint32 = math.MaxInt32
		cmp32(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int32 = math.MaxInt32-1
		var u uint32 = 0x80
		cmp32(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int64 = -9223372036854775808
		var u uint64 = 0
		cmp64(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int64 = -1
		var u uint64 = 1
		cmp64(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int64 = 0
		var u uint64 = 18446744073709551615
		cmp64(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int64 = 7
		var u uint64 = 18446744073709551615-1
		cmp64(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int64 = 100
		var u uint64 = 2
		cmp64(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int64 = math.MaxInt64
		var u uint64 = math.MaxInt64
		cmp64(x, u, make([]int, int(u&3)), uint8(x))
	}
	{
		var x int64 = math.MaxInt64-1
		var u uint64 = 0x80
		cmp64(x, u, make([]int, int(u&3)), uint8(x))
	}
	zext(0, 0)
	zext(65535, 4294967295)
	zext(65534, 4294967294)
	for _, a := range []bool{false, true} {
		for _, b := range []bool{false, true} {
			bools(a, b)
		}
	}
	z := 0.0
	floats(1, 2)
	floats(z/z, float32(z/z))
	a, b := 1, 2
	ptrs(&a, &b, []int{1, 2, 3})
	ptrs(nil, &g1, []int{4, 5})
	ptrs(&g1, &g1, make([]int, 2, 10))
	phis(false, 1)
	phis(true, 5)
}
