// Golden test: an expression switch on an interface value compares it
// with each case converted to the interface type: cases of mixed types,
// nil, values of named types, and struct values; a case whose dynamic type
// matches but the value does not; printing a nil interface and a nil error
// with println (deterministic: (0x0,0x0)).
package main

type Code int
type P struct{ a, b int }

func what(x interface{}) string {
	switch x {
	case nil:
		return "nil"
	case 1:
		return "int 1"
	case "1":
		return "string 1"
	case Code(1):
		return "Code 1"
	case int64(1), int8(1):
		return "sized 1"
	case 1.0:
		return "float 1"
	case P{1, 2}:
		return "P{1,2}"
	case true:
		return "true"
	}
	return "no match"
}

type Err interface{ Error() string }

func main() {
	for _, v := range []interface{}{nil, 1, 2, "1", Code(1), Code(2), int64(1), int8(1), int16(1),
		1.0, float32(1), P{1, 2}, P{2, 1}, true, false} {
		println(what(v))
	}
	var e interface{}
	var err Err
	println(e)
	println(err)
	println(e == nil, err == nil)
}
