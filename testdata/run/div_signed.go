// Golden test: signed division and remainder.  Go truncates toward zero, so
// the remainder takes the sign of the dividend: -7/2 == -3, -7%2 == -1,
// 7%-2 == 1.  x/-1 with x the most negative value wraps to x and x%-1 is 0
// (the spec says so; no trap).  Division by a constant is strength-reduced
// by compilers (shifts, magic multiplies); both paths must round the same.
package main

//go:noinline
func div64(a, b int64) (int64, int64) { return a / b, a % b }

//go:noinline
func div32(a, b int32) (int32, int32) { return a / b, a % b }

//go:noinline
func div16(a, b int16) (int16, int16) { return a / b, a % b }

//go:noinline
func div8(a, b int8) (int8, int8) { return a / b, a % b }

//go:noinline
func divint(a, b int) (int, int) { return a / b, a % b }

func main() {
	pairs := [][2]int64{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, -5},
		{100, 7}, {-100, 7}, {100, -7}, {-100, -7}, {6, 3}, {-6, 3}, {5, 1}, {-5, -1}}
	for _, p := range pairs {
		q, r := div64(p[0], p[1])
		println(p[0], "/", p[1], "=", q, " ", p[0], "%", p[1], "=", r, " ok", q*p[1]+r == p[0])
	}

	// The most negative value divided by -1.
	q64, r64 := div64(-9223372036854775808, -1)
	println("int64 min/-1", q64, r64)
	q32, r32 := div32(-2147483648, -1)
	println("int32 min/-1", q32, r32)
	q16, r16 := div16(-32768, -1)
	println("int16 min/-1", q16, r16)
	q8, r8 := div8(-128, -1)
	println("int8 min/-1", q8, r8)
	qi, ri := divint(-9223372036854775808, -1)
	println("int min/-1", qi, ri)

	// Narrow types: the same rules at each width.
	q32, r32 = div32(-2147483648, 10)
	println("int32", q32, r32)
	q16, r16 = div16(-32768, 7)
	println("int16", q16, r16)
	q8, r8 = div8(-128, 3)
	println("int8", q8, r8)
	q8, r8 = div8(127, -128)
	println("int8", q8, r8)

	// Division by constants: powers of two must round toward zero, not down
	// (an arithmetic shift alone would give -4 for -7/2).
	for _, x := range []int{-9, -8, -7, -1, 0, 1, 7, 8, 9, -9223372036854775808, 9223372036854775807} {
		println(x, ":", x/2, x%2, x/4, x%4, x/8, x%8, x/-4, x%-4, x/7, x%7, x/-7, x%-7, x/10, x%10, x/1000000007)
	}
	for _, x := range []int32{-2147483648, -1000, -3, 3, 1000, 2147483647} {
		println(x, ":", x/2, x%2, x/16, x%16, x/3, x%3, x/-3, x/100, x%100)
	}
	for _, x := range []int8{-128, -100, -7, 7, 100, 127} {
		println(x, ":", x/2, x%2, x/4, x%4, x/3, x%3, x/-3, x%-3, x/10, x%10)
	}

	// Compound forms.
	n := -1000
	n /= 7
	print(n, " ")
	n %= 9
	println(n)
}
