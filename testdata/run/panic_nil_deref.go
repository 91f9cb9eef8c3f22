// Golden test: dereferencing a nil pointer panics (gc turns the SIGSEGV into
// a run-time panic and prints a [signal ...] line with the fault address).
package main

type T struct {
	a, b int
}

//go:noinline
func get(p *T) int { return p.b }

func main() {
	t := &T{1, 2}
	println(get(t))
	var p *T
	println(get(p))
	println("unreachable")
}
