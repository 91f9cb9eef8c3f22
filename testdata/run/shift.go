// Golden test: shifts.  Counts may be any integer type (signed counts must
// not be negative).  A count >= the width is legal in Go: x<<n is 0, an
// unsigned x>>n is 0, and a signed x>>n is 0 or -1 (the sign fills) --
// unlike C and the hardware, which mask the count.  Signed >> is arithmetic.
package main

//go:noinline
func shl64(x int64, n uint) int64 { return x << n }

//go:noinline
func shr64(x int64, n uint) int64 { return x >> n }

//go:noinline
func ushr64(x uint64, n uint) uint64 { return x >> n }

//go:noinline
func shl8(x int8, n uint8) int8 { return x << n }

//go:noinline
func shr8(x int8, n int) int8 { return x >> n }

//go:noinline
func ushr8(x uint8, n int64) uint8 { return x >> n }

//go:noinline
func shl32(x uint32, n int32) uint32 { return x << n }

//go:noinline
func shr16(x int16, n uint16) int16 { return x >> n }

func main() {
	for _, n := range []uint{0, 1, 7, 31, 32, 62, 63, 64, 65, 100, 255, 256, 1 << 40} {
		println("n", n, ":", shl64(1, n), shl64(-3, n), shr64(-1000, n), shr64(1000, n),
			ushr64(18446744073709551615, n), shr64(-9223372036854775808, n))
	}
	for _, n := range []uint8{0, 1, 6, 7, 8, 9, 200} {
		println("int8 n", n, ":", shl8(1, n), shl8(-1, n), shl8(0x55, n), shr8(-128, int(n)), shr8(127, int(n)),
			ushr8(0x80, int64(n)))
	}
	for _, n := range []int32{0, 1, 16, 31, 32, 33, 1000} {
		println("uint32 n", n, ":", shl32(1, n), shl32(0xdeadbeef, n))
	}
	for _, n := range []uint16{0, 1, 14, 15, 16, 17, 65535} {
		println("int16 n", n, ":", shr16(-32768, n), shr16(-2, n), shr16(32767, n))
	}

	// Arithmetic right shift rounds toward minus infinity, unlike division.
	for _, x := range []int{-9, -8, -7, -1, 1, 7} {
		println(x, ">>1 =", x>>1, " /2 =", x/2, " >>2 =", x>>2, " /4 =", x/4)
	}

	// Shifts by constants, and mixed-type count expressions.
	x := uint64(0x0123456789abcdef)
	println(x<<4, x>>4, x<<60, x>>60, x<<32>>32, x>>32<<32)
	var s8 uint8 = 3
	var s64 int64 = 5
	y := 1000
	println(y<<s8, y>>s8, y<<s64, y>>s64, y<<(s8+s8), int64(1)<<(s64*12))
	var c uint = 66
	println(1<<c == 0, uint32(1)<<(c-40), int8(1)<<(c-60))

	// Compound shift assignment.
	z := int32(-1)
	z <<= 31
	print(z, " ")
	z >>= 30
	print(z, " ")
	z <<= c
	println(z)

	// Rotations spelled with shifts.
	r := uint32(0x80000001)
	println(r<<1|r>>31, r>>1|r<<31, r<<7|r>>25)
}
