// Golden test: the concurrent prime sieve from the Go tour/spec: one
// goroutine per prime filters the stream; prints the first 100 primes.
package main

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	for i := 0; i < 100; i++ {
		prime := <-ch
		print(prime)
		if i%10 == 9 {
			println()
		} else {
			print(" ")
		}
		sum += prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	println("sum", sum)
}
