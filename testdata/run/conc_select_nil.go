// Golden test: a nil channel is never ready, so its select case is
// disabled; setting a channel variable to nil turns a case off (the
// classic merge of two channels until both are closed).
package main

func producer(n, base int) chan int {
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			ch <- base + i
		}
		close(ch)
	}()
	return ch
}

func main() {
	a := producer(10, 100)
	b := producer(20, 200)
	suma, sumb, na, nb := 0, 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				println("a closed")
				continue
			}
			suma += v
			na++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumb += v
			nb++
		}
	}
	println("a:", na, suma, "b:", nb, sumb)
	// Only nil channels plus default: always the default.
	var nc chan int
	for i := 0; i < 3; i++ {
		select {
		case nc <- 1:
			println("sent on nil?")
		case <-nc:
			println("received from nil?")
		default:
			println("default", i)
		}
	}
	// A nil case next to a ready one: always the ready one.
	r := make(chan int, 1)
	hits := 0
	for i := 0; i < 100; i++ {
		r <- i
		select {
		case <-nc:
			println("nil chosen")
		case nc <- i:
			println("nil send chosen")
		case v := <-r:
			hits += v
		}
	}
	println("hits", hits)
	// A goroutine blocked forever on a nil channel does not stop main.
	go func() {
		<-nc
		println("never")
	}()
	println("end")
}
