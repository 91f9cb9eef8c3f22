// Benchmark: hello world with fmt (binary size and start-up).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("hello, world")
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
