// Benchmark: a program that holds ~200 MB of live, pointer-rich data while
// it churns garbage: a table of 1.6M records, each replaced now and then,
// plus short-lived temporaries.  Measures the collector's mark cost on a
// large live heap and, with GODEBUG=gctrace=1, its pauses.
package main

import "runtime"

type record struct {
	id    int
	name  string
	next  *record
	data  []int
	attrs map[int]int
}

func newRecord(i int) *record {
	r := &record{id: i, data: make([]int, 8)}
	for k := range r.data {
		r.data[k] = i + k
	}
	r.name = string(rune('a'+i%26)) + string(rune('a'+i/26%26))
	return r
}

func main() {
	const n = 1600000
	table := make([]*record, n)
	for i := range table {
		table[i] = newRecord(i)
		if i > 0 {
			table[i].next = table[i-1]
		}
	}
	sum := 0
	seed := uint32(7)
	for round := 0; round < 4000000; round++ {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		i := int(seed % n)
		// Garbage: a temporary slice and string.
		tmp := make([]int, 16)
		tmp[0] = i
		sum += tmp[0] + len(table[i].name)
		if round%4 == 0 {
			r := newRecord(i)
			r.next = table[(i+1)%n]
			table[i] = r
		}
	}
	for _, r := range table {
		sum += r.data[7]
	}
	println(sum)
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
