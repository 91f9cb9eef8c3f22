package main

import "runtime"

//go:noinline
func stop(n int) int { return n + 1 }

// Both recursions go deeper than a goroutine's first stack segment holds
// (runtime/stack.c): their innermost frames are on the big segment.
func deep(n int, c chan int) int {
	var pad [4]int
	pad[n%4] = n
	if n == 0 {
		return <-c + pad[0]
	}
	return deep(n-1, c) + pad[n%4]
}

func leaf(n int) int {
	var pad [4]int
	pad[n%4] = n
	if n == 0 {
		return stop(pad[0])
	}
	return leaf(n-1) + pad[n%4]
}

func main() {
	c, done := make(chan int), make(chan int)
	go func() { done <- deep(24, c) }()
	runtime.Gosched() // with GOMAXPROCS=1 it runs until it blocks
	go func() { done <- leaf(24) }()
	r := <-done // leaf stops while deep waits
	c <- 1
	println(r + <-done)
}
