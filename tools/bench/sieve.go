// Benchmark: the sieve of Eratosthenes up to 10 million, 10 times, over a
// []bool; measures strided stores and a byte-sized load loop.
package main

import "runtime"

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	total := 0
	for r := 0; r < 10; r++ {
		total += sieve(10000000)
	}
	println(total)
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
