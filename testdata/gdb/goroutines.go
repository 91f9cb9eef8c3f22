package main

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
	for i := 0; i < 1000; i++ { // let both goroutines reach their channel operations
		stop(i)
	}
	stop(0)
	in <- 20
	println(<-out, <-block)
}
