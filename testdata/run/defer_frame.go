// Defers outside loops keep their closure and record in the frame (escape
// analysis: gc's EscNever): no heap allocation, and still correct under
// panics, recover, nested panics, Goexit and a collection during the call.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var mu sync.Mutex

type T struct{ a, b, c int }

func (t T) sum(s *int) { *s += t.a + t.b + t.c }

func locked(i int) (r int) {
	mu.Lock()
	defer mu.Unlock()
	t := T{i, i + 1, i + 2}
	defer t.sum(&r)
	return i
}

func recovers(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -i
		}
	}()
	if i%2 == 1 {
		panic(i)
	}
	return i
}

func collects(s string, n int) (out string) {
	defer func(p *string) {
		runtime.GC()
		*p = s + "!"
	}(&out)
	x := make([]byte, n)
	_ = x
	return ""
}

func nested() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered: ", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func loop(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("loop defer", i)
	}
}

func exits(wg *sync.WaitGroup, c chan string) {
	defer wg.Done()
	defer func() { c <- "deferred ran at Goexit" }()
	runtime.Goexit()
}

func main() {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	s := 0
	for i := 0; i < 1000; i++ {
		s += locked(i)
		s += recovers(2 * i)
	}
	runtime.ReadMemStats(&m1)
	fmt.Println("sum", s, "mallocs", m1.Mallocs-m0.Mallocs)

	fmt.Println(recovers(3), recovers(4))
	fmt.Println(collects("gc", 1<<20))
	fmt.Println(nested())
	loop(3)

	var wg sync.WaitGroup
	c := make(chan string, 1)
	wg.Add(1)
	go exits(&wg, c)
	wg.Wait()
	fmt.Println(<-c)
}
