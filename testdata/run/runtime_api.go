package main

import "runtime"

type node struct {
	next *node
	buf  [64]byte
}

var sink *node

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = &node{next: sink}
		if i%100 == 0 {
			sink = nil
		}
	}
}

func main() {
	println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, runtime.NumCPU() > 0)
	var m runtime.MemStats
	churn(100000)
	runtime.GC()
	runtime.ReadMemStats(&m)
	println(m.NumGC > 0, m.NumForcedGC, m.HeapObjects < 10000, m.Mallocs >= 100000, m.Frees > 90000, m.HeapAlloc < 1<<20, m.EnableGC)
	println(runtime.NumGoroutine())
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { <-done }()
	}
	println(runtime.NumGoroutine())
	close(done)
	runtime.Gosched()
	old := runtime.GOMAXPROCS(1)
	println(old > 0, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(3)
	println(runtime.GOMAXPROCS(0))
	churn(100000)
	runtime.GC()
	runtime.KeepAlive(sink)
	var e error
	func() {
		defer func() { e = recover().(runtime.Error) }()
		var a []int
		_ = a[5]
	}()
	println(e.Error())
}
