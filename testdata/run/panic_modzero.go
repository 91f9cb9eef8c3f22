// Golden test: remainder by zero panics like division, for narrow unsigned
// types too.
package main

//go:noinline
func mod(a, b uint8) uint8 { return a % b }

func main() {
	println(mod(7, 3))
	println(mod(7, 0))
}
