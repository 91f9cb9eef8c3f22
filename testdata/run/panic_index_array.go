// Golden test: indexing an array with a variable out of range panics, as
// does indexing a string.
package main

//go:noinline
func idx(i int) int {
	var a [4]int
	a[i] = 1
	return a[i]
}

func main() {
	s := "abc"
	i := 2
	println(s[i], idx(3))
	println(idx(4))
}
