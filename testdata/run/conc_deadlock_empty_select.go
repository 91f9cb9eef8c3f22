// Golden test: select {} blocks forever; alone, that is a deadlock.
package main

func main() {
	done := make(chan bool)
	go func() {
		println("goroutine ran")
		done <- true
	}()
	<-done
	select {}
}
