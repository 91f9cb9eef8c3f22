// Golden test: slicing beyond the capacity: s[:hi] with hi > cap(s).
package main

//go:noinline
func sl(s []int, hi int) []int { return s[:hi] }

func main() {
	s := make([]int, 2, 4)
	println(len(sl(s, 4))) // within cap: fine
	println(len(sl(s, 5)))
}
