// Golden test: how println prints floats.  The runtime's format is fixed:
// sign, one digit, '.', six digits, 'e', sign, three exponent digits
// (+1.000000e+000), and NaN, +Inf, -Inf.  float32 values print as the
// float64 they convert to.  Digits are truncated after seven significant
// digits with rounding from the runtime's own algorithm, not strconv's.
package main

//go:noinline
func div(a, b float64) float64 { return a / b }

func main() {
	zero := 0.0
	println(zero, -zero, div(1, zero), div(-1, zero), div(zero, zero))
	negz := zero * -1
	println("negative zero", negz)
	println(1.0, -1.0, 0.5, 2.0, 10.0, 100.0, 1e6, 1e7, 123456789.0)
	println(0.1, 0.01, 1e-5, 3.14159265358979, 2.718281828459045)
	println(1.0/3, 2.0/3, 0.9999999, 0.99999999, 9.9999995, 1.2345675, 1.2345665)
	println(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e308, -1e-300)
	println(1e100, 1e-100, 6.02214076e23, 6.62607015e-34)
	var f32 float32 = 0.1
	println(f32, float32(1)/3, float32(16777217), float32(3.4028234663852886e38), float32(1.4e-45))
	// print (without ln) uses the same format and no separators.
	print(1.5, -2.5, "|", float32(0.25), "\n")
	// Integers as floats.
	for _, v := range []float64{0, 1, 7, 8, 9, 99, 1000, 65536, 4294967296, 1 << 53} {
		print(v, " ")
	}
	println()
	// A halving sequence shows the rounding of the last printed digit.
	x := 1.0
	for i := 0; i < 12; i++ {
		print(x, " ")
		x /= 7
	}
	println()
}
