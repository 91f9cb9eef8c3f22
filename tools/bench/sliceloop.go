// Benchmark: tight loops over a slice of 1M ints, 300 passes: sum, a
// transform in place, a reverse, and a prefix-sum; measures bounds-check
// elimination, induction variables and load/store code.
package main

import "runtime"

func main() {
	const n = 1 << 20
	s := make([]int, n)
	for i := range s {
		s[i] = i & 1023
	}
	total := 0
	for pass := 0; pass < 300; pass++ {
		sum := 0
		for _, v := range s {
			sum += v
		}
		for i := range s {
			s[i] = (s[i]*7 + pass) & 1023
		}
		for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
			s[i], s[j] = s[j], s[i]
		}
		if pass%50 == 0 {
			acc := 0
			for i := 0; i < len(s); i++ {
				acc += s[i]
				s[i] = acc & 1023
			}
		}
		total += sum
	}
	println(total, s[0], s[n-1])
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
