package main

// At GOMAXPROCS=1, a goroutine looping without calls must not keep a
// sleeping goroutine from waking on time: the scheduler preempts the loop
// (gc: sysmon, every 10 ms) and runs the due timer.  "On time" here is a
// generous 200 ms, far above gc's ~10-20 ms, so the test checks behaviour,
// not speed.

import (
	"fmt"
	"runtime"
	"time"
)

var stop bool
var spins uint64

func spin() {
	for !stop {
		spins++
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin()
	runtime.Gosched() // let the spinner start
	late := 0
	for i := 0; i < 10; i++ {
		t0 := time.Now()
		time.Sleep(20 * time.Millisecond)
		if d := time.Since(t0); d > 200*time.Millisecond {
			late++
			fmt.Println("woke late:", d)
		}
	}
	stop = true
	fmt.Println("sleeps that woke late:", late)
	t := time.NewTimer(30 * time.Millisecond)
	t0 := time.Now()
	<-t.C
	fmt.Println("timer fired on time:", time.Since(t0) < 200*time.Millisecond)
}
