// Golden test: complex128 arithmetic: + - * / with exact results, unary
// minus, real/imag/complex, compound assignment, constants mixing with
// variables, powers by repeated multiplication, and division by values
// that are not exactly representable (printed with println's %e format).
package main

//go:noinline
func div(a, b complex128) complex128 { return a / b }

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	println(a+b, a-b, a*b, -a)
	println(a/b, div(a, 2), div(a, 1i))
	println(real(a), imag(a), real(b), imag(b))

	// |a|^2 = a * conj(a)
	conj := complex(real(a), -imag(a))
	println(a*conj, real(a*conj))

	c := a
	c += 1
	c *= 1i
	c -= 2i
	c /= 2
	println(c)

	// i^n cycles
	p := complex(1, 0)
	for n := 0; n < 5; n++ {
		print(real(p), " ", imag(p), "; ")
		p *= 1i
	}
	println()

	// (1+i)^8 = 16
	q := 1 + 1i
	r := complex(1, 0)
	for n := 0; n < 8; n++ {
		r *= q
	}
	println(r, r == 16)

	// inexact division
	println(div(1, 3), div(1+1i, 3-7i))

	// constants
	const k = 2 + 3i
	println(k*k, real(k), imag(k))
	var x float64 = 1.5
	println(complex(x, x*2) * 2)

	// zero
	var z complex128
	println(z, z == 0)

	// division by zero yields inf/nan components, no panic
	w := div(1, z)
	println(real(w) != real(w) || real(w) > 1e308)

	// building from computed parts
	parts := []float64{0.5, -0.25, 8}
	var sum complex128
	for i, f := range parts {
		sum += complex(f, float64(i))
	}
	println(sum)
}
