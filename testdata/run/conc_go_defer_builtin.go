// Golden test: `go close(ch)` and `defer close(ch)`: builtins as the call
// of a go or defer statement (their arguments are evaluated at once).
package main

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range produce(10) {
		sum += v
	}
	println("sum", sum)
	e := make(chan float64)
	go close(e)
	for v := range e {
		println("unexpected", v)
	}
	println("closed by go close")
	// The channel operand is evaluated when the go statement runs.
	chs := []chan int{make(chan int), make(chan int)}
	i := 0
	go close(chs[i])
	i = 1
	_, ok := <-chs[0]
	println("chs[0] open:", ok, "len(chs[1]):", len(chs[1]))
	// A deferred close runs when main's function literal returns.
	d := make(chan bool, 1)
	func() {
		defer close(d)
		d <- true
	}()
	a, ok1 := <-d
	b, ok2 := <-d
	println(a, ok1, b, ok2)
	// defer of a builtin inside a goroutine, with recover of its panic.
	res := make(chan string)
	go func() {
		defer func() { res <- recover().(error).Error() }()
		defer close(d)
	}()
	println(<-res)
}
