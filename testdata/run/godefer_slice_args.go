// go and defer of calls with slice arguments (variadic "... argument" or
// slice literals): gc builds the slice in the go/defer wrapper, and so does
// goc's thunk, from elements evaluated at the statement; in the wrapper's
// frame when the callee keeps it (escape analysis), else on the heap.
// Collections run while those slices are live.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func sum(label string, xs ...*int) {
	s := 0
	for _, x := range xs {
		s += *x
	}
	fmt.Println(label, len(xs), s)
}

func keep(xs []int) { runtime.GC(); fmt.Println("keep", xs) }

var saved []*int

func keep2(wg *sync.WaitGroup, xs []int, ps ...*int) {
	defer wg.Done()
	runtime.GC()
	fmt.Println("keep2", xs, len(ps), *ps[0]+*ps[1])
}

func leak(xs ...*int) { saved = xs }

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		a, b := i, 10*i
		wg.Add(1)
		go func(xs ...*int) { defer wg.Done(); sum("go", xs...) }(&a, &b)
		wg.Wait()
	}
	func() {
		for i := 0; i < 3; i++ {
			a := i
			defer sum("loop", &a, &a)
			defer keep([]int{i, i * i, 5: 7})
		}
		x := 4
		defer sum("top", &x)
		defer sum("none")
		defer sum("dots", []*int{&x, &x}...)
		defer leak(&x, &x, &x)
	}()
	fmt.Println(len(saved), *saved[2])
	c := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(xs []int, n int) { runtime.GC(); fmt.Println("g", xs, n); c <- true }([]int{i, i + 1}, i)
		<-c
	}
	wg.Add(1)
	go func() { defer wg.Done(); sum("gosum", new(int), new(int)) }()
	wg.Wait()
	wg.Add(1)
	go keep2(&wg, []int{9, 8}, new(int), new(int))
	wg.Wait()
	x, y := 1, 2
	fmt.Println(func(xs ...*int) int { return *xs[0] + *xs[1] }(&x, &y), func(a int, xs ...*int) int { return a + len(xs) }(1))
}
