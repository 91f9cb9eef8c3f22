// Golden test: select with a default case never blocks: it takes the
// default when no case is ready and a ready case otherwise.
package main

func try(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return -1, false
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	ch := make(chan int, 2)
	println(try(ch))
	println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	println(len(ch))
	println(try(ch))
	println(try(ch))
	println(try(ch))
	// Unbuffered with nobody waiting: default both ways.
	u := make(chan int)
	println(trySend(u, 5))
	println(try(u))
	// A closed channel is always ready to receive.
	close(ch)
	println(try(ch))
	// Empty select with only default.
	n := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			n++
		}
	}
	println("n", n)
	// Wait for a blocked sender with a receive select (no default).
	s := make(chan string)
	go func() { s <- "late" }()
	select {
	case m := <-s:
		println(m)
	}
}
