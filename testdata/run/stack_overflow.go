// Unbounded recursion in a goroutine other than main: gc stops it at its
// 1 GB limit, goc when the goroutine's big stack segment (runtime/stack.c)
// is used up, with gc's message either way.  The recursion goes through a
// func variable, so that LLVM cannot turn it into a loop.  The goroutine
// is the first main starts: gc numbers it 5 with GOMAXPROCS=1, which is
// how the golden output was made (5 or 17 with several Ps).
package main

var f func(n int) int

func main() {
	f = func(n int) int {
		a, b := n*3, n^5
		return f(n+1) + a - b
	}
	done := make(chan int)
	go func() {
		done <- f(0)
	}()
	println(<-done)
}
