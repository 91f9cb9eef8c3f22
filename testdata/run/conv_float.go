// Golden test: conversions involving floating point.  float->int truncates
// toward zero (only values in range are used here: out-of-range results are
// implementation-defined).  int->float rounds to nearest even.  uint64 values
// >= 2^63 need special handling on amd64 in both directions.
package main

//go:noinline
func f64(x float64) float64 { return x }

//go:noinline
func f32(x float32) float32 { return x }

func main() {
	for _, v := range []float64{0, 0.4, 0.5, 0.9, 1, 1.5, 2.5, -0.5, -0.9, -1.5, -2.5, -127.99, 127.99, 255.9, -128.7,
		65535.99, 2147483647.9, -2147483648.9, 4294967295.5, 1e15 + 0.5, -1e15 - 0.5, 9.2e18, -9.2e18} {
		x := f64(v)
		print(x, " -> ", int64(x), " ", int32(int64(x)), " ")
		if x > -129 && x < 128 {
			print(int8(x), " ")
		}
		if x >= 0 && x < 256 {
			print(uint8(x), " ")
		}
		if x > -2147483649 && x < 2147483648 {
			print(int32(x), " ")
		}
		if x >= 0 && x < 4294967296 {
			print(uint32(x), " ")
		}
		if x >= 0 {
			print(uint64(x), " ")
		}
		println(int(x))
	}

	// uint64 <-> float64 above 2^63.
	for _, v := range []uint64{0, 1, 1<<53 + 1, 1 << 63, 1<<63 + 1024, 1<<63 + 2048, 18446744073709549568, 18446744073709551615} {
		f := float64(v)
		print(v, " -> ", f, " ")
		if f < 18446744073709551616.0 {
			print(uint64(f))
		}
		println()
	}
	println(uint64(f64(9223372036854775808.0)), uint64(f64(1.5e19)), uint64(f64(1.8446744073709550e19)))

	// int -> float rounding.
	for _, v := range []int64{1<<53 - 1, 1 << 53, 1<<53 + 1, 1<<53 + 3, -1<<53 - 1, 9223372036854775807, -9223372036854775808, 16777217, 16777219} {
		f := float64(v)
		print(v, " ", f, " ", float32(v))
		if f < 9223372036854775808.0 { // float64(MaxInt64) rounds up to 2^63: out of int64's range
			print(" ", int64(f) == v)
		}
		println()
	}
	println(float32(uint32(4294967295)), float64(uint32(4294967295)), float32(uint8(200)), float64(int8(-100)))

	// float64 <-> float32.
	d := f64(0.1)
	s := float32(d)
	println(s, float64(s), float64(s) == d, float32(f64(1e39)), float32(f64(-1e39)), float32(f64(1e-46)))
	println(float64(f32(16777217)), float32(f64(16777217)), float32(f64(0.33333334)), float32(f64(3.4028235e38)))
	// Truncation of float32 values.
	println(int(f32(-3.9)), int(f32(3.9)), uint8(f32(255.5)), int32(f32(-2147483648)))
}
