// Golden test: typed and untyped constants.  A typed constant has a fixed
// type and mixes only with that type; an untyped one takes the type its
// context needs (or its default type: int, rune, float64, string, bool).
package main

type Celsius float64
type Mode uint8

const (
	tInt   int     = 10
	tI8    int8    = -100
	tU16   uint16  = 60000
	tF32   float32 = 1.0 / 3
	tStr   string  = "typed"
	tBool  bool    = 1 < 2
	boiling Celsius = 100
	modeRW Mode    = 6

	uInt   = 10
	uFloat = 2.5
	uRune  = 'x'
	uStr   = "untyped"
	uBool  = 3 > 4
)

func main() {
	var i8 int8 = 3
	var f32 float32 = 1.5
	var c Celsius = 37.5
	println(tInt*uInt, tI8+i8, tI8/uInt, tU16+uInt*500, tF32*3, tStr+"!", !tBool)
	println(i8*uInt, f32*uFloat, c+uFloat, boiling-c, modeRW|1, modeRW&^2)
	println(uRune, uRune+1, string(rune(uRune)), uStr+uStr, uBool || true)

	// Default types of untyped constants in := declarations.
	di := uInt       // int
	df := uFloat     // float64
	dr := uRune      // rune (int32)
	ds := uStr       // string
	db := uBool      // bool
	dc := 1 << 40    // int: fits in 64 bits
	dh := 0x7fffffff // int
	println(di, df, dr, ds, db, dc, dh+1)
	// Untyped constants converted to the other operand's type.
	var u8 uint8 = 200
	println(u8+50, u8/3, u8*1, u8>>1, ^u8)
	var f = 1.0 // float64
	println(f/3, 10/4, 10/4.0, 10.0/4)
	// Constant expressions with typed results evaluated exactly, then stored.
	const big = tU16 / 7 * 7
	const fl = tF32 * 3
	println(big, fl == 1, Celsius(212-32)*5/9)
	// len of a constant string is a constant.
	const n = len(uStr)
	var arr [n]int
	println(n, len(arr), len(tStr))
}
