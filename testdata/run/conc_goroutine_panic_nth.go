// Golden test: goroutine numbers are handed out in creation order: the
// 20th goroutine that main starts panics. gc numbers its first user
// goroutine 5 (2-4 are its own background goroutines); the golden output
// comes from gc with GOMAXPROCS=1, where the numbering is deterministic
// (with several Ps, gc's per-P batches of 16 ids make it vary).
package main

func main() {
	start := make(chan bool)
	boom := make(chan bool)
	done := make(chan int)
	for i := 1; i <= 20; i++ {
		go func(i int) {
			if i == 20 {
				<-boom
				panic("goroutine 20 of main")
			}
			<-start
			done <- i
		}(i)
	}
	for i := 1; i < 20; i++ {
		start <- true
	}
	sum := 0
	for i := 1; i < 20; i++ {
		sum += <-done
	}
	println("sum", sum)
	boom <- true
	select {}
}
