// Golden test: closures capture variables of every shape by reference:
// arrays (not copied), structs, slices (header shared with later reassign),
// strings, named results, parameters, and variables declared in switch and
// if headers; a closure that outlives its frame keeps them alive; closures
// stored in struct fields and maps; a method value capturing a receiver
// through a closure.
package main

type T struct {
	n  int
	fs map[string]func() int
}

func (t *T) Get() int { return t.n }

func named() (r int, f func()) {
	f = func() { r += 5 }
	r = 1
	f()
	return
}

func param(x int) func() int {
	return func() int { x *= 2; return x }
}

func headers(v int) []func() int {
	var fs []func() int
	if a := v * 2; a > 0 {
		fs = append(fs, func() int { a++; return a })
	}
	switch b := v + 1; {
	case b > 0:
		fs = append(fs, func() int { return b * 100 })
	}
	return fs
}

func main() {
	var arr [3]int
	setArr := func(i, v int) { arr[i] = v }
	setArr(1, 5)
	println(arr[1])

	sl := []int{1, 2}
	getSl := func() int { return len(sl) }
	sl = append(sl, 3, 4)
	println(getSl())

	s := "a"
	app := func(t string) { s += t }
	app("b")
	app("c")
	println(s)

	st := struct{ x, y int }{1, 2}
	swap := func() { st.x, st.y = st.y, st.x }
	swap()
	println(st.x, st.y)

	r, f := named()
	f() // the frame is gone; r was copied out already
	println(r)

	dbl := param(3)
	println(dbl(), dbl(), dbl())

	for _, g := range headers(4) {
		println(g(), g())
	}

	t := &T{n: 1, fs: map[string]func() int{}}
	get := t.Get
	t.fs["get"] = get
	t.fs["closure"] = func() int { return t.n * 10 }
	t.n = 9
	println(t.fs["get"](), t.fs["closure"]())
	t = &T{n: 2}
	println(get()) // still the old *T

	// counter shared by two closures through a pointer
	p := new(int)
	inc := func() { *p++ }
	read := func() int { return *p }
	inc()
	inc()
	p = new(int) // closures see the new pointer
	inc()
	println(read())
}
