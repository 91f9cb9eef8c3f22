// errorcheck

// Channel direction: send, receive, close and range.

package main

func main() {
	var ro <-chan int
	var so chan<- int
	var x int
	ro <- 1 // ERROR "invalid operation: cannot send to receive\-only channel ro \(variable of type <\-chan int\)"
	_ = <-so // ERROR "invalid operation: cannot receive from send\-only channel so \(variable of type chan<\- int\)"
	x <- 1 // ERROR "invalid operation: cannot send to non\-channel x \(variable of type int\)"
	_ = <-x // ERROR "invalid operation: cannot receive from non\-channel x \(variable of type int\)"
	close(ro) // ERROR "invalid operation: cannot close receive\-only channel ro \(variable of type <\-chan int\)"
	for range so { // ERROR "cannot range over so \(variable of type chan<\- int\) \(receive from send\-only channel\)"
	}
	var c chan int
	c <- "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in send"
	for a, b := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
}
