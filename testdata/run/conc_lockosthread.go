package main

import (
	"fmt"
	"runtime"
	"sync"
	"syscall"
)

var initTid int

func init() {
	// init runs on the main thread (its tid is the process id).
	initTid = syscall.Gettid()
}

// A locked goroutine stays on its thread through yields, channel
// operations and system calls, while other goroutines keep the Ps busy.
func locked(id int, ch chan int, wg *sync.WaitGroup, res []bool) {
	defer wg.Done()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tid := syscall.Gettid()
	same := true
	for i := 0; i < 200; i++ {
		runtime.Gosched()
		ch <- i
		<-ch
		syscall.Getpid()
		if syscall.Gettid() != tid {
			same = false
		}
	}
	res[id] = same
}

func busy(stop chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-stop:
			return
		default:
			runtime.Gosched()
		}
	}
}

func main() {
	fmt.Println("init on main thread:", initTid == syscall.Getpid())
	stop := make(chan struct{})
	var bw, wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		bw.Add(1)
		go busy(stop, &bw)
	}
	res := make([]bool, 3)
	for i := 0; i < 3; i++ {
		ch := make(chan int, 1)
		wg.Add(1)
		go locked(i, ch, &wg, res)
	}
	wg.Wait()
	close(stop)
	bw.Wait()
	fmt.Println("locked goroutines kept their threads:", res)

	// Nested locks: two locks need two unlocks.
	runtime.LockOSThread()
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	tid := syscall.Gettid()
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	runtime.Gosched()
	fmt.Println("still locked after one unlock:", syscall.Gettid() == tid)
	runtime.UnlockOSThread()
	runtime.UnlockOSThread() // an extra unlock does nothing

	// A locked goroutine that blocks forever is part of a deadlock.
	runtime.LockOSThread()
	c := make(chan int)
	fmt.Println("waiting")
	<-c
}
