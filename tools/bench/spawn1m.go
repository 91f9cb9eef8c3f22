// Benchmark: 1,000,000 goroutines alive at once, blocked on one channel,
// then released: every one runs to completion.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 1000000
	var wg sync.WaitGroup
	start := make(chan struct{})
	var ready sync.WaitGroup
	sum := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		ready.Add(1)
		go func(i int) {
			defer wg.Done()
			ready.Done()
			<-start
			sum[i] = i
		}(i)
	}
	ready.Wait()
	close(start)
	wg.Wait()
	t := 0
	for _, v := range sum {
		t += v
	}
	fmt.Println(n, "goroutines, sum", t)
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
