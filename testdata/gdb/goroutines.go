package main

import "runtime"

//go:noinline
func stop(n int) int { return n + 1 }

func worker(in chan int, out chan int) {
	v := <-in
	out <- v * 2
}

func sender(c chan int) {
	c <- 1
}

func main() {
	in, out := make(chan int), make(chan int)
	go worker(in, out)
	block := make(chan int)
	go sender(block)
	runtime.Gosched() // with GOMAXPROCS=1 both run until they block
	stop(0)
	in <- 20
	println(<-out, <-block)
}
