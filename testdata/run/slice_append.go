// Golden test: append semantics (not growth sizes; see slice_growth.go):
// append writes into the spare capacity of the array it shares, so
// appending to a short slice can overwrite a longer one's elements; once
// capacity runs out the result has a new array and the old one is untouched.
package main

func show(name string, s []int) {
	print(name, " len=", len(s), " [")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("]")
}

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i + 1
	}
	x := append(base[:2], 99) // writes base[2]
	show("base", base)
	show("x", x)

	y := append(base, 6, 7, 8) // fits in cap 8: shares
	y[0] = 100
	show("base", base)
	show("y", y)

	z := append(y, 9) // exceeds cap: copies
	z[1] = 200
	show("y", y)
	show("z", z)

	// append(s, s...) doubles the content.
	s := []int{1, 2, 3}
	s = append(s, s...)
	show("s+s", s)
	// Appending a slice of itself while it grows in place.
	t := make([]int, 3, 10)
	t[0], t[1], t[2] = 7, 8, 9
	t = append(t, t[1:]...)
	show("t", t)
	// Appending nothing.
	u := append([]int(nil))
	println(u == nil)
	u = append(u, []int{}...)
	println(u == nil, len(u))

	// Byte slices and strings.
	b := []byte("go")
	b = append(b, "pher"...)
	b = append(b, '!')
	println(string(b), len(b))

	// Slices of strings and of structs.
	type pt struct{ x, y int }
	var ps []pt
	for i := 0; i < 5; i++ {
		ps = append(ps, pt{i, i * i})
	}
	sum := 0
	for _, p := range ps {
		sum += p.y
	}
	println(len(ps), sum, ps[4].x)
	var ss []string
	ss = append(ss, "a", "b")
	ss = append(ss[:1], "c", "d", "e")
	println(len(ss), ss[0], ss[1], ss[3])

	// A stack: push with append, pop with reslicing.
	var stack []int
	for i := 1; i <= 5; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		print(top, " ")
	}
	println()
	// Deleting from the middle by appending around it.
	d := []int{0, 1, 2, 3, 4, 5}
	d = append(d[:2], d[3:]...)
	show("deleted", d)
	// Inserting.
	d = append(d[:2], append([]int{22}, d[2:]...)...)
	show("inserted", d)
}
