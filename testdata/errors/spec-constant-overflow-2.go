// errorcheck

// Constant conversions must be representable: overflow and truncation.

package main

const big = 1 << 100

func main() {
	var a int8 = 128 // ERROR "cannot use 128 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b uint8 = -1 // ERROR "cannot use \-1 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var c int = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	var d int = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var e float32 = 1e100 // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as float32 value in variable declaration \(overflows\)"
	const f uint8 = 255
	_ = f + 1 // ERROR "f \+ 1 \(constant 256 of type uint8\) overflows uint8"
	_ = int32(1 << 40) // ERROR "cannot convert 1 << 40 \(untyped int constant 1099511627776\) to type int32"
	_ = uint(-1) // ERROR "cannot convert \-1 \(untyped int constant\) to type uint"
	var g byte = 'é'
	_, _, _, _, _, _ = a, b, c, d, e, g
}
