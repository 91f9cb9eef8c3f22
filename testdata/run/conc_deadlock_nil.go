// Golden test: receiving from a nil channel blocks forever; alone, that is
// a deadlock, with its own wait reason.
package main

func main() {
	var ch chan int
	println("receiving from nil")
	<-ch
}
