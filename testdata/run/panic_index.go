// Golden test: indexing a slice out of range panics with the index and length.
package main

//go:noinline
func at(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	println(at(s, 2))
	println(at(s, 5))
	println("unreachable")
}
