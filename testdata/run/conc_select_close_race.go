// Golden test (a stress test for select and close): 64 workers select on a
// work channel and a quit channel that is closed while they are blocked;
// then 32 goroutines select-send and select-receive on a buffered channel
// that main closes under them, so each one's send eventually panics and is
// recovered. 50 rounds of each; only totals are printed.
package main

func main() {
	for round := 0; round < 50; round++ {
		work := make(chan int)
		results := make(chan int, 8)
		quit := make(chan struct{})
		exited := make(chan int)
		for w := 0; w < 64; w++ {
			go func() {
				n := 0
				for {
					select {
					case v := <-work:
						select {
						case results <- v:
						case <-quit:
							exited <- n
							return
						}
						n++
					case <-quit:
						exited <- n
						return
					}
				}
			}()
		}
		sum := 0
		go func() {
			for i := 1; i <= 1000; i++ {
				work <- i
			}
		}()
		for i := 0; i < 1000; i++ {
			sum += <-results
		}
		close(quit)
		total := 0
		for w := 0; w < 64; w++ {
			total += <-exited
		}
		if sum != 500500 || total != 1000 {
			println("round", round, "bad", sum, total)
		}
	}
	// Senders racing with close on a buffered channel; every send either
	// succeeds or panics; successes + panics == attempts.
	for round := 0; round < 50; round++ {
		ch := make(chan int, 16)
		res := make(chan bool)
		for g := 0; g < 32; g++ {
			go func() {
				defer func() { res <- recover() == nil }()
				for {
					select {
					case ch <- 1:
					case <-ch:
					}
				}
			}()
		}
		for i := 0; i < 100; i++ {
			select {
			case <-ch:
			case ch <- 2:
			}
		}
		close(ch)
		panics := 0
		for g := 0; g < 32; g++ {
			if !<-res {
				panics++
			}
		}
		if panics != 32 {
			println("round", round, "panics", panics)
		}
	}
	println("50 rounds of each: ok")
}
