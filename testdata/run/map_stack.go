// Maps that do not escape keep their Hmap (and, for a small constant hint,
// their first bucket) in the frame: reuse in loops, growth past the first
// bucket while an iteration runs, pointers kept alive by a frame bucket
// across collections, map literals, and maps passed to functions that do
// not keep them.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type big struct{ a [20]int64 }

func count(m map[string]int) int { return len(m) }

func sum(m map[int]*int) int {
	s := 0
	for _, p := range m {
		s += *p
	}
	return s
}

func keys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		m := make(map[int]int) // a new empty map each time, in the same frame memory
		for j := 0; j < i%20; j++ {
			m[j] = i + j
		}
		total += len(m) + m[3]
	}
	fmt.Println("loop:", total)

	// pointers held only by a map in the frame survive collections
	m := make(map[int]*int, 4)
	for i := 0; i < 8; i++ {
		v := new(int)
		*v = i * i
		m[i] = v
	}
	runtime.GC()
	garbage := make([][]byte, 0)
	for i := 0; i < 1000; i++ {
		garbage = append(garbage, make([]byte, 1024))
	}
	runtime.GC()
	fmt.Println("sum:", sum(m), len(garbage))

	// growth past the frame bucket while iterating
	g := map[string]int{"a": 1, "b": 2, "c": 3}
	seen := 0
	for k, v := range g {
		if v < 100 {
			for j := 0; j < 20; j++ {
				g[fmt.Sprint(k, j)] = 100 + j
			}
		}
		seen++
	}
	fmt.Println("grown:", len(g), seen >= 3, count(g))
	fmt.Println(keys(map[string]int{"x": 1, "y": 2, "z": 3}))

	// big keys and values are stored indirectly
	bm := make(map[big]big, 2)
	for i := 0; i < 10; i++ {
		var k, v big
		k.a[0], v.a[19] = int64(i), int64(i*3)
		bm[k] = v
	}
	var k5 big
	k5.a[0] = 5
	fmt.Println("big:", len(bm), bm[k5].a[19])

	// a large hint: the Hmap in the frame, the buckets on the heap
	lm := make(map[int]string, 1000)
	for i := 0; i < 1500; i++ {
		lm[i] = fmt.Sprint(i)
	}
	delete(lm, 7)
	fmt.Println("large:", len(lm), lm[1499], lm[7] == "")
}
