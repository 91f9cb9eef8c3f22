// Golden test: complex values with infinite and NaN parts print as +Inf,
// -Inf and NaN inside the parentheses; division by zero gives them without
// panicking; real/imag of such values; complex64 overflow to infinity.
package main

//go:noinline
func div(a, b complex128) complex128 { return a / b }

func main() {
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	println(complex(inf, -inf), complex(nan, 1), complex(-zero, zero))
	z := div(1+1i, 0)
	println(real(z) != real(z) || real(z) > 1e300 || real(z) < -1e300)
	c := complex(inf, 0) * 2
	println(real(c), imag(c) == 0)
	var big complex64 = complex(float32(3e38), 0)
	big *= 10
	println(big)
	huge := 1e308
	println(complex(huge, huge)*10 == complex(inf, inf))
	var e interface{} = complex(nan, 0)
	println(e == e)
	m := map[complex128]bool{complex(nan, nan): true}
	_, ok := m[complex(nan, nan)]
	println(len(m), ok)
}
