// Golden test: interface{} holding every basic kind, recovered by a type
// switch and printed, plus named basic types and round trips.
package main

type Celsius float64
type Name string

func show(x interface{}) {
	switch v := x.(type) {
	case bool:
		println("bool", v)
	case int:
		println("int", v)
	case int8:
		println("int8", v)
	case int16:
		println("int16", v)
	case int32:
		println("int32", v)
	case int64:
		println("int64", v)
	case uint:
		println("uint", v)
	case uint8:
		println("uint8", v)
	case uint16:
		println("uint16", v)
	case uint32:
		println("uint32", v)
	case uint64:
		println("uint64", v)
	case uintptr:
		println("uintptr", v)
	case float32:
		println("float32", v)
	case float64:
		println("float64", v)
	case complex64:
		println("complex64", v)
	case complex128:
		println("complex128", v)
	case string:
		println("string", v)
	case Celsius:
		println("Celsius", float64(v))
	case Name:
		println("Name", string(v))
	default:
		println("unknown")
	}
}

func main() {
	vals := []interface{}{
		true, false,
		-1, int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808),
		uint(18446744073709551615), uint8(255), uint16(65535), uint32(4294967295),
		uint64(18446744073709551615), uintptr(4096),
		float32(1.5), 2.25, complex64(1 + 2i), 3 - 4i,
		"", "text", Celsius(36.6), Name("bob"),
		'x', byte('y'), // rune is int32, byte is uint8
	}
	for _, v := range vals {
		show(v)
	}
	// round trips
	var e interface{} = int64(1) << 40
	println(e.(int64) + 1)
	e = uint8(200)
	println(e.(uint8) + 100) // wraps
	e = float32(0.1)
	println(float64(e.(float32)) == 0.1, e.(float32) == 0.1)
	// a big struct and an array in an interface
	type Big struct{ a, b, c, d, e int }
	e = Big{1, 2, 3, 4, 5}
	bg := e.(Big)
	println(bg.a + bg.b + bg.c + bg.d + bg.e)
	e = [4]byte{'g', 'o', 'g', 'o'}
	arr := e.([4]byte)
	println(string(arr[:]))
	// zero-size value
	e = struct{}{}
	_, ok := e.(struct{})
	println(ok)
}
