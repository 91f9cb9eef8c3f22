// Benchmark: a map-heavy word count.  Generates a pseudo-random text of
// ~8 million words over a vocabulary of 50,000 words, splits it into words
// and counts them in a map[string]int, then reports the most frequent ones.
// Measures string building, map hashing and growth, and the collector.
package main

import "runtime"

func main() {
	// The vocabulary: words of 2-10 letters.
	seed := uint32(12345)
	next := func() uint32 {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		return seed
	}
	vocab := make([]string, 50000)
	for i := range vocab {
		n := 2 + int(next()%9)
		b := make([]byte, n)
		for j := range b {
			b[j] = byte('a' + next()%26)
		}
		vocab[i] = string(b)
	}
	counts := map[string]int{}
	for round := 0; round < 16; round++ {
		// One chunk of text, then the words back out of it.
		text := make([]byte, 0, 4<<20)
		for len(text) < 3<<20 {
			// Skewed choice: small indexes far more often.
			r := next() % 50000
			r = r * (next() % 50000) / 50000
			text = append(text, vocab[r]...)
			text = append(text, ' ')
		}
		start := 0
		for i := 0; i < len(text); i++ {
			if text[i] == ' ' {
				if i > start {
					counts[string(text[start:i])]++
				}
				start = i + 1
			}
		}
	}
	best, bestn, total := "", 0, 0
	for w, n := range counts {
		total += n
		if n > bestn || n == bestn && w < best {
			best, bestn = w, n
		}
	}
	println(len(counts), total, best, bestn)
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
