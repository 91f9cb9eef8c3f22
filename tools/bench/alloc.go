// Benchmark: binary trees (after the benchmarks game): allocates millions
// of small heap objects that die young, so it measures the allocator and
// the garbage collector (peak RSS shows whether garbage is reclaimed).
package main

import "runtime"

type node struct{ left, right *node }

func build(d int) *node {
	if d == 0 {
		return &node{}
	}
	return &node{build(d - 1), build(d - 1)}
}

func (n *node) count() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.count() + n.right.count()
}

func main() {
	const maxDepth = 18
	long := build(maxDepth)
	total := 0
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + 4)
		for i := 0; i < iters; i++ {
			total += build(d).count()
		}
	}
	println(total, long.count())
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
