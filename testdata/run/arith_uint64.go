// Golden test: uint64 arithmetic.  + - * and the bitwise operators, ++ and --,
// compound assignment, and wrap-around at the limits: Go defines overflow as
// arithmetic modulo 2^n, never as a trap.  The helpers keep the
// operands out of the constant folder; the constant block at the end checks
// that folding agrees with run time.
package main

//go:noinline
func add(a, b uint64) uint64 { return a + b }

//go:noinline
func sub(a, b uint64) uint64 { return a - b }

//go:noinline
func mul(a, b uint64) uint64 { return a * b }

//go:noinline
func neg(a uint64) uint64 { return -a }

//go:noinline
func not(a uint64) uint64 { return ^a }

func main() {
	max, min := uint64(18446744073709551615), uint64(0)
	println("max", max, "min", min)
	println("max+1 =", add(max, 1), " min-1 =", sub(min, 1))
	println("max+max =", add(max, max), " min+min =", add(min, min))
	println("max*2 =", mul(max, 2), " max*max =", mul(max, max), " min*min =", mul(min, min))
	println("-max =", neg(max), " -min =", neg(min), " -1 =", neg(1), " ^0 =", not(0))
	println("max-min =", sub(max, min), " min-max =", sub(min, max))

	// Counting across the upper limit, then back across it.
	v := max - 2
	for i := 0; i < 5; i++ {
		print(v, " ")
		v++
	}
	println()
	for i := 0; i < 5; i++ {
		v--
		print(v, " ")
	}
	println()
	// And across the lower one.
	w := min + 2
	for i := 0; i < 5; i++ {
		print(w, " ")
		w--
	}
	println()

	// A linear congruential walk: every step overflows; the sequence is
	// determined by the type's width alone.
	var x uint64 = 1
	for i := 0; i < 40; i++ {
		x = x*0x5D + 0x3B
		if i%8 == 7 {
			print(x, " ")
		}
	}
	println()

	a, b := uint64(0x5A), uint64(0x3C)
	println("and", a&b, "or", a|b, "xor", a^b, "andnot", a&^b, "not", ^a, not(b))
	println("max&min", max&min, "max|min", max|min, "max^min", max^min, "^max", ^max, "^min", ^min)

	c := uint64(5)
	c += 7
	print(c, " ")
	c -= 2
	print(c, " ")
	c *= 3
	print(c, " ")
	c &= 0x1E
	print(c, " ")
	c |= 0x41
	print(c, " ")
	c ^= 0x0F
	print(c, " ")
	c &^= 0x40
	println(c)
	c = max
	c += max
	print(c, " ")
	c *= max
	print(c, " ")
	c -= min
	println(c)

	println("cmp", max > min, min < max, add(max, 1) == min, sub(min, 1) == max, a != b, a <= a, b >= a)

	println("wrap", mul(1<<32, 1<<32), mul(0xFFFFFFFF, 0x100000001), add(1<<63, 1<<63), sub(0, 1<<63))

	const k = 18446744073709551615
	const m = 0
	println("const", uint64(k) == max, uint64(m) == min, uint64(k/3), uint64(m/3), uint64(k%1000))
}
