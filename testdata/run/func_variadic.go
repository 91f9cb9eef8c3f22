// Golden test: variadic functions: zero arguments (a nil slice), several,
// a slice passed with ... (no copy: the callee sees the caller's array),
// fixed parameters before the variadic one, and variadic function values.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(xs ...int) {
	println(len(xs), cap(xs) >= len(xs), xs == nil)
}

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func forward(xs ...int) int { return sum(xs...) * 2 }

func main() {
	println(sum(), sum(1), sum(1, 2, 3), sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	info()
	info(1, 2)
	s := []int{5, 6, 7}
	info(s...)
	var nilSlice []int
	info(nilSlice...)
	println(sum(s...), forward(s...), forward())
	println(join("-"), join("-", "a"), join(", ", "x", "y", "z"))
	words := []string{"go", "is", "fun"}
	println(join(" ", words...), join("", words[1:]...))

	// Passing s... shares the array; a list of values does not.
	zeroFirst(s...)
	println(s[0], s[1], s[2])
	t := []int{9, 9}
	zeroFirst(t[0], t[1])
	println(t[0], t[1])

	// A variadic function value.
	f := sum
	println(f(4, 5), f(s...))
	g := func(prefix string, vals ...int) {
		print(prefix, len(vals))
		for _, v := range vals {
			print(" ", v)
		}
		println()
	}
	g("none:")
	g("three:", 1, 2, 3)
	g("slice:", s[1:]...)
}
