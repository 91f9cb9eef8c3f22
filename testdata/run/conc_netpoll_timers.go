// Timers and pipes on one P: the M with nothing to run waits in the network
// poller until the earliest timer, a timer added meanwhile wakes it, and
// I/O readiness is noticed even while a goroutine keeps the only P busy
// (sysmon polls the network).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync/atomic"
	"time"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// ticks: a ticker writes ten bytes into a pipe, one per tick; a reader
// goroutine forwards them to a channel.
func ticks() {
	r, w, err := os.Pipe()
	must(err)
	got := make(chan byte)
	go func() {
		buf := make([]byte, 1)
		for {
			_, err := r.Read(buf)
			if err == io.EOF {
				close(got)
				return
			}
			must(err)
			got <- buf[0]
		}
	}()
	go func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for i := byte(0); i < 10; i++ {
			<-t.C
			_, err := w.Write([]byte{i})
			must(err)
		}
		w.Close()
	}()
	var seq []byte
	for b := range got {
		seq = append(seq, b)
	}
	fmt.Println("ticks:", seq)
	r.Close()
}

// sleepers: goroutines sleep different times and then write their number
// into one pipe; the reader sees them in order of their sleeps.
func sleepers() {
	r, w, err := os.Pipe()
	must(err)
	for _, d := range []int{150, 30, 90, 60, 120} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			_, err := w.Write([]byte{byte(d)})
			must(err)
		}(d)
	}
	buf := make([]byte, 1)
	var order []int
	for i := 0; i < 5; i++ {
		_, err := r.Read(buf)
		must(err)
		order = append(order, int(buf[0]))
	}
	fmt.Println("sleepers:", order)
	r.Close()
	w.Close()
}

// busy: a goroutine that never blocks holds the only P while another waits
// for a pipe; data written by a timer function still reaches it.
func busy() {
	r, w, err := os.Pipe()
	must(err)
	var stop int32
	spun := make(chan int)
	go func() {
		n := 0
		for atomic.LoadInt32(&stop) == 0 {
			n++
		}
		spun <- n
	}()
	time.AfterFunc(20*time.Millisecond, func() { w.Write([]byte("wake")) })
	buf := make([]byte, 8)
	n, err := r.Read(buf)
	atomic.StoreInt32(&stop, 1)
	fmt.Println("busy:", string(buf[:n]), err, <-spun > 0)
	r.Close()
	w.Close()
}

// deadlineVsTimer: a read deadline and an AfterFunc race; the earlier one
// wins each time.
func deadlineVsTimer() {
	for _, c := range []struct{ deadline, write int }{{20, 200}, {200, 20}} {
		r, w, err := os.Pipe()
		must(err)
		must(r.SetReadDeadline(time.Now().Add(time.Duration(c.deadline) * time.Millisecond)))
		t := time.AfterFunc(time.Duration(c.write)*time.Millisecond, func() { w.Write([]byte("data")) })
		buf := make([]byte, 8)
		n, err := r.Read(buf)
		fmt.Printf("deadline %dms, write %dms: %q timeout=%v\n", c.deadline, c.write, buf[:n], errors.Is(err, os.ErrDeadlineExceeded))
		t.Stop()
		r.Close()
		w.Close()
	}
}

// selectTimeout: select between a pipe reader's channel and time.After.
func selectTimeout() {
	r, w, err := os.Pipe()
	must(err)
	data := make(chan string)
	go func() {
		buf := make([]byte, 16)
		for {
			n, err := r.Read(buf)
			if err != nil {
				close(data)
				return
			}
			data <- string(buf[:n])
		}
	}()
	select {
	case s := <-data:
		fmt.Println("select: unexpected", s)
	case <-time.After(15 * time.Millisecond):
		fmt.Println("select: timed out")
	}
	go func() {
		time.Sleep(5 * time.Millisecond)
		w.Write([]byte("hello"))
	}()
	select {
	case s := <-data:
		fmt.Println("select: got", s)
	case <-time.After(5 * time.Second):
		fmt.Println("select: timed out")
	}
	w.Close()
	_, ok := <-data
	fmt.Println("select: closed", !ok)
	r.Close()
}

func main() {
	runtime.GOMAXPROCS(1)
	ticks()
	sleepers()
	busy()
	deadlineVsTimer()
	selectTimeout()
}
