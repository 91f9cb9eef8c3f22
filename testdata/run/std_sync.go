// Golden test: package sync and sync/atomic compiled from Go's source over
// goc's runtime (semaphores, sync.Cond's notify list, pinning, pool
// cleanup at GC): Mutex, RWMutex, WaitGroup, Once, Cond, Pool, Map,
// atomic.Value and the atomic functions and types, from many goroutines.
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

const workers = 16

func mutexCounter() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	hist := map[int]int{}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				mu.Lock()
				counter++
				hist[i%7]++
				mu.Unlock()
				if i%100 == 0 {
					runtime.Gosched()
				}
			}
		}(w)
	}
	wg.Wait()
	println("mutex:", counter, hist[0], hist[6])
	if !mu.TryLock() {
		println("TryLock failed on an unlocked mutex")
	}
	if mu.TryLock() {
		println("TryLock succeeded on a locked mutex")
	}
	mu.Unlock()
}

func rwmutex() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	data := make([]int, 10)
	var reads int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				if (i+w)%5 == 0 {
					rw.Lock()
					for k := range data {
						data[k]++
					}
					rw.Unlock()
				} else {
					rw.RLock()
					first := data[0]
					for k := range data {
						if data[k] != first {
							println("torn read")
						}
					}
					rw.RUnlock()
					atomic.AddInt64(&reads, 1)
				}
			}
		}(w)
	}
	wg.Wait()
	println("rwmutex:", data[0], data[9], atomic.LoadInt64(&reads))
	l := rw.RLocker()
	l.Lock()
	l.Unlock()
}

func once() {
	var o sync.Once
	var wg sync.WaitGroup
	var calls int32
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.Do(func() { atomic.AddInt32(&calls, 1) })
		}()
	}
	wg.Wait()
	println("once:", atomic.LoadInt32(&calls))
}

// A bounded queue with two condition variables.
type queue struct {
	mu                sync.Mutex
	notEmpty, notFull *sync.Cond
	items             []int
}

func cond() {
	q := &queue{}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	const producers, per = 4, 250
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				q.mu.Lock()
				for len(q.items) == 3 {
					q.notFull.Wait()
				}
				q.items = append(q.items, p*per+i)
				q.notEmpty.Signal()
				q.mu.Unlock()
			}
		}(p)
	}
	sum, n := 0, 0
	done := make(chan bool)
	go func() {
		for n < producers*per {
			q.mu.Lock()
			for len(q.items) == 0 {
				q.notEmpty.Wait()
			}
			sum += q.items[0]
			q.items = q.items[1:]
			n++
			q.notFull.Broadcast()
			q.mu.Unlock()
		}
		done <- true
	}()
	wg.Wait()
	<-done
	println("cond:", n, sum)

	// Broadcast wakes every waiter.
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := 0
	var woke int32
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			ready++
			c.Wait()
			mu.Unlock()
			atomic.AddInt32(&woke, 1)
		}()
	}
	for {
		mu.Lock()
		r := ready
		mu.Unlock()
		if r == 10 {
			break
		}
		runtime.Gosched()
	}
	mu.Lock()
	c.Broadcast()
	mu.Unlock()
	wg2.Wait()
	println("broadcast:", atomic.LoadInt32(&woke))
}

type buf struct{ b [64]byte }

func pool() {
	var made int32
	p := sync.Pool{New: func() any {
		atomic.AddInt32(&made, 1)
		return new(buf)
	}}
	b := p.Get().(*buf)
	b.b[0] = 42
	p.Put(b)
	b2 := p.Get().(*buf)
	println("pool: same object", b2 == b, b2.b[0])
	p.Put(b2)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				x := p.Get().(*buf)
				x.b[1]++
				p.Put(x)
			}
		}()
	}
	wg.Wait()
	// Two collections empty the pool (primary, then victim cache).
	runtime.GC()
	runtime.GC()
	before := atomic.LoadInt32(&made)
	p.Get()
	println("pool: new after GC", atomic.LoadInt32(&made) == before+1)
	var empty sync.Pool
	println("pool: empty", empty.Get() == nil)
}

func smap() {
	var m sync.Map
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Store(w*100+i, i)
				m.LoadOrStore(i, -1)
			}
		}(w)
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return true
	})
	v, ok := m.Load(1505)
	println("map:", n, v.(int), ok)
	m.Delete(1505)
	_, ok = m.Load(1505)
	v, loaded := m.LoadAndDelete(7)
	println("map:", ok, v.(int), loaded)
	a, loaded := m.LoadOrStore("x", "y")
	println("map:", a.(string), loaded)
}

type config struct {
	name string
	gen  int
}

func value() {
	var v atomic.Value
	println("value: nil", v.Load() == nil)
	v.Store(config{"a", 0})
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 1; i <= 100; i++ {
				if w == 0 {
					v.Store(config{"gen", i})
				} else if c := v.Load().(config); c.gen < 0 || c.gen > 100 {
					println("bad config")
				}
			}
		}(w)
	}
	wg.Wait()
	c := v.Load().(config)
	println("value:", c.name, c.gen)
	old := v.Swap(config{"swapped", -1}).(config)
	println("value: swap", old.gen, v.Load().(config).name)
	println("value: cas", v.CompareAndSwap(config{"swapped", -1}, config{"cas", 1}), v.Load().(config).name)
	defer func() {
		println("value: recovered:", recover().(string))
	}()
	v.Store(42)
}

func atomics() {
	var i32 int32
	var u32 uint32
	var i64 int64
	var u64 uint64
	var up uintptr
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt32(&i32, -1)
				atomic.AddUint32(&u32, 3)
				atomic.AddInt64(&i64, 1<<33)
				atomic.AddUint64(&u64, ^uint64(0)) // -1
				atomic.AddUintptr(&up, 1)
				for {
					old := atomic.LoadInt32(&i32)
					if atomic.CompareAndSwapInt32(&i32, old, old+2) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	println("atomic:", i32, u32, i64, u64, up)
	println("swap:", atomic.SwapInt32(&i32, 7), atomic.SwapUint64(&u64, 1), atomic.SwapUintptr(&up, 2), i32, u64, up)
	println("cas:", atomic.CompareAndSwapUint32(&u32, 1, 2), atomic.CompareAndSwapInt64(&i64, i64, -5), i64)
	atomic.StoreUint32(&u32, 0xdeadbeef)
	atomic.StoreInt64(&i64, -1<<62)
	println("store:", atomic.LoadUint32(&u32), atomic.LoadInt64(&i64))

	// pointers: the stored objects must survive collections
	type node struct {
		v    int
		next *node
	}
	var head unsafe.Pointer
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				n := &node{v: w*1000 + i}
				for {
					old := atomic.LoadPointer(&head)
					n.next = (*node)(old)
					if atomic.CompareAndSwapPointer(&head, old, unsafe.Pointer(n)) {
						break
					}
				}
				if i%50 == 0 {
					runtime.GC()
				}
			}
		}(w)
	}
	wg.Wait()
	runtime.GC()
	count, sum := 0, 0
	for n := (*node)(atomic.LoadPointer(&head)); n != nil; n = n.next {
		count++
		sum += n.v
	}
	println("pointers:", count, sum)
	old := atomic.SwapPointer(&head, nil)
	println("swapped:", (*node)(old) != nil, atomic.LoadPointer(&head) == nil)
	atomic.StorePointer(&head, old)
	println("stored:", (*node)(atomic.LoadPointer(&head)).next != nil)
}

func types() {
	var b atomic.Bool
	b.Store(true)
	println("Bool:", b.Load(), b.Swap(false), b.CompareAndSwap(false, true), b.Load())
	var i atomic.Int32
	var u atomic.Uint64
	var p atomic.Uintptr
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 500; k++ {
				i.Add(2)
				u.Add(1)
				p.Add(3)
			}
		}()
	}
	wg.Wait()
	println("Int32:", i.Load(), i.Swap(1), i.CompareAndSwap(1, 9), i.Load())
	println("Uint64:", u.Load(), "Uintptr:", p.Load())
	var i64 atomic.Int64
	var u32 atomic.Uint32
	i64.Store(-3)
	u32.Store(3)
	println("Int64:", i64.Add(-1), "Uint32:", u32.Add(^uint32(0)))
}

func main() {
	mutexCounter()
	rwmutex()
	once()
	cond()
	pool()
	smap()
	value()
	atomics()
	types()
	// WaitGroup misuse panics with sync's message.
	defer func() { println("recovered:", recover().(string)) }()
	var wg sync.WaitGroup
	wg.Add(-1)
}
