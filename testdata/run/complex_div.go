// Golden test: complex division follows gc's runtime algorithm, including
// infinities and NaNs: finite/inf is zero, inf/finite is infinite, nonzero
// divided by zero is infinite, 0/0 is NaN, and ordinary quotients are
// accurate for widely scaled operands (no overflow in intermediate steps).
package main

//go:noinline
func div(a, b complex128) complex128 { return a / b }

//go:noinline
func div64(a, b complex64) complex64 { return a / b }

func main() {
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	cases := [][2]complex128{
		{1 + 2i, 3 + 4i},
		{1, complex(inf, 0)},
		{complex(inf, 0), 2},
		{complex(inf, inf), 1 + 1i},
		{1 + 1i, 0},
		{0, 0},
		{complex(nan, 1), 1},
		{1, complex(nan, 0)},
		{complex(1e300, 1e300), complex(1e300, 1e300)},
		{complex(1e-300, 1e-300), complex(1e-300, 2e-300)},
		{complex(1e200, 0), complex(1e-200, 1e-200)},
		{-1 - 1i, complex(-zero, 1)},
	}
	for _, c := range cases {
		println(c[0], "/", c[1], "=", div(c[0], c[1]))
	}
	println(div64(1+2i, 3+4i), div64(complex(float32(inf), 0), 2), div64(1, 0))
	const k = (1 + 2i) / (3 + 4i) // exact constant arithmetic
	println(k, real(k) == 0.44, imag(k) == 0.08)
}
