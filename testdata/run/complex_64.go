// Golden test: complex64 (two float32 parts): arithmetic rounds each part
// to float32, conversions between complex64 and complex128, real/imag of a
// complex64 are float32, and println of complex64 values.
package main

func main() {
	var a complex64 = complex(1.5, -2)
	var b complex64 = 0.25 + 4i
	println(a+b, a-b, a*b, a/b)
	ra := real(a)
	var f32 float32 = ra // real of complex64 is float32
	println(f32, imag(b))

	// rounding: 0.1 as float32 differs from float64
	var c64 complex64 = complex(float32(0.1), 0)
	c128 := complex128(c64)
	println(real(c128) == 0.1, real(c64) == float32(0.1))

	big := complex128(complex(1.0/3.0, 2.0/3.0))
	small := complex64(big)
	println(small, big)
	back := complex128(small)
	println(back == big)

	// accumulate in complex64
	var acc complex64
	for i := 0; i < 10; i++ {
		acc += complex(float32(i), float32(-i)/2)
	}
	println(acc)

	arr := [3]complex64{1, 1i, -1}
	var prod complex64 = 1
	for _, v := range arr {
		prod *= v
	}
	println(prod)
	println(complex64(2+2i) == complex64(complex(2, 2)))
}
