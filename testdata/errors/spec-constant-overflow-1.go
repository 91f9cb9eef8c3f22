// errorcheck

// Constants must be representable by the type they are converted to or
// assigned to; untyped intermediate values may be arbitrarily large.

package p

const huge = 1 << 100

var (
	ok1 = huge >> 98        // 4: fine, only the result must fit
	ok2 int8 = -128
	ok3 uint64 = 1<<64 - 1
	ok4 = uint8(255)
)

var (
	bad1 int8   = 128       // ERROR "cannot use 128 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	bad2 uint8  = -1        // ERROR "cannot use -1 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	bad3 int    = huge      // ERROR "cannot use huge \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	bad4 uint64 = 1 << 64   // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as uint64 value in variable declaration \(overflows\)"
	bad5        = int32(1 << 31) // ERROR "cannot convert 1 << 31 \(untyped int constant 2147483648\) to type int32"
	bad6        = uint(-1)  // ERROR "cannot convert -1 \(untyped int constant\) to type uint"
	bad7 float32 = 1e39     // ERROR "cannot use 1e39 \(untyped float constant 1e\+39\) as float32 value in variable declaration \(overflows\)"
)

const typed int16 = 32767

var bad8 = typed + 1 // ERROR "typed \+ 1 \(constant 32768 of type int16\) overflows int16"
