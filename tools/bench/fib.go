// Benchmark: recursive fib(35): about 30 million calls, so it measures call
// and return overhead, argument passing and the stack-growth check.
package main

import "runtime"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(35))
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
