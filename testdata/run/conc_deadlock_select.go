// Golden test: deadlock with main blocked in a select whose cases can
// never proceed, after worker goroutines have all exited.
package main

func main() {
	a := make(chan int)
	b := make(chan int)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { done <- true }()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	println("workers done")
	select {
	case <-a:
	case b <- 1:
	}
}
