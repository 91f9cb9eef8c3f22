// The opt pass's floating-point rules (ssa/rules/generic.rules): constant
// folding of + - * / and unary -, comparisons and conversions, and the exact
// identities x*1, x*-1, x*2, x/2^k, -(-x). Each line prints the bits of the
// result computed from locals holding constants (folded by the rules) next
// to the same operation done at run time by a //go:noinline function, on
// values where rounding, overflow to Inf, -0, NaN and subnormals matter.
// NaNs print as NaN, not as bits: their sign and payload are the machine's
// (and LLVM's constant folder's) business.
package main

import "math"

//go:noinline
func add64(a, b float64) float64 { return a + b }

//go:noinline
func sub64(a, b float64) float64 { return a - b }

//go:noinline
func mul64(a, b float64) float64 { return a * b }

//go:noinline
func div64(a, b float64) float64 { return a / b }

//go:noinline
func neg64(a float64) float64 { return -a }

//go:noinline
func add32(a, b float32) float32 { return a + b }

//go:noinline
func sub32(a, b float32) float32 { return a - b }

//go:noinline
func mul32(a, b float32) float32 { return a * b }

//go:noinline
func div32(a, b float32) float32 { return a / b }

//go:noinline
func neg32(a float32) float32 { return -a }

func b64(f float64) uint64 { return math.Float64bits(f) }
func b32(f float32) uint32 { return math.Float32bits(f) }

func arith64() {
	{
		a, b := 0.1, 0.2
		println("f64 0.1 0.2", b64(a+b), b64(add64(a, b)), b64(a-b), b64(sub64(a, b)), b64(a*b), b64(mul64(a, b)), b64(a/b), b64(div64(a, b)))
	}
	{
		a, b := 1e308, 10.0
		println("f64 1e308 10", b64(a*b), b64(mul64(a, b)), b64(-a*b), b64(mul64(-a, b)), b64(a/b), b64(div64(a, b)), b64(a+a), b64(add64(a, a)))
	}
	{
		a, b := 5e-324, 0.5
		println("f64 tiny", b64(a*b), b64(mul64(a, b)), b64(a/b), b64(div64(a, b)), b64(a-a), b64(sub64(a, a)))
	}
	{
		z, one := 0.0, 1.0
		nz := -z
		println("f64 zero", b64(nz), b64(neg64(z)), b64(one/z), b64(div64(one, z)), b64(one/nz), b64(div64(one, nz)), b64(nz+z), b64(add64(nz, z)), b64(nz-z), b64(sub64(nz, z)))
		inf := one / z
		println("f64 inf", inf-inf, sub64(inf, inf), inf-inf == inf-inf, z/z == z/z, inf*z, mul64(inf, z))
		println("f64 neg", b64(-one), b64(neg64(one)), b64(-inf), b64(neg64(inf)))
	}
	{
		a, b := 3.0, 7.0
		println("f64 cmp", a == b, a != b, a < b, a <= b, a > b, a >= b, a == a, a != a, a < a, b <= b)
		z := 0.0
		nz := -z
		println("f64 cmp0", z == nz, z != nz, z < nz, nz <= z)
	}
}

func arith32() {
	{
		a, b := float32(0.1), float32(0.2)
		println("f32 0.1 0.2", b32(a+b), b32(add32(a, b)), b32(a-b), b32(sub32(a, b)), b32(a*b), b32(mul32(a, b)), b32(a/b), b32(div32(a, b)))
	}
	{
		// 16777216 + 1 is not a float32: the sum must round at float32, not float64
		a, b := float32(16777216), float32(1)
		println("f32 2^24", b32(a+b), b32(add32(a, b)), b32(a+b+b), b32(add32(add32(a, b), b)), b32(a-b), b32(sub32(a, b)))
	}
	{
		a, b := float32(3e38), float32(10)
		println("f32 3e38 10", b32(a*b), b32(mul32(a, b)), b32(a/b), b32(div32(a, b)), b32(a+a), b32(add32(a, a)), b32(-a-a), b32(sub32(-a, a)))
	}
	{
		a, b := float32(1e-45), float32(3)
		println("f32 tiny", b32(a*b), b32(mul32(a, b)), b32(a/b), b32(div32(a, b)))
	}
	{
		z, one := float32(0), float32(1)
		nz := -z
		println("f32 zero", b32(nz), b32(neg32(z)), b32(one/z), b32(div32(one, z)), b32(one/nz), b32(div32(one, nz)), b32(-one), b32(neg32(one)))
	}
	{
		a, b := float32(1.5), float32(-2.25)
		println("f32 cmp", a == b, a != b, a < b, a <= b, a > b, a >= b, a < a, b != b)
	}
}

//go:noinline
func f2i(f float64) (int8, int16, int32, int64, uint8, uint16, uint32, uint64) {
	return int8(f), int16(f), int32(f), int64(f), uint8(f), uint16(f), uint32(f), uint64(f)
}

//go:noinline
func f32toi(f float32) (int32, int64, uint64) {
	return int32(f), int64(f), uint64(f)
}

//go:noinline
func i2f(i int64, u uint64, j int32) (float64, float32, float64, float32, float64, float32) {
	return float64(i), float32(i), float64(u), float32(u), float64(j), float32(j)
}

//go:noinline
func narrow(f float64) float32 { return float32(f) }

//go:noinline
func widen(f float32) float64 { return float64(f) }

func conversions() {
	{
		f := 2.75
		a, b, c, d, e, g, h, i := f2i(f)
		println("cvt 2.75", int8(f), int16(f), int32(f), int64(f), uint8(f), uint16(f), uint32(f), uint64(f), a, b, c, d, e, g, h, i)
	}
	{
		f := -2.75
		println("cvt -2.75", int8(f), int16(f), int32(f), int64(f))
		a, b, c, d, _, _, _, _ := f2i(f)
		println("cvt -2.75 rt", a, b, c, d)
	}
	{
		f, g, h := 2147483647.9, -2147483648.9, -0.5
		println("cvt int32 edges", int32(f), int32(g), uint64(h))
		_, _, c, _, _, _, _, _ := f2i(f)
		_, _, d, _, _, _, _, _ := f2i(g)
		_, _, _, _, _, _, _, e := f2i(h)
		println("cvt int32 edges rt", c, d, e)
	}
	{
		f, g := 9223372036854774784.0, -9223372036854775808.0
		println("cvt int64 edges", int64(f), int64(g))
		_, _, _, c, _, _, _, _ := f2i(f)
		_, _, _, d, _, _, _, _ := f2i(g)
		println("cvt int64 edges rt", c, d)
	}
	{
		f, g := 1e19, 18446744073709549568.0
		println("cvt uint64 edges", uint64(f), uint64(g))
		_, _, _, _, _, _, _, c := f2i(f)
		_, _, _, _, _, _, _, d := f2i(g)
		println("cvt uint64 edges rt", c, d)
	}
	{
		f := float32(-123.875)
		a, b, c := f32toi(float32(123.875))
		println("cvt f32", int32(f), int64(f), uint64(-f), a, b, c)
	}
	{
		// out of range: not folded, the machine's answer (as gc's)
		f := 3e9
		_, _, c, _, _, _, _, _ := f2i(f)
		println("cvt out of range", int32(f), c)
	}
	{
		i, u, j := int64(1<<53+1), uint64(1<<64-1), int32(16777217)
		a, b, c, d, e, g := i2f(i, u, j)
		println("cvt i2f", b64(float64(i)), b32(float32(i)), b64(float64(u)), b32(float32(u)), b64(float64(j)), b32(float32(j)))
		println("cvt i2f rt", b64(a), b32(b), b64(c), b32(d), b64(e), b32(g))
		k, v := int64(-9007199254740993), uint64(1<<63+1<<11+1)
		a, b, c, d, _, _ = i2f(k, v, 0)
		println("cvt i2f 2", b64(float64(k)), b32(float32(k)), b64(float64(v)), b32(float32(v)), b64(a), b32(b), b64(c), b32(d))
	}
	{
		f, g := 0.1, 3.4028235677973366e38
		println("cvt f64 f32", b32(float32(f)), b32(narrow(f)), b32(float32(g)), b32(narrow(g)), b32(float32(-g)), b32(narrow(-g)))
		h := float32(0.1)
		println("cvt f32 f64", b64(float64(h)), b64(widen(h)))
	}
}

//go:noinline
func identities64(x float64) {
	if x != x {
		println("id64 NaN", x*1, 1*x, x*-1, x*2, 2*x, x/4, x/0.5, x/3, -(-x))
		return
	}
	println("id64", b64(x), b64(x*1), b64(1*x), b64(x*-1), b64(x*2), b64(2*x), b64(x/4), b64(x/0.5), b64(x/3), b64(-(-x)))
}

//go:noinline
func identities32(x float32) {
	if x != x {
		println("id32 NaN", x*1, x*-1, x*2, x/4, x/0.125, x/3, -(-x))
		return
	}
	println("id32", b32(x), b32(x*1), b32(x*-1), b32(x*2), b32(x/4), b32(x/0.125), b32(x/3), b32(-(-x)))
}

//go:noinline
func roundtrip(x float32, y float64) {
	if y != y {
		println("roundtrip NaN", float32(float64(x)), float64(float32(y)))
		return
	}
	println("roundtrip", b32(float32(float64(x))), b64(float64(float32(y))))
}

//go:noinline
func selfcmp(x float64, y float32) {
	println("selfcmp", x < x, y < y, x <= x, x == x, x != x)
}

func main() {
	arith64()
	arith32()
	conversions()
	z := 0.0
	for _, x := range []float64{0, -z, 1, -3.5, 1e308, 5e-324, 2.2250738585072014e-308, 1 / z, -1 / z, z / z} {
		identities64(x)
		identities32(float32(x))
		roundtrip(float32(x), x)
		selfcmp(x, float32(x))
	}
	identities32(1e-45)
	identities32(3e38)
}
