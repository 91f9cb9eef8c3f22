// Golden test: closures capture by value the variables gc captures by value
// (never reassigned after the first capture, address not taken, at most 128
// bytes) and by reference the others; the output is the same either way,
// which is the point: each case would print differently if goc copied a
// variable that is later changed.
package main

import "fmt"

type big struct{ a [20]int } // 160 bytes: always by reference

type pt struct{ x, y int }

func (p pt) sum() int   { return p.x + p.y }
func (p *pt) bump()     { p.x++ }
func run(fs ...func()) {
	for _, f := range fs {
		f()
	}
}

//go:noinline
func g(n int) int { return n * 3 }

// goto: a label makes straight-line code run again
func withGoto() {
	h := 0
	var hs []func() int
again:
	h = h + 1
	hs = append(hs, func() int { return h })
	if h < 3 {
		goto again
	}
	for _, f := range hs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

func main() {
	// assigned before the capture only: a copy is right
	a := 1
	a = g(a)
	fa := func() int { return a }
	fmt.Println(fa())

	// assigned after the capture: must be shared
	b := 1
	fb := func() int { return b }
	b = 7
	fmt.Println(fb())

	// assigned inside the closure
	c := 1
	fc := func() { c += 10 }
	fc()
	fc()
	fmt.Println(c)

	// a field assignment is an assignment to the variable
	p := pt{1, 2}
	fp := func() int { return p.sum() }
	p.y = 40
	fmt.Println(fp())

	// an array element assignment too
	arr := [3]int{1, 2, 3}
	farr := func() int { return arr[0] + arr[1] + arr[2] }
	arr[2] = 300
	fmt.Println(farr())

	// a pointer method on the captured variable takes its address
	q := pt{5, 5}
	fq := func() { q.bump() }
	fq()
	fmt.Println(q.x)

	// large: by reference even if never reassigned
	var bg big
	bg.a[3] = 9
	fbg := func() int { return bg.a[3] }
	fmt.Println(fbg())

	// loop variables of a 1.19 for loop are one variable: shared
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	run(fs...)
	fmt.Println()

	// a variable declared in the loop body is fresh each iteration: copies
	fs = nil
	for i := 0; i < 3; i++ {
		j := i * i
		fs = append(fs, func() { fmt.Print(j, " ") })
	}
	run(fs...)
	fmt.Println()

	// range variables are assigned every iteration: shared
	fs = nil
	for k, v := range []string{"x", "y", "z"} {
		fs = append(fs, func() { fmt.Print(k, v, " ") })
	}
	run(fs...)
	fmt.Println()

	// nested closures: the inner one copies from the outer one's copy
	s := "outer"
	f1 := func() func() string {
		return func() string { return s + "!" }
	}
	fmt.Println(f1()())

	// nested, with the variable changed between the two captures
	t := 1
	mk := func() func() int { return func() int { return t } }
	inner := mk()
	t = 2
	fmt.Println(inner(), mk()())

	// defer captures at the defer statement
	func() {
		d := 10
		defer func() { fmt.Println("deferred", d) }()
		d = 20
	}()
	func() {
		e := 10
		defer func() { fmt.Println("deferred copy", e) }()
	}()

	// a goroutine with a captured channel and value
	ch := make(chan int)
	n := 42
	go func() { ch <- n }()
	fmt.Println(<-ch)

	withGoto()

	// a recursive closure through its own variable
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	// a string and a slice by value, the slice's elements still shared
	str, sl := "abc", []int{1, 2}
	fsl := func() string { return fmt.Sprint(str, sl) }
	sl[0] = 100
	fmt.Println(fsl())
}
