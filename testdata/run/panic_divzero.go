// Golden test: integer division by zero panics (floating-point division
// by zero does not; it gives Inf or NaN).
package main

//go:noinline
func div(a, b int) int { return a / b }

func main() {
	z := 0.0
	println(1/z, div(7, 2))
	println(div(1, 0))
	println("unreachable")
}
