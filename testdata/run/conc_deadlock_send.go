// Golden test: deadlock with main blocked sending on a full buffered channel.
package main

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	println("full", len(ch))
	ch <- 3
}
