// Golden test: float32 arithmetic is done in single precision: every result
// is rounded to float32 (no excess precision carried in registers), so
// 16777216+1 == 16777216 and 0.1+0.2 is a different number than in float64.
package main

//go:noinline
func add(a, b float32) float32 { return a + b }

//go:noinline
func mul(a, b float32) float32 { return a * b }

//go:noinline
func div(a, b float32) float32 { return a / b }

func main() {
	a, b := float32(0.1), float32(0.2)
	println(add(a, b), add(a, b) == 0.3, float64(add(a, b)) == 0.3, a+b == float32(0.3))
	println(float64(a), float64(b), float64(a)+float64(b))
	big := float32(16777216)
	println(add(big, 1) == big, add(big, 2) == big, add(big, 1)-big)
	println(div(1, 3), float64(div(1, 3)), div(2, 3)*3 == 2)
	println(mul(3.4e38, 10), mul(-3.4e38, 10), div(1, 0), mul(1e-45, 0.5) == 0)

	// Products computed in float32 step by step differ from float64.
	p32 := float32(1)
	p64 := 1.0
	for i := 0; i < 30; i++ {
		p32 = p32*1.1 + 0.3
		p64 = p64*1.1 + 0.3
	}
	println(p32, p64, float64(p32) == p64)
	s := float32(0)
	for i := 0; i < 1000; i++ {
		s += 0.001
	}
	println("sum", s)

	var zero float32
	nan := div(zero, zero)
	println(nan == nan, nan != nan, -zero == zero, div(1, -zero))
	f := float32(2.5)
	f *= f
	f -= 0.25
	f /= 3
	println(f, -f, f > 2, f == 2)
	// Mixed through conversion only.
	var d float64 = 1.0 / 3
	println(float32(d), float64(float32(d)) == d, float32(d)*3)
}
