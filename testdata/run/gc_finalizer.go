package main

import "runtime"

type T struct {
	n    int
	next *T
}

type namer interface{ name() int }

func (t *T) name() int { return t.n }

var done = make(chan int, 100)

func alloc(k int) {
	for i := 0; i < 5; i++ {
		t := &T{n: k*10 + i, next: &T{n: 1000}}
		switch i % 3 {
		case 0:
			runtime.SetFinalizer(t, func(t *T) { done <- t.n + t.next.n })
		case 1:
			runtime.SetFinalizer(t, func(x any) { done <- x.(*T).n + x.(*T).next.n })
		case 2:
			runtime.SetFinalizer(t, func(x namer) { done <- x.name() + 1000 })
		}
	}
	keep := &T{n: 99}
	runtime.SetFinalizer(keep, func(t *T) { done <- -1 })
	runtime.SetFinalizer(keep, nil)
}

func main() {
	ch := make(chan bool)
	go func() { alloc(1); ch <- true }()
	<-ch
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-done
	}
	println("finalized", sum)
	var x int
	runtime.SetFinalizer(&gl, func(*int) {})
	_ = x
	defer func() { println("recovered?", recover() != nil) }()
	runtime.SetFinalizer(gl2, func(*T) {})
}

var gl int
var gl2 *T
