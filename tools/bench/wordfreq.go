// Benchmark: word frequencies with the standard library: bufio.Scanner over
// a generated text, strings.ToLower and Fields, a map, sort.Slice and fmt.
package main

import (
	"bufio"
	"fmt"
	"runtime"
	"sort"
	"strings"
)

func main() {
	words := []string{"the", "Quick", "brown", "FOX", "jumps", "over", "lazy", "dog", "Go", "gopher",
		"compiler", "Runtime", "channel", "select", "defer", "panic", "recover", "map", "slice", "string"}
	var text strings.Builder
	seed := uint32(7)
	for i := 0; i < 3000000; i++ {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		text.WriteString(words[seed%uint32(len(words))])
		if seed%13 == 0 {
			text.WriteString(".\n")
		} else {
			text.WriteByte(' ')
		}
	}
	counts := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text.String()))
	for sc.Scan() {
		for _, w := range strings.Fields(strings.ToLower(sc.Text())) {
			counts[strings.TrimSuffix(w, ".")]++
		}
	}
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range counts {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
	for _, e := range all[:5] {
		fmt.Printf("%-10s %d\n", e.k, e.v)
	}
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
