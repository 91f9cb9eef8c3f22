// A goroutine spinning in a loop without calls lets main run again on the
// only P. Run with GODEBUG=asyncpreemptoff=1 and compiled with
// -d=ssa/insert_resched_checks/on (ctest resched), the loop's back edge
// check is what yields: without it this hangs.
package main

import (
	"runtime"
	"sync/atomic"
	"time"
)

func spin(stop *uint32, done chan<- int) {
	n := 0
	for atomic.LoadUint32(stop) == 0 {
		n++
	}
	done <- n
}

func main() {
	runtime.GOMAXPROCS(1)
	var stop uint32
	done := make(chan int)
	go spin(&stop, done)
	time.Sleep(20 * time.Millisecond) // the spinner has the only P now
	atomic.StoreUint32(&stop, 1)
	n := <-done
	println("spinner stopped, it ran:", n > 0)
}
