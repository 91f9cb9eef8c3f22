// Golden test: conversions between integer types.  Narrowing keeps the low
// bits; widening sign-extends signed sources and zero-extends unsigned ones;
// same-width signed<->unsigned reinterprets the bits.
package main

//go:noinline
func i64(x int64) int64 { return x }

//go:noinline
func u64(x uint64) uint64 { return x }

func main() {
	for _, v := range []int64{0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769,
		65535, 2147483647, 2147483648, -2147483649, 4294967295, 4294967296, -9223372036854775808, 9223372036854775807} {
		x := i64(v)
		println(x, ":", int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x), uint64(x), int(x), uint(x), uintptr(x))
	}
	for _, v := range []uint64{0, 1, 128, 255, 65535, 65536, 4294967295, 1 << 63, 18446744073709551615} {
		x := u64(v)
		println(x, ":", int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x), int64(x), int(x))
	}

	// Widening each narrow type: sign extension vs zero extension.
	a8 := int8(-5)
	b8 := uint8(251)
	a16 := int16(-300)
	b16 := uint16(65236)
	a32 := int32(-70000)
	b32 := uint32(4294897296)
	println(int64(a8), uint64(a8), int64(b8), int32(a8), uint32(a8), uint16(a8), int16(b8))
	println(int64(a16), uint64(a16), int64(b16), int32(a16), uint32(a16), int8(a16), uint8(b16))
	println(int64(a32), uint64(a32), int64(b32), int16(a32), uint16(b32), int8(a32))

	// Conversions in chains and in expressions.
	n := 1000
	println(uint8(n), int8(n), uint8(n)+uint8(n), int8(n)*2, int(int8(n))*2, int(uint8(int8(n))))
	var r rune = 0x1F600
	var bt byte = byte(r)
	println(bt, int16(r), uint16(r), rune(bt))
	var up uintptr = uintptr(n) * 8
	println(up, int(up), uint32(up-9000))

	// Converting a constant is checked at compile time; these fit.
	println(int8(-128), uint8(255), uint16(0xFFFF), int64(-1<<63), uint64(1<<64-1))
}
