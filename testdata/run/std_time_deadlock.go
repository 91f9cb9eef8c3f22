// A goroutine that sleeps is not deadlocked (a timer is pending); once the
// timers have fired and every goroutine is blocked for good, it is gc's
// deadlock error.
package main

import "time"

func main() {
	time.Sleep(20 * time.Millisecond)
	println("slept")
	done := make(chan bool)
	time.AfterFunc(20*time.Millisecond, func() { println("AfterFunc ran") })
	t := time.NewTimer(time.Hour)
	t.Stop()
	<-done
}
