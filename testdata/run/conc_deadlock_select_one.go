// Golden test: a select with a single case and no default is just that
// channel operation (gc compiles it as one), so a goroutine blocked in it
// waits in "chan receive (nil chan)", not in "select".
package main

func main() {
	c := make(chan int, 1)
	c <- 3
	select {
	case v := <-c:
		println("one-case receive", v)
	}
	select {
	case c <- 4:
		println("one-case send", len(c))
	}
	var nilc chan int
	select {
	case v, ok := <-nilc:
		println("unreachable", v, ok)
	}
}
