// Benchmark: allocates about 10 GB in total while keeping a live set of
// about 50 MB (a ring of 50,000 1 KiB buffers, each replaced in turn).
// Peak RSS shows whether the collector keeps the heap near its live size.
package main

import "runtime"

func main() {
	const live = 50000
	ring := make([][]byte, live)
	total := 0
	for i := 0; i < 10_000_000; i++ {
		b := make([]byte, 1024)
		b[0] = byte(i)
		b[1023] = byte(i >> 8)
		if ring[i%live] == nil {
			total++
		}
		ring[i%live] = b
	}
	s := 0
	for _, b := range ring {
		s += int(b[0]) + int(b[1023])
	}
	println(total, s)
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
