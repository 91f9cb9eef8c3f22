// Golden test: 10,000 goroutines each send one value on a shared channel;
// main sums them and checks that every value arrived exactly once.
package main

func main() {
	const n = 10000
	ch := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			ch <- i
		}(i)
	}
	var seen [n]bool
	sum, dups := 0, 0
	for i := 0; i < n; i++ {
		v := <-ch
		if seen[v] {
			dups++
		}
		seen[v] = true
		sum += v
	}
	println("sum", sum, "want", n*(n-1)/2, "dups", dups)
	// Again through a buffered channel, with goroutines that start
	// goroutines.
	bc := make(chan int, 100)
	for i := 0; i < 100; i++ {
		go func(i int) {
			for j := 0; j < 100; j++ {
				go func(v int) { bc <- v }(i*100 + j)
			}
		}(i)
	}
	sum = 0
	for i := 0; i < n; i++ {
		sum += <-bc
	}
	println("sum", sum, "len", len(bc))
}
