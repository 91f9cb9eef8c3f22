// Golden test: a goroutine that busy-polls with select/default, never
// blocking, must not starve the goroutine it waits for, even with
// GOMAXPROCS=1 (gc preempts long-running goroutines asynchronously).
package main

func try(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return -1, false
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	// Poll until a goroutine's send arrives.
	r := make(chan int)
	go func() { r <- 99 }()
	for {
		v, ok := try(r)
		if ok {
			println("got", v)
			break
		}
	}
	// Poll-send until a goroutine is ready to receive.
	w := make(chan int)
	done := make(chan int)
	go func() { done <- <-w }()
	for !trySend(w, 123) {
	}
	println("received by goroutine", <-done)
}
