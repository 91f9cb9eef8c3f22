// Golden test: comparing interface values.  Two interfaces are equal when
// both are nil, or their dynamic types are identical and the values are
// equal; an interface compares with a concrete value by converting it;
// different dynamic types are never equal even with the same bits; pointers
// compare by identity; struct and array dynamic values compare by fields.
package main

type I interface{ M() }

type A struct{ x, y int }

func (A) M() {}

type B int

func (B) M() {}

type C int

func (C) M() {}

type P struct{ n int }

func (*P) M() {}

func main() {
	var e1, e2 interface{}
	println("nil == nil:", e1 == e2)
	e1 = 1
	println(e1 == e2, e1 != e2)
	e2 = 1
	println(e1 == e2)
	e2 = int64(1)
	println("int vs int64:", e1 == e2)
	e2 = "1"
	println("int vs string:", e1 == e2)

	println(e1 == 1, e1 == 2, 1 == e1)
	var s interface{} = "abc"
	println(s == "abc", s == "ab"+"c", s != "abd")

	var f interface{} = 0.5
	println(f == 0.5, f == float32(0.5))

	var i1, i2 I = A{1, 2}, A{1, 2}
	println("A==A:", i1 == i2)
	i2 = A{1, 3}
	println(i1 == i2)
	i1, i2 = B(5), C(5)
	println("B vs C:", i1 == i2)
	i2 = B(5)
	println(i1 == i2)

	p1, p2 := &P{1}, &P{1}
	i1, i2 = p1, p2
	println("distinct ptrs:", i1 == i2)
	i2 = p1
	println("same ptr:", i1 == i2)

	// arrays and structs as dynamic values
	var a1, a2 interface{} = [3]int{1, 2, 3}, [3]int{1, 2, 3}
	println("arrays:", a1 == a2)
	a2 = [3]int{1, 2, 4}
	println(a1 == a2)
	type S struct {
		name string
		v    interface{}
	}
	var s1, s2 interface{} = S{"a", 1}, S{"a", 1}
	println("nested:", s1 == s2)
	s2 = S{"a", "1"}
	println(s1 == s2)

	// interface vs interface of a different interface type
	var e interface{} = B(5)
	var ii I = B(5)
	println("eface vs iface:", e == ii)

	// a nil interface is not an interface holding a nil pointer
	var np *P
	var inil I
	var ip I = np
	println(inil == nil, ip == nil, inil == ip)

	// comparison against uncomparable dynamic types is fine when types differ
	var sl interface{} = []int{1}
	println(sl == e, e == sl, sl != 3)

	// interfaces as a switch tag
	switch e {
	case B(4):
		println("four")
	case B(5):
		println("five")
	}
}
