// Golden test: deferred calls run last-in first-out when the function
// returns; their function value and arguments are evaluated at the defer
// statement, not when they run; defers in a loop pile up until the function
// returns, not per iteration; a deferred call runs after the result values
// are set by return.
package main

var trace string

func note(s string) { trace += s }

func lifo() {
	defer note("1")
	defer note("2")
	defer note("3")
	note("body ")
}

func argsNow() {
	x := 10
	defer println("deferred x:", x, x*2)
	s := []int{1, 2, 3}
	defer println("deferred s[0]:", s[0], len(s))
	x = 20
	s[0] = 100
	s = append(s, 4)
	println("body x:", x, "s[0]:", s[0], len(s))
}

func funcValueNow() {
	f := func() { println("first f") }
	defer f()
	f = func() { println("second f") }
	f()
}

func loop() {
	for i := 0; i < 4; i++ {
		defer print(i, " ")
		print("[", i, "] ")
	}
	println("loop done")
}

func perIteration() {
	// wrapping the body in a func makes each iteration's defer run at once
	for i := 0; i < 3; i++ {
		func() {
			defer println("end of iteration", i)
			println("iteration", i)
		}()
	}
}

func result() int {
	x := 1
	defer func() { x = 100 }() // x changes after the result is copied
	return x
}

var evals int

func arg(n int) int {
	evals++
	println("  evaluating arg", n)
	return n
}

func evalOrder() {
	println("defer statements:")
	defer println("  run A", arg(1))
	defer println("  run B", arg(2))
	println("body, evals =", evals)
}

func nestedDefers() {
	defer func() {
		defer println("inner deferred 1")
		defer println("inner deferred 2")
		println("outer deferred body")
	}()
	println("nested body")
}

func main() {
	lifo()
	println(trace)
	argsNow()
	funcValueNow()
	loop()
	println()
	perIteration()
	println(result())
	evalOrder()
	nestedDefers()
	defer println("main's defer runs last")
	println("main ends")
}
