// Golden test: closures capture variables by reference: counter generators
// with independent state, closures sharing one variable, a variable changed
// after the closure is made, and closures created in loops.  In Go 1.19 a
// for loop's variable is ONE variable for the whole loop, so closures made
// in different iterations all see its final value (the classic pitfall);
// copying it (i := i) gives each closure its own.
package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func pair() (inc func(), get func() int) {
	x := 0
	inc = func() { x += 10 }
	get = func() int { return x }
	return
}

func adder(base int) func(int) int {
	return func(d int) int {
		base += d
		return base
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	println(c1(), c1(), c1(), c2(), c1(), c2())

	inc, get := pair()
	inc()
	inc()
	println(get())

	a := adder(100)
	println(a(1), a(10), a(100))

	// Capture sees later writes, and writes through the closure are visible.
	v := 1
	show := func() int { return v }
	set := func(n int) { v = n }
	v = 2
	println(show())
	set(3)
	println(v, show())

	// Closures in a loop share the loop variable (Go 1.19).
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	// ... unless each iteration copies it.
	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	// The same for range loops.
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()

	// Nested closures capturing at two levels.
	outer := 1
	mk := func() func() int {
		inner := 10
		return func() int {
			outer++
			inner++
			return outer*100 + inner
		}
	}
	f1 := mk()
	f2 := mk()
	println(f1(), f1(), f2(), outer)

	// A closure capturing a struct and an array by reference.
	type acc struct{ n, sum int }
	st := acc{}
	arr := [3]int{}
	add := func(x int) {
		st.n++
		st.sum += x
		arr[x%3]++
	}
	for i := 1; i <= 10; i++ {
		add(i)
	}
	println(st.n, st.sum, arr[0], arr[1], arr[2])
	// Immediately invoked.
	r := func(a, b int) int { return a*b + v }(6, 7)
	println(r)
}
