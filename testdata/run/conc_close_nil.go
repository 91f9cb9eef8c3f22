// Golden test: closing a nil channel panics.
package main

func main() {
	var ch chan string
	println("closing", len(ch))
	close(ch)
	println("unreachable")
}
