// Golden test (later: complex numbers): complex64/complex128 arithmetic,
// real/imag/complex builtins, printing as (+r+ii), comparison.
package main

//go:noinline
func mul(a, b complex128) complex128 { return a * b }

//go:noinline
func div(a, b complex128) complex128 { return a / b }

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	println(a, b, a+b, a-b, mul(a, b), div(a, b))
	println(real(a), imag(b), a == complex(1, 2), a != b)
	var c64 complex64 = complex64(a)
	println(c64*c64, real(c64))
	z := complex(0, 0)
	println(div(a, z))
	p := complex(1, 0)
	for i := 0; i < 4; i++ {
		p = mul(p, 1i)
		print(p, " ")
	}
	println()
}
