// Golden test: sending on a closed channel panics, even on a buffered
// channel with room left.
package main

func main() {
	ch := make(chan int, 3)
	ch <- 1
	close(ch)
	println(<-ch, len(ch))
	println("sending")
	ch <- 2
	println("unreachable")
}
