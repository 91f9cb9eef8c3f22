// Golden test: each execution of a variable declaration makes a new
// variable, so closures capturing it see different variables, even when
// the loop is built with goto or the declaration sits in a switch case or
// a block inside a loop; a variable declared before the loop is shared.
package main

func main() {
	var fs []func() int
	i := 0
again:
	x := i * 10
	fs = append(fs, func() int { x++; return x })
	i++
	if i < 3 {
		goto again
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println(fs[0]())

	var gs []func() string
	for _, w := range []string{"a", "b", "c"} {
		switch w {
		case "b":
			s := w + "!"
			gs = append(gs, func() string { return s })
		default:
			s := w + "?"
			gs = append(gs, func() string { s += "."; return s })
		}
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println(gs[0]())

	shared := 0
	var hs []func() int
	for j := 0; j < 3; j++ {
		{
			local := j
			hs = append(hs, func() int { shared++; local += 100; return local + shared })
		}
	}
	for _, h := range hs {
		print(h(), " ")
	}
	println(shared)

	// a variable taken by address in each iteration is fresh too
	var ptrs []*int
	for k := 0; k < 3; k++ {
		v := k
		ptrs = append(ptrs, &v)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	// but the loop variable itself is one variable (Go 1.19)
	var lps []*int
	for k := 0; k < 3; k++ {
		lps = append(lps, &k)
	}
	println(*lps[0], *lps[2], lps[0] == lps[2])
}
