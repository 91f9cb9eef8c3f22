// Golden test: two goroutines pass a counter back and forth over two
// unbuffered channels; each side prints only while it holds the ball, so
// the output order is fixed by the channel handoffs.
package main

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for {
		n, ok := <-in
		if !ok {
			done <- true
			return
		}
		if n < 6 {
			println(name, n)
		}
		if n == 1000 {
			close(out)
			done <- true
			return
		}
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	<-done
	<-done
	println("rallies: 1000")
	// The same over buffered channels of capacity 1.
	a := make(chan int, 1)
	b := make(chan int, 1)
	go func() {
		for v := range a {
			b <- v * 2
		}
		close(b)
	}()
	sum := 0
	for i := 1; i <= 100; i++ {
		a <- i
		sum += <-b
	}
	close(a)
	_, ok := <-b
	println("sum", sum, "open", ok)
}
