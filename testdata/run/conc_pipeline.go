// Golden test: a pipeline of stages connected by channels: generate →
// square → filter odd → add 1 → sink. Order is preserved through a
// pipeline of single goroutines, so the sink can print every value.
package main

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 3)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if v%2 == 1 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func addOne(in <-chan int) <-chan int {
	out := make(chan int, 1)
	go func() {
		for {
			v, ok := <-in
			if !ok {
				break
			}
			out <- v + 1
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range addOne(filterOdd(square(gen(15)))) {
		print(v, " ")
	}
	println()
	// A long chain of 500 identity stages, each adding 1.
	first := make(chan int)
	var in <-chan int = first
	for i := 0; i < 500; i++ {
		in = addOne(in)
	}
	go func() {
		for i := 0; i < 10; i++ {
			first <- i * 1000
		}
		close(first)
	}()
	n := 0
	for v := range in {
		if n < 3 || v == 9500 {
			println(v)
		}
		n++
	}
	println("received", n)
}
