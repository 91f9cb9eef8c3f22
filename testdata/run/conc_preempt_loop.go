package main

// A goroutine that loops without calls or allocation must not keep the
// other goroutines (here, main) from running: the scheduler preempts it.

var stop bool
var spins int

func spin() {
	for !stop {
		spins++
	}
}

func main() {
	for i := 0; i < 4; i++ {
		go spin()
	}
	c := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 1000; i++ {
			s += i
		}
		c <- s
	}()
	println(<-c)
	stop = true
	println("done")
}
