// Golden test: float64 arithmetic: IEEE 754 double precision, round to
// nearest even, no fused multiply-add visible in the results, NaN comparing
// unequal to everything, signed zeros and infinities.
package main

//go:noinline
func add(a, b float64) float64 { return a + b }

//go:noinline
func sub(a, b float64) float64 { return a - b }

//go:noinline
func mul(a, b float64) float64 { return a * b }

//go:noinline
func div(a, b float64) float64 { return a / b }

func main() {
	println(add(0.1, 0.2), add(0.1, 0.2) == 0.3, 0.1+0.2 == 0.3)
	println(sub(1, 0.9), mul(3, 0.1), div(1, 3), div(2, 3))
	println(mul(1e308, 10), mul(-1e308, 10), div(1, 0), div(-1, 0))
	zero := 0.0
	nan := div(zero, zero)
	inf := div(1, zero)
	println("nan", nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	println("inf", inf == inf, inf > 1e308, -inf < -1e308, inf-inf == inf-inf, add(inf, -inf) != add(inf, -inf))
	println("inf arith", add(inf, 1), mul(inf, -2), div(1, inf), div(-1, inf), mul(inf, zero) != mul(inf, zero))

	// Negative zero: equal to zero, but 1/-0 is -Inf.
	negz := mul(-1, zero)
	println("negz", negz == zero, div(1, negz), div(1, zero), sub(zero, zero), add(negz, negz), mul(negz, negz))

	// Rounding: 2^53 + 1 is not representable.
	big := 9007199254740992.0
	println(add(big, 1) == big, add(big, 2) == big, sub(add(big, 1), big))
	// Subnormals and underflow.
	tiny := 4.9406564584124654e-324
	println(tiny, div(tiny, 2), mul(tiny, 0.5) == 0, mul(2.2250738585072014e-308, 0.5))
	// An accumulated sum and a product that show rounding.
	s := 0.0
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	println(s, s == 1, s-1)
	p := 1.0
	for i := 1; i <= 20; i++ {
		p *= float64(i)
	}
	println("20!", p, p == 2432902008176640000)
	h := 0.0
	for i := 1; i <= 1000; i++ {
		h += 1 / float64(i)
	}
	println("H(1000)", h)

	// Compound assignment, unary minus, comparisons.
	f := 1.5
	f += 2.25
	f *= -2
	f /= 3
	f -= 0.5
	println(f, -f, f < 0, -f > 0, f <= -3, f >= -3)

	// Newton's method for sqrt(2).
	x := 1.0
	for i := 0; i < 6; i++ {
		x = (x + 2/x) / 2
	}
	println("sqrt2", x, x*x)
}
