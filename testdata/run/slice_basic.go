// Golden test: slices: make with len and cap, slicing (shares the array,
// cap runs to the end of it), nil vs empty, len/cap of each, writes visible
// through every slice of the same array, and slices as parameters.
package main

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func show(name string, s []int) {
	print(name, " len=", len(s), " cap=", cap(s), " nil=", s == nil, " [")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("]")
}

func main() {
	var n []int
	show("nil", n)
	e := []int{}
	show("empty", e)
	m := make([]int, 3)
	show("make3", m)
	m2 := make([]int, 2, 10)
	show("make2,10", m2)
	lit := []int{1, 2, 3, 4, 5, 6, 7, 8}
	show("lit", lit)

	a := lit[2:5]
	show("lit[2:5]", a)
	b := a[1:cap(a)] // reslicing up to cap reaches past len
	show("a[1:cap]", b)
	a[0] = 30
	b[0] = 40
	show("lit after", lit)
	show("lit[:0]", lit[:0])
	show("lit[8:]", lit[8:])
	show("lit[:]", lit[:])
	fill(lit[6:], -1)
	show("filled", lit)

	// Nil slice operations.
	show("n[:]", n[:])
	show("n[0:0]", n[0:0])
	for range n {
		println("never")
	}
	n = append(n, 1)
	show("append to nil", n)

	// A slice of an array.
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:4]
	s[0] = 20
	println(arr[1], len(s), cap(s))
	// Slice of a slice of a string-typed slice.
	words := []string{"a", "b", "c", "d"}
	w := words[1:3]
	w[1] = "C"
	println(words[2], len(w), cap(w))
	// make with a variable length.
	size := 4
	v := make([]float64, size, size*2)
	v[3] = 1.5
	println(len(v), cap(v), v[3], v[0])
	// Zero-length make, and a byte slice.
	zl := make([]byte, 0)
	println(zl == nil, len(zl))
	bs := make([]byte, 5)
	bs[2] = 'x'
	println(bs[0], bs[2], string(bs[2:3]))
}
