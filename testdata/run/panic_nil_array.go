// Golden test: indexing through a nil pointer to an array panics with a nil
// dereference, not an index error.
package main

//go:noinline
func at(p *[3]int, i int) int { return p[i] }

func main() {
	var a [3]int
	println(at(&a, 1))
	println(at(nil, 1))
}
