// Package net over the network poller: a TCP echo server on the loopback
// with concurrent clients, a large transfer in both directions at once,
// deadlines, closing a listener or a connection with a goroutine blocked
// on it, UDP and Unix sockets.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// serve accepts connections until ln is closed, handling each with h;
// the returned channel gets Accept's final error.
func serve(ln net.Listener, h func(net.Conn)) chan error {
	done := make(chan error, 1)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				done <- err
				return
			}
			go h(c)
		}
	}()
	return done
}

func upper(c net.Conn) {
	defer c.Close()
	s := bufio.NewScanner(c)
	for s.Scan() {
		if _, err := fmt.Fprintf(c, "%s\n", strings.ToUpper(s.Text())); err != nil {
			return
		}
	}
}

func echoClients(addr string) {
	const clients, lines = 10, 20
	results := make([]string, clients)
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", addr)
			must(err)
			defer c.Close()
			r := bufio.NewReader(c)
			ok := 0
			for j := 0; j < lines; j++ {
				msg := fmt.Sprintf("client %d line %d", i, j)
				_, err := fmt.Fprintf(c, "%s\n", msg)
				must(err)
				got, err := r.ReadString('\n')
				must(err)
				if got == strings.ToUpper(msg)+"\n" {
					ok++
				}
			}
			results[i] = fmt.Sprintf("client %d: %d/%d echoed", i, ok, lines)
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}

// bulk: the client writes 4 MiB while reading the echo back, so both
// sides block on full socket buffers along the way.
func bulk(addr string) {
	c, err := net.Dial("tcp", addr)
	must(err)
	data := make([]byte, 4<<20)
	for i := range data {
		data[i] = byte(i * 7 / 3)
	}
	go func() {
		_, err := c.Write(data)
		must(err)
		must(c.(*net.TCPConn).CloseWrite())
	}()
	back, err := io.ReadAll(c)
	must(err)
	fmt.Println("bulk:", len(back), crc32.ChecksumIEEE(back) == crc32.ChecksumIEEE(data))
	c.Close()
}

func deadlines(addr string) {
	c, err := net.Dial("tcp", addr)
	must(err)
	defer c.Close()
	must(c.SetReadDeadline(time.Now().Add(30 * time.Millisecond)))
	_, err = c.Read(make([]byte, 1))
	var ne net.Error
	fmt.Println("read deadline: timeout", errors.As(err, &ne) && ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded))

	// Clearing the deadline: the echo of a line written later arrives.
	must(c.SetReadDeadline(time.Time{}))
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Fprintf(c, "later\n")
	}()
	line, err := bufio.NewReader(c).ReadString('\n')
	fmt.Printf("after clearing: %q %v\n", line, err)
}

func closing() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(err)
	done := serve(ln, func(c net.Conn) {
		// Hold the connection open until the client closes it.
		io.Copy(io.Discard, c)
		c.Close()
	})
	c, err := net.Dial("tcp", ln.Addr().String())
	must(err)
	errc := make(chan error)
	go func() {
		_, err := c.Read(make([]byte, 1))
		errc <- err
	}()
	time.Sleep(20 * time.Millisecond)
	must(c.Close())
	err = <-errc
	fmt.Println("close while reading:", errors.Is(err, net.ErrClosed))

	// Accept is blocked in serve's goroutine now.
	time.Sleep(20 * time.Millisecond)
	must(ln.Close())
	err = <-done
	fmt.Println("close while accepting:", errors.Is(err, net.ErrClosed))

	// The server side closes: the client reads EOF.
	ln, err = net.Listen("tcp", "127.0.0.1:0")
	must(err)
	serve(ln, func(c net.Conn) { c.Close() })
	c, err = net.Dial("tcp", ln.Addr().String())
	must(err)
	_, err = c.Read(make([]byte, 1))
	fmt.Println("server closed:", err)
	c.Close()
	addr := ln.Addr().String()
	ln.Close()

	// Nobody listens any more.
	_, err = net.Dial("tcp", addr)
	fmt.Println("refused:", errors.Is(err, syscall.ECONNREFUSED))
}

func udp() {
	a, err := net.ListenPacket("udp", "127.0.0.1:0")
	must(err)
	b, err := net.ListenPacket("udp", "127.0.0.1:0")
	must(err)
	go func() {
		buf := make([]byte, 64)
		for i := 0; i < 3; i++ {
			n, from, err := b.ReadFrom(buf)
			must(err)
			_, err = b.WriteTo([]byte(strings.ToUpper(string(buf[:n]))), from)
			must(err)
		}
	}()
	buf := make([]byte, 64)
	for i := 0; i < 3; i++ {
		_, err := a.WriteTo([]byte(fmt.Sprintf("datagram %d", i)), b.LocalAddr())
		must(err)
		n, from, err := a.ReadFrom(buf)
		must(err)
		fmt.Println("udp:", string(buf[:n]), from.String() == b.LocalAddr().String())
	}
	must(a.SetReadDeadline(time.Now().Add(20 * time.Millisecond)))
	_, _, err = a.ReadFrom(buf)
	fmt.Println("udp deadline:", errors.Is(err, os.ErrDeadlineExceeded))
	a.Close()
	b.Close()
}

func unix() {
	dir, err := os.MkdirTemp("", "netpoll")
	must(err)
	defer os.RemoveAll(dir)
	ln, err := net.Listen("unix", filepath.Join(dir, "sock"))
	must(err)
	serve(ln, upper)
	c, err := net.Dial("unix", ln.Addr().String())
	must(err)
	fmt.Fprintf(c, "over a unix socket\n")
	line, err := bufio.NewReader(c).ReadString('\n')
	fmt.Printf("unix: %q %v\n", line, err)
	c.Close()
	ln.Close()
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(err)
	done := serve(ln, upper)
	echoClients(ln.Addr().String())
	ln2, err := net.Listen("tcp", "127.0.0.1:0")
	must(err)
	serve(ln2, func(c net.Conn) {
		io.Copy(c, c)
		c.Close()
	})
	bulk(ln2.Addr().String())
	deadlines(ln.Addr().String())
	closing()
	udp()
	unix()
	ln.Close()
	ln2.Close()
	fmt.Println("listener:", errors.Is(<-done, net.ErrClosed))
}
