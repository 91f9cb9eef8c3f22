// Golden test: when every goroutine is blocked, the runtime reports a
// deadlock: here main waits on a channel nobody will send on, while
// another goroutine waits on a different one.
package main

func main() {
	ch := make(chan int)
	other := make(chan int)
	go func() {
		<-other
	}()
	println("waiting")
	<-ch
	println("unreachable")
}
