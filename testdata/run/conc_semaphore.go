// Golden test: a buffered channel of capacity 3 used as a counting
// semaphore bounds how many of 50 goroutines are inside the critical
// region at once; the count of those inside is kept behind a channel mutex.
package main

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	mu := make(chan bool, 1)
	inside, maxInside := 0, 0
	done := make(chan int)
	for i := 0; i < 50; i++ {
		go func(i int) {
			sem <- struct{}{}
			mu <- true
			inside++
			if inside > maxInside {
				maxInside = inside
			}
			<-mu
			// some work
			x := 0
			for k := 0; k < 1000*(i%7); k++ {
				x += k
			}
			mu <- true
			inside--
			<-mu
			<-sem
			done <- i + x - x
		}(i)
	}
	sum := 0
	for i := 0; i < 50; i++ {
		sum += <-done
	}
	println("sum", sum)
	println("max inside <= limit:", maxInside <= limit, "at least 1:", maxInside >= 1)
	println("inside at end", inside, "sem len", len(sem), "cap", cap(sem))
}
