// Golden test: range over a channel stops when it is closed and drained;
// a closed buffered channel still delivers what it holds; len and cap.
package main

func main() {
	ch := make(chan string, 5)
	println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	ch <- "c"
	println(len(ch), cap(ch))
	close(ch)
	println(len(ch), cap(ch))
	for s := range ch {
		print(s, " ")
	}
	println()
	println(len(ch), cap(ch))
	// Range over an unbuffered channel fed by a goroutine.
	nums := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			nums <- i * i
		}
		close(nums)
	}()
	total := 0
	for n := range nums {
		total += n
	}
	println("total", total)
	// A range body that does not use the value.
	c := make(chan int, 4)
	c <- 1
	c <- 2
	close(c)
	count := 0
	for range c {
		count++
	}
	println("count", count)
	// Nil and unbuffered channels: len and cap are 0.
	var nilc chan int
	u := make(chan int)
	println(len(nilc), cap(nilc), len(u), cap(u))
	// Range over a channel that a goroutine closes without sending.
	e := make(chan float64)
	go func() { close(e) }()
	for v := range e {
		println("unexpected", v)
	}
	println("done")
}
