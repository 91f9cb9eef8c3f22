// Golden test: the channel panics (send on closed, close of nil, close of
// closed, in a select too) are runtime errors that recover catches; a
// blocked sender panics when its channel is closed.
package main

type runtimeError interface {
	error
	RuntimeError()
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(runtimeError); ok {
			println(name+":", e.Error())
		} else if r != nil {
			println(name+": non-runtime-error panic")
		} else {
			println(name+": no panic")
		}
	}()
	f()
}

func main() {
	closed := make(chan int, 1)
	close(closed)
	var nilc chan int
	try("send on closed", func() { closed <- 1 })
	try("close nil", func() { close(nilc) })
	try("close closed", func() { close(closed) })
	try("select send on closed", func() {
		select {
		case closed <- 1:
		case <-nilc:
		}
	})
	try("select send on closed with default", func() {
		select {
		case closed <- 1:
		default:
		}
	})
	try("receive from closed", func() { <-closed })
	// A goroutine blocked in a send panics when the channel is closed.
	u := make(chan int)
	res := make(chan string)
	go func() {
		defer func() {
			e := recover().(runtimeError)
			res <- "blocked sender: " + e.Error()
		}()
		u <- 1
	}()
	// Wait until the sender is (very likely) blocked; either way it panics:
	// if it has not sent yet, the send happens on a closed channel.
	for i := 0; i < 100; i++ {
		select {
		case <-nilc:
		default:
		}
	}
	close(u)
	println(<-res)
}
