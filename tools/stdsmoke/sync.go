// stdsmoke: sync
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				total += n
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	var rw sync.RWMutex
	m := map[int]int{}
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func(i int) { defer wg.Done(); rw.Lock(); m[i] = i * i; rw.Unlock() }(i)
		go func(i int) { defer wg.Done(); rw.RLock(); _ = m[i]; rw.RUnlock() }(i)
	}
	wg.Wait()
	fmt.Println(len(m), m[9])
	cond := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	fmt.Println(<-done)
	pool := sync.Pool{New: func() any { return new([64]byte) }}
	b := pool.Get().(*[64]byte)
	pool.Put(b)
	fmt.Println(len(b))
	var sm sync.Map
	sm.Store("a", 1)
	sm.Store("b", 2)
	v, ok := sm.Load("a")
	act, loaded := sm.LoadOrStore("a", 9)
	sm.Delete("b")
	n := 0
	sm.Range(func(k, v any) bool { n++; return true })
	fmt.Println(v, ok, act, loaded, n)
}
