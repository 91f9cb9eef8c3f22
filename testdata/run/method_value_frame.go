// Method values that do not escape live in the frame; ones that are kept
// (appended, returned, sent to goroutines) on the heap. Either way the
// receiver is copied (value methods) or its address taken (pointer
// methods) when the method value is made.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Inc() int  { t.n++; return t.n }
func (t T) Name() string { return fmt.Sprint("t", t.n) }

type I interface{ Get() int }

func apply(f func() int, k int) int {
	s := 0
	for i := 0; i < k; i++ {
		s += f()
	}
	return s
}

func keep(t T) func() int { return t.Get }

func main() {
	t := T{1}
	g := t.Get // a copy of t now
	t.n = 10
	fmt.Println(g(), t.Get())

	p := &T{5}
	inc := p.Inc
	fmt.Println(apply(inc, 3), p.n)

	var fs []func() int
	for i := 0; i < 3; i++ {
		u := T{i}
		f := u.Get
		fs = append(fs, f) // escapes: each must keep its own receiver
		fmt.Print(f(), " ")
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var i I = T{7}
	ig := i.Get
	fmt.Println(ig(), keep(T{8})())

	names := []T{{3}, {1}, {2}}
	sort.Slice(names, func(a, b int) bool { return names[a].Get() < names[b].Get() })
	var sb strings.Builder
	for _, x := range names {
		nm := x.Name
		sb.WriteString(nm())
	}
	fmt.Println(sb.String())

	done := make(chan int)
	w := T{42}
	go func(f func() int) { done <- f() }(w.Get)
	fmt.Println(<-done)
}
