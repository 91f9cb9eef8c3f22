// Golden test: slicing a string beyond its length (strings have no capacity).
package main

//go:noinline
func sub(s string, lo, hi int) string { return s[lo:hi] }

func main() {
	println(sub("hello", 1, 5))
	println(sub("hello", 2, 10))
}
