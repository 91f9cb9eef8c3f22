// Package variables whose initialisers are static (gc's staticinit): the
// compiler lays them out as data — constants, tables behind pointers,
// nested slices of structs, arrays of strings, pointers between package
// variables, copies of other variables, func values, interface values with
// constant dynamic values, []byte of a constant — and they must read back
// exactly as the dynamic initialisation would have made them.
package main

import (
	"errors"
	"fmt"
	"strings"
	"unsafe"
)

// pointer-to-struct tables, like unicode's
type Range16 struct {
	Lo, Hi, Stride uint16
}

type Range32 struct {
	Lo, Hi, Stride uint32
}

type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

var _Lu = &RangeTable{
	R16: []Range16{
		{0x0041, 0x005a, 1},
		{0x00c0, 0x00d6, 1},
		{0x0100, 0x0136, 2},
	},
	R32: []Range32{
		{0x10400, 0x10427, 1},
	},
	LatinOffset: 2,
}

var _Ll = &RangeTable{R16: []Range16{{0x61, 0x7a, 1}}, LatinOffset: 1}

var (
	Upper = _Lu // copies of a pointer: the same table
	Lower = _Ll
	Cats  = []*RangeTable{_Lu, _Ll, nil}
)

// nested slices and arrays of structs, with keyed and elided elements
type Case struct {
	Lo, Hi uint32
	Delta  [3]rune
}

var caseRanges = []Case{
	{0x41, 0x5a, [3]rune{0, 32, 0}},
	{0x61, 0x7a, [3]rune{-32, 0, -32}},
	{Lo: 0xb5, Hi: 0xb5, Delta: [3]rune{743, 0, 743}},
}

var grid = [][]Range16{{{1, 2, 3}}, nil, {}, {{4, 5, 6}, {7, 8, 9}}}
var sparse = [...]int{5: 50, 2: 20, 9: 90}
var ptrs = []*[2]int{{1, 2}, {3, 4}}
var deep = map[string][]int{"m": {1}} // maps stay dynamic

// arrays and slices of strings
var days = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var words = []string{"alpha", "", "gamma"}

// every kind of constant
type Consts struct {
	b    bool
	i8   int8
	u8   uint8
	i16  int16
	u16  uint16
	i32  int32
	u32  uint32
	i64  int64
	u64  uint64
	up   uintptr
	f32  float32
	f64  float64
	c64  complex64
	c128 complex128
	s    string
}

var consts = Consts{true, -8, 200, -1600, 60000, -320000, 4000000000, -1 << 62, 1<<64 - 1, 0xdead,
	1.25, -2.5e300, complex(1.5, -2), complex(-3, 4.25), "héllo"}

// pointers between package variables
type Pair struct {
	a, b int
	in   struct{ x, y [3]int16 }
}

var pair = Pair{a: 1, b: 2}
var pb = &pair.b
var py = &pair.in.y[2]
var pd = &days[3]
var pp = &pair
var up = unsafe.Pointer(&pair.a)
var selfRef = &selfRefHolder

type node struct {
	next *node
	v    int
}

var selfRefHolder = node{v: 7}
var ring1 = node{next: &ring2, v: 1}
var ring2 = node{v: 2}

// copies of already initialised variables
var pairCopy = pair
var daysCopy = days
var wordsCopy = words // the same backing array
var n1 = 41
var n2 = n1
var n3 = n2

// func values
func double(x int) int { return 2 * x }

type op func(int) int

var dbl = double
var dbl2 = dbl
var ops = []op{double, func(x int) int { return x + 100 }, nil}
var opTable = map[string]op{"d": double}
var tpl = strings.ToUpper // another package's function

type Num int

func (n Num) Add(m int) int { return int(n) + m }

var addExpr = Num.Add // method expression

// interfaces with constant dynamic values
type MyErr struct{ msg string }

func (e MyErr) Error() string { return "MyErr: " + e.msg }

type PtrErr struct{ code int }

func (e *PtrErr) Error() string { return fmt.Sprint("PtrErr ", e.code) }

var (
	e1     error = MyErr{"static"}
	e2     error = &PtrErr{42}
	e3     error = nil
	e4           = errors.New("dynamic") // a call: dynamic
	aInt   any   = 42
	aBig   any   = int64(1) << 40
	aStr   any   = "str"
	aFloat any   = 2.5
	aBool  any   = true
	aNil   any   = nil
	aPtr   any   = &pair
	aArr   any   = [2]string{"x", "y"}
	aErr   any   = error(MyErr{"nested"})
	aFn    any   = double
	aSlice any   = []int{7, 8}
	ifaces       = []fmt.Stringer{Num(3), nil}
)

func (n Num) String() string { return fmt.Sprint("Num(", int(n), ")") }

// blank fields stay zero (gc skips them, in functions too)
type Blanks struct {
	a int
	_ int
	c string
	_ [2]string
}

var blanks = Blanks{1, 2, "c", [2]string{"x", "y"}}

// []byte of a constant
var bs = []byte("bytes")
var empty = []byte("")
var emptySlice = []int{}

func main() {
	fmt.Println(_Lu.R16, _Lu.R32, _Lu.LatinOffset, Upper == _Lu, Lower.R16, Cats[0] == _Lu, Cats[2] == nil)
	fmt.Println(caseRanges)
	fmt.Println(grid, grid[1] == nil, grid[2] != nil, len(grid[2]))
	fmt.Println(sparse, len(sparse), *ptrs[0], *ptrs[1], deep)
	fmt.Println(days, words, len(words[1]))
	fmt.Printf("%+v\n", consts)
	fmt.Println(*pb, *py, *pd, pp == &pair, up == unsafe.Pointer(&pair), selfRef.v, ring1.next.v, ring1.next == &ring2)
	*py = 9
	fmt.Println(pair.in.y, pairCopy.in.y, daysCopy[1], &wordsCopy[0] == &words[0], n3)
	fmt.Println(dbl(2), dbl2(3), ops[0](4), ops[1](5), ops[2] == nil, opTable["d"](6), tpl("up"), addExpr(1, 2))
	fmt.Println(e1, e2, e3 == nil, e4)
	fmt.Println(aInt, aBig, aStr, aFloat, aBool, aNil, aPtr == any(&pair), aArr, aErr, aFn != nil, aSlice, ifaces[0], ifaces[1] == nil)
	if me, ok := aErr.(MyErr); ok {
		fmt.Println("aErr is a MyErr:", me.msg)
	}
	if pe, ok := e2.(*PtrErr); ok {
		fmt.Println("e2 is a *PtrErr:", pe.code)
	}
	fmt.Println(string(bs), len(bs), cap(bs), empty != nil, len(empty), emptySlice != nil, len(emptySlice))
	local := Blanks{3, 4, "d", [2]string{"z", "w"}}
	fmt.Printf("%+v %+v\n", blanks, local)
}
