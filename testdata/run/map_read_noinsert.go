// Golden test: reading a missing key never adds it, whatever the read is
// part of: selecting a field of a struct value (m[k].f), indexing an array
// value (m[k][i]), comparing the value, calling a value method or making a
// method value on it, ranging over it, converting it to an interface, or
// reading through an inner map.  len(m) stays 0 after each.
package main

type S struct{ a, b int }

func (s S) Sum() int { return s.a + s.b }

type A [3]int

func (a A) First() int { return a[0] }

type Big struct {
	data [40]int
	name string
}

func main() {
	m := map[int]S{}
	_ = m[1].b
	println("field:", len(m))
	x := m[2].a + m[3].b
	println("field sum:", x, len(m))
	_ = m[1].Sum()
	println("value method:", len(m))
	f := m[1].Sum
	println("method value:", f(), len(m))

	ma := map[int]A{}
	_ = ma[1][2]
	println("array index:", len(ma))
	i := 1
	y := ma[5][i]
	println("array index var:", y, len(ma))
	println("compare:", ma[1] == A{}, len(ma))
	n := 0
	for _, v := range ma[1] {
		n += v
	}
	println("range:", n, len(ma))
	println("array method:", ma[1].First(), len(ma))
	var e interface{} = ma[1]
	println("to interface:", e.(A)[0], len(ma))

	mb := map[string]Big{}
	println("big field:", mb["x"].data[39], mb["y"].name == "", len(mb))

	ms := map[S]S{}
	println("struct key:", ms[S{1, 2}].a, len(ms))

	mm := map[int]map[int]int{}
	println("inner map:", mm[1][2], len(mm))

	mn := map[int][2][2]int{}
	println("nested array:", mn[1][1][1], len(mn))

	type W struct{ in S }
	mw := map[int]W{}
	println("nested struct:", mw[7].in.b, len(mw))
}
