// Benchmark: string building with the standard library: fmt.Sprintf and
// Fprintf into a bytes.Buffer, strings.Builder, strconv, strings.Split,
// Join, Fields, Replace and Repeat over ~2 million formatted records.
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type rec struct {
	id    int
	name  string
	score float64
	ok    bool
}

func main() {
	var sb strings.Builder
	var buf bytes.Buffer
	total := 0
	for i := 0; i < 400000; i++ {
		r := rec{i, "item" + strconv.Itoa(i%977), float64(i%1000) / 7, i%3 == 0}
		s := fmt.Sprintf("%d,%s,%.3f,%t", r.id, r.name, r.score, r.ok)
		sb.WriteString(s)
		sb.WriteByte('\n')
		fmt.Fprintf(&buf, "%-8d|%10s|%8.2e|%v\n", r.id, r.name, r.score, r.ok)
		if i%1000 == 999 {
			lines := strings.Split(sb.String(), "\n")
			for _, l := range lines {
				f := strings.Split(l, ",")
				if len(f) == 4 {
					n, _ := strconv.Atoi(f[0])
					x, _ := strconv.ParseFloat(f[2], 64)
					total += n + int(x)
				}
			}
			joined := strings.Join(lines[:10], ";")
			total += len(strings.Fields(strings.ReplaceAll(joined, ",", " ")))
			total += len(strings.Repeat(lines[0], 3))
			sb.Reset()
			total += buf.Len()
			buf.Reset()
		}
	}
	fmt.Println("total", total)
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
