// Golden test: closures returning closures.  Each call of a factory makes a
// fresh environment; closures made by the same call share it; curried
// functions; function composition; a generator that yields successive
// values; closures capturing parameters, results and other closures.
package main

func adder(start int) (add func(int) int, get func() int) {
	total := start
	add = func(n int) int {
		total += n
		return total
	}
	get = func() int { return total }
	return
}

func curry(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a*100 + b*10 + c }
	}
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func gen(xs ...int) func() (int, bool) {
	i := 0
	return func() (int, bool) {
		if i >= len(xs) {
			return 0, false
		}
		i++
		return xs[i-1], true
	}
}

func mapGen(next func() (int, bool), f func(int) int) func() (int, bool) {
	return func() (int, bool) {
		v, ok := next()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func counterPair() (func() int, func() int) {
	n := 0
	return func() int { n++; return n }, func() int { n += 10; return n }
}

func main() {
	add1, get1 := adder(0)
	add2, get2 := adder(100)
	add1(5)
	add1(6)
	add2(1)
	println(get1(), get2())

	println(curry(1)(2)(3))
	c4 := curry(4)
	c45 := c4(5)
	println(c45(6), c45(7), c4(0)(0))

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	sq := func(x int) int { return x * x }
	println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(sq, inc, dbl)(3), compose()(9))

	next := mapGen(gen(1, 2, 3, 4), sq)
	for {
		v, ok := next()
		if !ok {
			break
		}
		print(v, " ")
	}
	println()

	a, b := counterPair()
	println(a(), b(), a(), b())

	// closures over closures
	mk := func() func() func() int {
		x := 0
		return func() func() int {
			x++
			y := x * 10
			return func() int { y++; return x + y }
		}
	}
	m := mk()
	f1 := m()
	f2 := m()
	println(f1(), f1(), f2(), f1())

	// a slice of closures over a shared accumulator
	acc := 1
	ops := []func(){
		func() { acc += 2 },
		func() { acc *= 3 },
		func() { acc -= 1 },
	}
	for i := 0; i < 2; i++ {
		for _, op := range ops {
			op()
		}
	}
	println(acc)

	// a closure capturing a large struct by reference
	type big struct{ a [10]int }
	var bg big
	set := func(i, v int) { bg.a[i] = v }
	set(3, 33)
	set(9, 99)
	println(bg.a[3] + bg.a[9])
}
