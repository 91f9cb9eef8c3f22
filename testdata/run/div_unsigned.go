// Golden test: unsigned division and remainder, including operands with the
// top bit set (which a signed divide would get wrong) and division by
// constants (strength-reduced to shifts, masks and magic multiplies).
package main

//go:noinline
func div64(a, b uint64) (uint64, uint64) { return a / b, a % b }

//go:noinline
func div32(a, b uint32) (uint32, uint32) { return a / b, a % b }

//go:noinline
func div16(a, b uint16) (uint16, uint16) { return a / b, a % b }

//go:noinline
func div8(a, b uint8) (uint8, uint8) { return a / b, a % b }

func main() {
	pairs := [][2]uint64{{7, 2}, {100, 7}, {1, 3}, {0, 5}, {18446744073709551615, 2},
		{18446744073709551615, 18446744073709551615}, {9223372036854775808, 3},
		{18446744073709551615, 1 << 63}, {12345678901234567890, 1000000007}, {5, 18446744073709551615}}
	for _, p := range pairs {
		q, r := div64(p[0], p[1])
		println(p[0], "/", p[1], "=", q, " %", r, " ok", q*p[1]+r == p[0])
	}
	q32, r32 := div32(4294967295, 10)
	println("uint32", q32, r32)
	q32, r32 = div32(2147483648, 3)
	println("uint32", q32, r32)
	q16, r16 := div16(65535, 256)
	println("uint16", q16, r16)
	q16, r16 = div16(40000, 7)
	println("uint16", q16, r16)
	q8, r8 := div8(255, 16)
	println("uint8", q8, r8)
	q8, r8 = div8(200, 3)
	println("uint8", q8, r8)

	for _, x := range []uint64{0, 1, 7, 8, 1000, 1 << 63, 18446744073709551615} {
		println(x, ":", x/2, x%2, x/8, x%8, x/3, x%3, x/7, x%7, x/10, x%10, x/1000000007)
	}
	for _, x := range []uint32{0, 5, 4294967295, 2147483648} {
		println(x, ":", x/2, x%2, x/3, x%3, x/10, x%10, x/65536)
	}
	for _, x := range []uint8{0, 9, 128, 255} {
		println(x, ":", x/2, x%2, x/3, x%3, x/10, x%10)
	}
	var u uint = 1000
	u /= 7
	print(u, " ")
	u %= 9
	println(u)
}
