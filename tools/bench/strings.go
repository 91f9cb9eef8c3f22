// Benchmark: string and []byte work: building strings by concatenation and
// by append, conversions, comparisons and range-over-string decoding.
package main

import "runtime"

func itoa(buf []byte, v int) []byte {
	if v == 0 {
		return append(buf, '0')
	}
	var tmp [20]byte
	i := len(tmp)
	for v > 0 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	return append(buf, tmp[i:]...)
}

func main() {
	runes, less, total := 0, 0, 0
	for r := 0; r < 2000; r++ {
		var buf []byte
		for i := 0; i < 5000; i++ {
			buf = itoa(buf, i*r)
			buf = append(buf, " é世 "...)
		}
		s := string(buf)
		for _, c := range s {
			if c > 127 {
				runes++
			}
		}
		t := ""
		for i := 0; i < 200; i++ {
			t += s[i*10 : i*10+5]
		}
		if t < s {
			less++
		}
		total += len(s) + len(t)
	}
	println(runes, less, total)
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
