// Golden test: the print and println builtins (they write to stderr).
// println separates operands with spaces and ends the line; print adds no
// separators at all.  Each basic type has one fixed format: decimal
// integers, true/false, the +d.dddddde+ddd float format, strings as raw bytes.
package main

type myInt int
type myString string

func main() {
	println()
	println("a", "b", 1, 2)
	print("a", "b", 1, 2, "\n")
	print(1, 2, 3)
	println()
	println(true, false, 0, -1, 123456789)
	println(int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808))
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uint(0))
	println(uintptr(12345), byte('A'), rune('A'), 'A')
	println(myInt(7), myString("named"), "", "empty before")
	println("bytes:\x00\x01|\xff|", "unicode:", "日本")
	var f32 float32 = 1.5
	println(1.5, f32, 1e21, -1e-7)
	print(true, false, -5, "x", 2.0, "\n")
	// Values of expressions, not only literals.
	x := 6
	println(x*7, x > 5, "s"+"t", float64(x)/4)
	// Many operands.
	println(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
}
