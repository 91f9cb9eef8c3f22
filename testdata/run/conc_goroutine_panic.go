// Golden test: an unrecovered panic in a goroutine other than main kills
// the program, naming that goroutine. The panicking goroutine is the first
// one main starts, before main blocks. gc numbers it 5 (2-4 are its own
// background goroutines) when GOMAXPROCS=1, which is how the golden output
// was made; with several Ps gc says 5 or 17 (per-P batches of 16 ids).
package main

func main() {
	ch := make(chan int)
	go func() {
		v := <-ch
		println("goroutine got", v)
		panic("boom in goroutine")
	}()
	ch <- 5
	select {}
}
