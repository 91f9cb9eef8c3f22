// Golden test: select picks uniformly among ready cases; over 1000 tries
// every ready case is chosen at least 100 times (gc's pseudo-random order).
package main

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	d := make(chan int, 1)
	var counts [4]int
	for i := 0; i < 1000; i++ {
		a <- 0
		b <- 1
		c <- 2
		d <- 3
		select {
		case v := <-a:
			counts[v]++
		case v := <-b:
			counts[v]++
		case v := <-c:
			counts[v]++
		case v := <-d:
			counts[v]++
		}
		// drain the rest
		for len(a)+len(b)+len(c)+len(d) > 0 {
			select {
			case <-a:
			case <-b:
			case <-c:
			case <-d:
			}
		}
	}
	total := 0
	for i, n := range counts {
		println("case", i, "chosen >= 100:", n >= 100)
		total += n
	}
	println("total", total)
	// Send cases too: all four buffers empty, all sends ready.
	var sends [4]int
	for i := 0; i < 1000; i++ {
		select {
		case a <- 1:
		case b <- 1:
		case c <- 1:
		case d <- 1:
		}
		sends[0] += len(a)
		sends[1] += len(b)
		sends[2] += len(c)
		sends[3] += len(d)
		select {
		case <-a:
		case <-b:
		case <-c:
		case <-d:
		}
	}
	for i, n := range sends {
		println("send", i, "chosen >= 100:", n >= 100)
	}
	println("total", sends[0]+sends[1]+sends[2]+sends[3])
	// Closed channels are always ready: both are picked.
	x := make(chan bool)
	y := make(chan bool)
	close(x)
	close(y)
	nx, ny := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-x:
			nx++
		case <-y:
			ny++
		}
	}
	println("closed:", nx >= 100, ny >= 100, nx+ny)
}
