// Golden test: slicing with low > high.
package main

//go:noinline
func sl(s []int, lo, hi int) []int { return s[lo:hi] }

func main() {
	s := []int{1, 2, 3, 4}
	println(len(sl(s, 1, 3)))
	println(len(sl(s, 3, 2)))
}
