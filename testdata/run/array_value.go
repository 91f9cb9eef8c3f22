// Golden test: arrays are values: assignment and parameter passing copy,
// == compares element-wise, arrays of arrays and of structs, len is a
// constant, and the zero value is all zeros.
package main

type grid [3][3]int

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) { a[0] = 100 }

func trace(g grid) int { return g[0][0] + g[1][1] + g[2][2] }

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a // copy
	b[0] = 9
	println(a[0], b[0], a == b, a != b)
	c := modify(a)
	println(a[0], c[0])
	modifyPtr(&a)
	println(a[0])
	b = a
	println(a == b)

	var z [5]int
	println(len(z), z[0], z[4], z == [5]int{})

	// Keyed and ... literals.
	k := [...]string{2: "two", 0: "zero", 4: "four"}
	println(len(k), k[0], k[1] == "", k[2], k[4])
	p := [...]int{5, 6, 7}
	println(len(p), cap(p))

	var g grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	h := g
	h[1][1] = 100
	println(trace(g), trace(h), g == h, g[1] == h[0], g[2] == [3]int{6, 7, 8})

	type pt struct{ x, y int }
	ps := [2]pt{{1, 2}, {3, 4}}
	qs := ps
	qs[1].y = 40
	println(ps[1].y, qs[1].y, ps == qs, ps[0] == qs[0])

	// Arrays of strings and bools compare by content.
	s1 := [2]string{"a", "bc"}
	s2 := [2]string{"a", "b"}
	s2[1] += "c"
	println(s1 == s2)
	f1 := [2]float64{0, 1}
	f2 := [2]float64{-f1[0], 1} // -0 == 0
	println(f1 == f2)

	// Array element assignment through an index expression.
	var counts [10]int
	for _, d := range []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5} {
		counts[d]++
	}
	for i, n := range counts {
		if n > 0 {
			print(i, ":", n, " ")
		}
	}
	println()
	// Slicing an array shares its storage.
	sl := a[1:3]
	sl[0] = 77
	println(a[1], len(sl), cap(sl))
	// A big array on the stack, copied.
	var big [1000]int
	for i := range big {
		big[i] = i
	}
	big2 := big
	big2[999] = 0
	sum := 0
	for _, v := range big {
		sum += v
	}
	println(sum, big[999], big2[999], big == big2)
}
