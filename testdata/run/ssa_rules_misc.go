// The opt pass's rules (ssa/rules/generic.rules) on strings, slices,
// interfaces, complex numbers, structs, arrays, bounds and nil checks,
// memory, bools and branches.
package main

type P2 struct{ a, b int }
type P3 struct {
	a int
	b string
	c int8
}
type P4 struct{ a, b, c, d int16 }
type Big struct{ a, b, c, d, e int }

var table [65536]byte
var gp *int
var gi int

type T int

func (t T) String() string { return "T" }

func strs(s string) {
	k := "hello, world"
	println(len(k), len(s), len(s[1:3]), s[1:3] == "el")
	t := s[2:]
	println(len(t), t)
}

func slices(n int) {
	var s []int
	println(len(s), cap(s), s == nil, s != nil)
	m := make([]int, 10, 20)
	println(len(m), cap(m), m[3], len(m[2:5]), cap(m[2:5]))
	m2 := make([]int, n)
	println(len(m2[:len(m2)]), len(m2[0:n]))
	func() {
		defer func() { println(recover().(error).Error()) }()
		println(m2[n])
	}()
	func() {
		defer func() { println(recover().(error).Error()) }()
		i := 12
		println(m[i])
	}()
	var arr [256]int
	var small [16]int
	for i := range arr {
		arr[i] = i
	}
	for i := range small {
		small[i] = i * 2
	}
	u8 := uint8(n * 50)
	u16 := uint16(n * 5000)
	println(arr[u8], table[u16], small[n&15], small[15&n])
}

func ifaces(x int) {
	var e interface{}
	println(e == nil, e != nil)
	var e2 interface{} = x
	v, ok := e2.(int)
	println(v, ok)
	_, ok = e2.(string)
	println(ok)
	var st interface{ String() string } = T(x)
	t, ok := st.(T)
	println(t, ok)
	var f interface{} = &gi
	p, ok := f.(*int)
	println(p == &gi, ok)
	switch e.(type) {
	case nil:
		println("nil")
	}
}

func aggregates(x, y float64) {
	c := complex(x, y)
	println(real(c), imag(c))
	p2 := P2{1, 2}
	p3 := P3{3, "four", 5}
	p4 := P4{6, 7, 8, 9}
	println(p2 == P2{1, int(x)}, p2 == P2{3, int(y)}, p2 != P2{int(x), 2})
	println(p2.a, p2.b, p3.a, p3.b, p3.c, p4.a, p4.b, p4.c, p4.d)
	one := [1]string{"only"}
	println(one[0])
	type S1 struct{ v int }
	s1 := S1{42}
	println(s1.v)
}

func memory(n int) {
	p := new(int)
	*p = n
	println(*p)
	var q *int
	println(q == nil, q != nil, gp == gp, p == p, p != p)
	b := Big{}
	println(b.a, b.c)
	var arr [5]int
	println(arr[0])
	var bs [8]bool
	println(bs[0])
	var ps [3]*int
	println(ps[0] == nil)
	var i8 [4]int8
	println(i8[0])
	var i16 [4]int16
	println(i16[0])
	var i32 [4]int32
	println(i32[0])
	pp := &Big{1, 2, 3, 4, 5}
	pp.a = n
	println(pp.a)
}

func bools(x, y int) {
	b := x < y
	t, f := true, false
	println(b == t, b == f, b != f, b != t, t == t, t != f, f == f, b == b, b != b)
	println(b && t, b && f, t && b, f && b, b || t, b || f, t || b, f || b, b && b, b || b)
	println(!t, !f, !!b, !(b == t), !(b != t))
	ptrEq := &x == &y
	println(!ptrEq, !(&x != &y))
	fx, fy := float64(x), float64(y)
	println(!(fx == fy), !(fx != fy))
	r := rune(x)
	println(string(r), string(rune(65)), string(rune(-1)), string(rune(0x110000)))
	dst := make([]byte, 3)
	println(copy(dst, "abcdef"), copy(dst, "ab"))
}

func branches(x int) {
	c := 3
	if c > 2 {
		println("taken")
	} else {
		println("not taken")
	}
	if c < 2 {
		println("not taken")
	} else {
		println("else taken")
	}
	if !(x > 5) {
		println("x <= 5")
	}
	for i := 0; i < 3 && c == 3; i++ {
		println("loop", i)
	}
}

func oob(n int) {
	defer func() { println(recover().(error).Error()) }()
	m := make([]int, n)
	println(m[n])
}

func notb(b, c bool) {
	if !b {
		println("not b")
	} else {
		println("b")
	}
	println(!(b == c), !(b != c), b || b)
}

type PS struct{ p *int }

func direct(n int) {
	var e interface{} = PS{&gi}
	v := e.(PS)
	println(v.p == &gi)
	var ea interface{} = [1]*int{&gi}
	a1 := ea.([1]*int)
	println(a1[0] == &gi)
	var arr [6]int16
	arr[2] = int16(n)
	arr[3] = 9
	p := &arr[3]
	println(arr[2], arr[3], *p)
}

func convs(u8 uint8, i8 int8, u16 uint16, i16 int16, u32 uint32, i32 int32) {
	println(uint8(uint16(u8)), uint8(uint32(u8)), uint8(uint64(u8)), int8(int16(i8)), int8(int32(i8)), int8(int64(i8)))
	println(uint16(uint32(u16)), uint16(uint64(u16)), int16(int32(i16)), int16(int64(i16)), uint32(uint64(u32)), int32(int64(i32)))
	println(uint16(uint32(u8)), uint16(uint64(u8)), int16(int32(i8)), int16(int64(i8)), uint32(uint64(u8)), uint32(uint64(u16)), int32(int64(i8)), int32(int64(i16)))
	println(int32(int16(i8)), int64(int16(i8)), int64(int32(i8)), int64(int32(i16)), uint32(uint16(u8)), uint64(uint16(u8)), uint64(uint32(u8)), uint64(uint32(u16)))
}

func main() {
	oob(2)
	oob(0)
	notb(true, false)
	notb(false, false)
	direct(-3)
	convs(0, 0, 0, 0, 0, 0)
	convs(255, -128, 65535, -32768, 4294967295, -2147483648)
	convs(128, 127, 32768, 32767, 2147483648, 2147483647)
	convs(7, -1, 300, -300, 70000, -70000)
	strs("hello")
	slices(3)
	slices(1)
	ifaces(7)
	aggregates(1.5, -2.5)
	memory(11)
	bools(1, 2)
	bools(2, 1)
	branches(3)
	branches(8)
}
