// stdsmoke: sync/atomic
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u uint32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&n, 2)
				atomic.AddUint32(&u, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadUint32(&u))
	fmt.Println(atomic.CompareAndSwapInt64(&n, 40000, 1), atomic.CompareAndSwapInt64(&n, 40000, 2), n)
	fmt.Println(atomic.SwapUint32(&u, 7), u)
	var v atomic.Value
	v.Store([]string{"x"})
	fmt.Println(v.Load().([]string))
	var i32 atomic.Int32
	i32.Store(5)
	i32.Add(-2)
	var b atomic.Bool
	b.Store(true)
	fmt.Println(i32.Load(), b.Load())
}
