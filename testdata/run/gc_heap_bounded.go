// Allocating large objects as fast as possible keeps the heap near its goal:
// past the goal, an allocating goroutine with nothing left to scan waits for
// the cycle to end (gc parks it) instead of allocating black objects while
// the collector's worker has not started yet. 20,000 x 64 KiB is 1.3 GB of
// allocation with under 64 KiB live; the heap stays under 1 GB (gc: 10-200
// MB; without the waits, goc's reached 1 GB).
package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func main() {
	for i := 0; i < 20000; i++ {
		sink = make([]byte, 64<<10)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > 10)
	fmt.Println("heap bounded:", ms.HeapSys < 1<<30)
}
