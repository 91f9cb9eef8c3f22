// Goroutines that cross, many times and all at once, the boundary between
// a goroutine's small first stack segment and its big one (goc:
// runtime/stack.c): recursions of every depth from 0 to 80 whose frames on
// both segments hold the only references to heap objects while the
// collector runs, functions called right at the boundary with arguments
// on the stack and results in four registers, panics raised on the big
// segment and recovered on the small one, recover() in a deferred call
// whose own frame does not fit, runtime.Goexit from deep frames (and the
// dead goroutines reused), runtime.Callers across the boundary, a
// goroutine locked to its thread, and goroutines that spin in calls
// across the boundary while collections stop the world (they can only be
// stopped by preemption signals, which land anywhere, switches included).
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type node struct {
	v    int
	next *node
}

// Nine integer parameters (three on the stack) and four results (rax, rdx,
// rcx, r8); a frame over 256 bytes, so it is the function that finds no
// room when called at the boundary.
//
//go:noinline
func args9(a, b, c, d, e, f, g, h, i int) (int, int, int, int) {
	var tmp [40]int
	for k := range tmp {
		tmp[k] = a + k*i
	}
	return a + b + c + tmp[3] - tmp[3], d + e + f, g + h + i, a * i
}

// Ten float64 parameters (two on the stack), two results (xmm0, xmm1).
//
//go:noinline
func floats(a, b, c, d, e, f, g, h, i, j float64) (float64, float64) {
	var tmp [40]float64
	for k := range tmp {
		tmp[k] = a * float64(k)
	}
	return a + b + c + d + e + tmp[1] - tmp[1], f + g + h + i + j
}

var names = map[uintptr]string{} // return pc -> function, guarded by mu

func funcName(pc uintptr) string {
	mu.Lock()
	defer mu.Unlock()
	name, ok := names[pc]
	if !ok {
		if f := runtime.FuncForPC(pc - 1); f != nil {
			name = f.Name()
		}
		names[pc] = name
	}
	return name
}

func countFrames(name string) int {
	var pcs [300]uintptr
	n := runtime.Callers(1, pcs[:])
	c := 0
	for _, pc := range pcs[:n] {
		if funcName(pc) == name {
			c++
		}
	}
	return c
}

var badArgs, badFrames, badNodes int
var mu sync.Mutex

func fail(what *int) {
	mu.Lock()
	*what++
	mu.Unlock()
}

// down recurses to depth keeping a heap node per frame (the next frame
// holds it too, through acc); at the bottom it checks the calls above, may
// collect, and may panic.
func down(n, depth int, acc *node, gc, callers, panicAt bool) int {
	var pad [6]int
	x := &node{v: n * 3, next: acc}
	pad[n%6] = n
	r := 0
	if n == depth {
		p, q, s, t := args9(n, 1, 2, 3, 4, 5, 6, 7, 8)
		if p != n+3 || q != 12 || s != 21 || t != n*8 {
			fail(&badArgs)
		}
		u, v := floats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
		if u != 15 || v != 40 {
			fail(&badArgs)
		}
		if callers && countFrames("main.down") != depth+1 {
			fail(&badFrames)
		}
		if gc {
			runtime.GC()
		}
		for k, y := 0, x; y != nil; k, y = k+1, y.next {
			r += y.v
		}
		if panicAt {
			panic(r)
		}
	} else {
		r = down(n+1, depth, x, gc, callers, panicAt)
	}
	if x.v != n*3 || (acc != nil && acc.v != (n-1)*3) {
		fail(&badNodes)
	}
	return r + pad[n%6] - n
}

// caught runs down and recovers its panic: the recovering frame is here,
// usually on the first segment, the panic deep on the big one.
func caught(depth int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = e.(int) + 1
		}
	}()
	return down(0, depth, nil, false, depth%5 == 0, true)
}

type catcher struct{ got *int }

// A deferred method with a frame too big for what is left of the first
// segment: its body runs on the big one, and recover() must still count
// as called by the deferred call.
func (c catcher) catch() {
	var big [400]int
	for i := range big {
		big[i] = i
	}
	if e := recover(); e != nil {
		*c.got = e.(int) + big[399] - 399
	}
}

//go:noinline
func shallowPanic(n int) {
	panic(n)
}

func bigDeferred(n int) (got int) {
	defer catcher{&got}.catch()
	shallowPanic(n)
	return -1
}

func bigDeferredClosure(n int) (got int) {
	defer func() {
		var big [400]int
		for i := range big {
			big[i] = i * n
		}
		if e := recover(); e != nil {
			got = e.(int) + big[1] - n
		}
	}()
	shallowPanic(n)
	return -1
}

//go:noinline
func work(x int) int {
	var a [40]int
	a[x&31] = x
	return a[(x+1)&31] + x
}

var spin func(d, n int) int

func init() {
	spin = func(d, n int) int {
		var pad [8]int
		pad[d&7] = d
		if d == 0 {
			t := 0
			for i := 0; i < n; i++ {
				t += work(i)
			}
			return t
		}
		return spin(d-1, n) + pad[d&7]
	}
}

func exiter(depth int, ran *int32, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		mu.Lock()
		*ran++
		mu.Unlock()
	}()
	var rec func(n int)
	rec = func(n int) {
		var pad [10]int
		pad[n%10] = n
		if n == depth {
			runtime.Goexit()
		}
		rec(n + 1)
		println("unreachable", pad[0])
	}
	rec(0)
}

func main() {
	const workers = 32
	var wg sync.WaitGroup
	sums := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			s := 0
			for round := 0; round < 2; round++ {
				for depth := 0; depth <= 80; depth++ {
					s += down(0, depth, nil, w%8 == round && depth%20 == 10, (depth+w)%3 == 0, false)
					s += caught((depth + w) % 81)
					s += bigDeferred(depth) + bigDeferredClosure(depth)
				}
			}
			sums[w] = s
		}(w)
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println("total", total, "first", sums[0], "last", sums[workers-1])

	var ran int32
	for round := 0; round < 4; round++ {
		var ewg sync.WaitGroup
		for i := 0; i < 50; i++ {
			ewg.Add(1)
			go exiter((i*7+round)%90, &ran, &ewg)
		}
		ewg.Wait()
	}
	fmt.Println("goexit deferred calls run:", ran)

	locked := make(chan int)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		s := 0
		for depth := 0; depth <= 80; depth++ {
			s += down(0, depth, nil, depth%40 == 0, depth%2 == 0, false) + caught(depth)
		}
		locked <- s
	}()
	fmt.Println("locked", <-locked)

	// Spinners at every depth around the boundary (work is called across
	// it on each iteration at some of them) while main collects.
	const spinners = 24
	res := make(chan int, spinners)
	for d := 0; d < spinners; d++ {
		go func(d int) { res <- spin(d, 300000) }(d)
	}
	for i := 0; i < 20; i++ {
		runtime.GC()
	}
	spun := 0
	for d := 0; d < spinners; d++ {
		spun += <-res
	}
	fmt.Println("spun", spun)

	var b strings.Builder
	fmt.Fprintf(&b, "bad args %d, bad frame counts %d, bad nodes %d", badArgs, badFrames, badNodes)
	fmt.Println(b.String())
}
