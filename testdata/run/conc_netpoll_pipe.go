// Pipes on the network poller: goroutines blocked reading or writing a
// pipe park ("IO wait") instead of holding a thread, deadlines expire with
// os.ErrDeadlineExceeded, and closing a pipe wakes its blocked reader.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// pingpong: two goroutines bounce a counter over a pair of pipes.
func pingpong() {
	r1, w1, err := os.Pipe()
	must(err)
	r2, w2, err := os.Pipe()
	must(err)
	done := make(chan int)
	go func() {
		buf := make([]byte, 1)
		n := 0
		for {
			if _, err := r1.Read(buf); err == io.EOF {
				done <- n
				return
			} else {
				must(err)
			}
			n++
			buf[0]++
			_, err := w2.Write(buf)
			must(err)
		}
	}()
	buf := []byte{0}
	for i := 0; i < 100; i++ {
		_, err := w1.Write(buf)
		must(err)
		_, err = r2.Read(buf)
		must(err)
		buf[0]++
	}
	must(w1.Close())
	fmt.Println("pingpong: value", buf[0], "echoes", <-done)
	r1.Close()
	r2.Close()
	w2.Close()
}

// fanin: many writers, one reader, with more data than a pipe buffers
// (64 KiB), so writers block too.
func fanin() {
	r, w, err := os.Pipe()
	must(err)
	const writers, chunk, chunks = 8, 4096, 8
	var wg sync.WaitGroup
	for i := 0; i < writers; i++ {
		wg.Add(1)
		go func(b byte) {
			defer wg.Done()
			data := make([]byte, chunk)
			for j := range data {
				data[j] = b
			}
			for k := 0; k < chunks; k++ {
				_, err := w.Write(data)
				must(err)
			}
		}(byte('a' + i))
	}
	go func() {
		wg.Wait()
		w.Close()
	}()
	counts := map[byte]int{}
	data, err := io.ReadAll(r)
	must(err)
	for _, b := range data {
		counts[b]++
	}
	fmt.Println("fanin: total", len(data))
	for i := 0; i < writers; i++ {
		b := byte('a' + i)
		fmt.Printf("  %c %d\n", b, counts[b])
	}
	r.Close()
}

// deadlines: a read deadline expires; an extended one lets data through;
// a write deadline expires on a full pipe.
func deadlines() {
	r, w, err := os.Pipe()
	must(err)
	buf := make([]byte, 8)

	start := time.Now()
	must(r.SetReadDeadline(start.Add(30 * time.Millisecond)))
	_, err = r.Read(buf)
	fmt.Println("read deadline:", err, errors.Is(err, os.ErrDeadlineExceeded), time.Since(start) >= 30*time.Millisecond)

	// Expired stays expired until reset.
	_, err = r.Read(buf)
	fmt.Println("still expired:", errors.Is(err, os.ErrDeadlineExceeded))

	// A deadline already past fails at once.
	must(r.SetReadDeadline(time.Now().Add(-time.Second)))
	_, err = r.Read(buf)
	fmt.Println("past deadline:", errors.Is(err, os.ErrDeadlineExceeded))

	// Extend the deadline while blocked: the data, sent later, arrives.
	must(r.SetReadDeadline(time.Now().Add(100 * time.Millisecond)))
	go func() {
		time.Sleep(5 * time.Millisecond)
		r.SetReadDeadline(time.Now().Add(10 * time.Second))
		time.Sleep(150 * time.Millisecond)
		w.Write([]byte("late"))
	}()
	n, err := r.Read(buf)
	fmt.Println("extended:", string(buf[:n]), err)

	// No deadline.
	must(r.SetReadDeadline(time.Time{}))
	go w.Write([]byte("now"))
	n, err = r.Read(buf)
	fmt.Println("cleared:", string(buf[:n]), err)

	// Fill the pipe, then a write blocks until its deadline.
	must(w.SetWriteDeadline(time.Now().Add(30 * time.Millisecond)))
	big := make([]byte, 1<<20)
	n, err = w.Write(big)
	fmt.Println("write deadline:", n > 0 && n < len(big), errors.Is(err, os.ErrDeadlineExceeded))
	r.Close()
	w.Close()
}

// closing: Close wakes a goroutine blocked reading, with os.ErrClosed;
// closing the write end gives the reader EOF.
func closing() {
	r, w, err := os.Pipe()
	must(err)
	errc := make(chan error)
	go func() {
		_, err := r.Read(make([]byte, 1))
		errc <- err
	}()
	time.Sleep(20 * time.Millisecond)
	must(r.Close())
	err = <-errc
	fmt.Println("close while reading:", err, errors.Is(err, os.ErrClosed))
	_, err = r.Read(make([]byte, 1))
	fmt.Println("read after close:", err)
	w.Close()

	r, w, err = os.Pipe()
	must(err)
	go func() {
		time.Sleep(10 * time.Millisecond)
		w.Close()
	}()
	_, err = r.Read(make([]byte, 1))
	fmt.Println("writer closed:", err)
	r.Close()

	r, w, err = os.Pipe()
	must(err)
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println("reader closed:", err)
	w.Close()
}

func main() {
	pingpong()
	fanin()
	deadlines()
	closing()
	fmt.Println("stdin", os.Stdin.Fd(), "stdout", os.Stdout.Fd(), "stderr", os.Stderr.Fd())
}
