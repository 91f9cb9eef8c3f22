// Golden test: copy copies min(len(dst), len(src)) elements and returns that
// count; it handles overlapping source and destination in either direction
// (memmove), and copies from a string into a []byte.
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	println(n)
	show(dst)
	big := make([]int, 8)
	n = copy(big, src)
	println(n)
	show(big)

	// Overlap, shifting right and left.
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	copy(s[2:], s)
	show(s)
	s = []int{1, 2, 3, 4, 5, 6, 7, 8}
	copy(s, s[3:])
	show(s)
	// Self copy is a no-op.
	println(copy(s, s))

	// Empty and nil.
	var nilS []int
	println(copy(nilS, src), copy(dst, nilS), copy(dst[:0], src))

	// From a string.
	b := make([]byte, 5)
	n = copy(b, "héllo")
	println(n, b[0], b[1], b[2], b[4])
	n = copy(b[3:], "xyz")
	println(n, string(b))

	// Structs and strings are copied by value.
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	qs := make([]pair, 2)
	copy(qs, ps)
	qs[0].v = 10
	println(ps[0].v, qs[0].v, qs[1].k)
	// Large copies.
	x := make([]int64, 10000)
	for i := range x {
		x[i] = int64(i)
	}
	y := make([]int64, 10000)
	println(copy(y, x), y[9999], y[5000])
	copy(x[1:], x)
	println(x[0], x[1], x[9999])
}
