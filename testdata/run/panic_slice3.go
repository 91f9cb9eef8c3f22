// Golden test: a full slice expression with max beyond the capacity.
package main

//go:noinline
func sl(s []int, lo, hi, max int) []int { return s[lo:hi:max] }

func main() {
	s := make([]int, 3, 5)
	println(cap(sl(s, 0, 2, 5)))
	println(cap(sl(s, 0, 2, 7)))
}
