// Golden test: receiving from a closed channel yields the zero value and
// ok == false, forever, after the buffered values are drained.
package main

type pair struct {
	a int
	b string
}

func main() {
	ch := make(chan int, 2)
	ch <- 7
	close(ch)
	v, ok := <-ch
	println(v, ok)
	v, ok = <-ch
	println(v, ok)
	v, ok = <-ch
	println(v, ok)
	println(<-ch)
	sc := make(chan string)
	go func() { sc <- "hello"; close(sc) }()
	s, ok := <-sc
	println(s, ok)
	s, ok = <-sc
	println(len(s), ok)
	pc := make(chan pair, 1)
	pc <- pair{3, "x"}
	close(pc)
	p, ok := <-pc
	println(p.a, p.b, ok)
	p, ok = <-pc
	println(p.a, p.b == "", ok)
	// Into existing variables, including a map element and a field.
	m := map[string]bool{}
	var q pair
	bc := make(chan bool, 1)
	bc <- true
	m["x"], ok = <-bc
	println(m["x"], ok)
	close(bc)
	m["y"], ok = <-bc
	println(m["y"], ok, len(m))
	ic := make(chan int)
	close(ic)
	q.a, ok = <-ic
	println(q.a, ok)
	// Receive that ignores the value.
	_, ok = <-ic
	println(ok)
	// Interface-typed channel.
	ec := make(chan interface{}, 1)
	ec <- 42
	close(ec)
	x, ok := <-ec
	println(x.(int), ok)
	x, ok = <-ec
	println(x == nil, ok)
	// Blocked receivers all wake up when the channel is closed.
	gate := make(chan int)
	res := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			_, ok := <-gate
			res <- ok
		}()
	}
	close(gate)
	n := 0
	for i := 0; i < 5; i++ {
		if !<-res {
			n++
		}
	}
	println("woken with ok=false:", n)
}
