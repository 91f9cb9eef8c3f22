// Golden test: the report of a chain of unrecovered panics prints each
// value the way gc's printpanicval does: bools, signed and unsigned ints of
// every size, floats, complex, strings, named basic types as main.T(v),
// errors via Error and Stringers via String.  Each deferred call panics
// again, so all of them are listed, oldest first.
package main

type Code int
type Name string
type Flag bool
type Ratio float64

type E struct{}

func (E) Error() string { return "an error" }

type St struct{}

func (St) String() string { return "a stringer" }

func main() {
	defer func() { panic(St{}) }()
	defer func() { panic(E{}) }()
	defer func() { panic(Ratio(0.5)) }()
	defer func() { panic(Flag(true)) }()
	defer func() { panic(Name("nm")) }()
	defer func() { panic(Code(-7)) }()
	defer func() { panic("str") }()
	defer func() { panic(complex64(1 - 1i)) }()
	defer func() { panic(float32(-0.25)) }()
	defer func() { panic(uintptr(255)) }()
	defer func() { panic(uint64(18446744073709551615)) }()
	defer func() { panic(uint8(200)) }()
	defer func() { panic(int64(-9223372036854775808)) }()
	defer func() { panic(int16(-300)) }()
	defer func() { panic(int8(-5)) }()
	defer func() { panic(false) }()
	panic(1)
}
