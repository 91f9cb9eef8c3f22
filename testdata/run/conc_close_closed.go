// Golden test: closing a channel twice panics; the first close wakes a
// blocked receiver.
package main

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		v, ok := <-ch
		println("receiver woke:", v, ok)
		done <- true
	}()
	close(ch)
	<-done
	close(ch)
	println("unreachable")
}
