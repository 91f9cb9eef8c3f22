// Timers under load (runtime/time.c): 10,000 goroutines each sleeping a
// random short time, timers started, stopped and reset from many
// goroutines at once (one timer touched by several), AfterFunc storms and
// tickers, while the garbage collector runs.
package main

import (
	"runtime"
	"sync"
	"time"
)

var seed uint32 = 20221128

func rnd(n uint32) uint32 {
	seed = seed*1664525 + 1013904223
	return (seed >> 8) % n
}

func sleepers() {
	const n = 10000
	var wg sync.WaitGroup
	var mu sync.Mutex
	short := 0
	for i := 0; i < n; i++ {
		d := time.Duration(rnd(5000)) * time.Microsecond
		wg.Add(1)
		go func(d time.Duration) {
			defer wg.Done()
			start := time.Now()
			time.Sleep(d)
			if time.Since(start) < d {
				mu.Lock()
				short++
				mu.Unlock()
			}
		}(d)
	}
	wg.Wait()
	println("10000 sleepers woke; too early:", short)
}

// Several goroutines stop and reset the same timers.
func sharedTimers() {
	const ntimers = 16
	ts := make([]*time.Timer, ntimers)
	for i := range ts {
		ts[i] = time.NewTimer(time.Hour)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 2000; k++ {
				t := ts[(g*7+k)%ntimers]
				switch k % 3 {
				case 0:
					t.Stop()
				case 1:
					t.Reset(time.Hour + time.Duration(k))
				case 2:
					t.Reset(time.Duration(k%50) * time.Hour)
				}
			}
		}(g)
	}
	wg.Wait()
	stopped := 0
	for _, t := range ts {
		t.Stop()
		select {
		case <-t.C:
		default:
		}
		t.Reset(time.Millisecond)
	}
	for _, t := range ts {
		<-t.C
		stopped++
	}
	println("shared timers fired after reset:", stopped)
}

func afterFuncs() {
	const n = 2000
	var wg sync.WaitGroup
	var mu sync.Mutex
	ran, stoppedOK := 0, 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		d := time.Duration(rnd(3000)) * time.Microsecond
		f := time.AfterFunc(d, func() {
			mu.Lock()
			ran++
			mu.Unlock()
			wg.Done()
		})
		if i%4 == 0 && f.Stop() {
			stoppedOK++
			wg.Done()
		}
	}
	wg.Wait()
	println("AfterFunc: ran + stopped =", ran+stoppedOK)
}

func tickersAndGC() {
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			tk := time.NewTicker(time.Duration(1+g%3) * time.Millisecond)
			defer tk.Stop()
			for i := 0; i < 10; i++ {
				<-tk.C
				_ = make([]byte, 4096) // garbage: collections run while timers are pending
			}
		}(g)
	}
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	println("20 tickers ticked 10 times each")
}

func main() {
	start := time.Now()
	sleepers()
	sharedTimers()
	afterFuncs()
	tickersAndGC()
	println("within 5s:", time.Since(start) < 5*time.Second)
}
