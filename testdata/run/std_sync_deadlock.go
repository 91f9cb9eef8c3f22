// Golden test: goroutines blocked forever on a sync.Mutex (a semaphore in
// goc's runtime) or in sync.Cond.Wait are part of a deadlock: gc's report,
// with main's wait reason, semacquire.
package main

import "sync"

func main() {
	var mu, cmu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		cmu.Lock()
		c := sync.NewCond(&cmu)
		wg.Done()
		c.Wait() // never signalled
	}()
	wg.Wait()
	mu.Lock()
	println("locked")
	mu.Lock()
	println("unreachable")
}
