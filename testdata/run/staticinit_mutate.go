// Statically initialised package variables and the static objects behind
// them (slice backing arrays, &T{...}, interface data, []byte("...")) are
// writable data, and once the program stores heap pointers into them they
// are roots the collector must scan: collections (forced, and under a
// GC percent of 1) must not free what only static data points at.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

type Entry struct {
	Name string
	Tags []string
	Next *Entry
	Val  any
}

var table = []Entry{
	{Name: "a", Tags: []string{"x", "y"}},
	{Name: "b"},
}

var head = &Entry{Name: "head", Next: &Entry{Name: "tail"}}

var bytesVar = []byte("static bytes")

var arr = [4]*int{}

var boxed any = [3]int{1, 2, 3}

var grid = [][]string{{"r0c0", "r0c1"}, {"r1c0"}}

var counter = struct {
	n    int
	hist []int
}{n: 1}

// garbage makes the collector run while the heap pointers above are the only
// references to their objects.
func garbage(rounds int) {
	var keep [][]byte
	for i := 0; i < rounds; i++ {
		keep = append(keep, make([]byte, 1024))
		if len(keep) > 64 {
			keep = keep[:0]
		}
		if i%500 == 0 {
			runtime.GC()
		}
	}
}

func heapString(s string, n int) string { return strings.Repeat(s, n) }

func main() {
	debug.SetGCPercent(1)

	// overwrite static data with pointers to fresh heap objects
	for i := range table {
		table[i].Name = heapString(table[i].Name, 3)
		table[i].Tags = append(table[i].Tags, heapString("t", i+2))
		table[i].Next = &Entry{Name: heapString("n", i+1), Val: []int{i, i * i}}
		table[i].Val = map[string]int{heapString("k", i+1): i}
	}
	head.Next.Next = &Entry{Name: heapString("heap", 2)}
	head.Val = fmt.Sprint("val", 42)
	for i := range arr {
		v := i * 10
		arr[i] = &v
	}
	bytesVar[0] = 'S'
	bytesVar = append(bytesVar, "!"...)
	grid[1] = append(grid[1], heapString("r1c1", 1))
	grid[0][1] = heapString("R", 4)
	for i := 0; i < 5; i++ {
		counter.hist = append(counter.hist, i*counter.n)
	}
	counter.n++
	b := boxed.([3]int)
	b[0] = 100 // a copy: boxed is unchanged
	fmt.Println(b, boxed)

	garbage(20000)

	for _, e := range table {
		fmt.Println(e.Name, e.Tags, e.Next.Name, e.Next.Val, e.Val)
	}
	fmt.Println(head.Name, head.Next.Name, head.Next.Next.Name, head.Val)
	for _, p := range arr {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	fmt.Println(string(bytesVar), grid, counter.n, counter.hist)

	// static data again, after the collections: still intact
	var again = []Entry{{Name: "a", Tags: []string{"x", "y"}}}
	fmt.Println(again[0].Name, len(table[0].Tags), cap(table[0].Tags) >= 3)
}
