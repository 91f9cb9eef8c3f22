// Golden test: slicing a pointer to array beyond its length, and a slice
// whose low bound exceeds its length (but not its capacity).
package main

//go:noinline
func lo(s []int, i int) []int { return s[i:] }

//go:noinline
func arr(a *[4]int, hi int) []int { return a[:hi] }

func main() {
	s := make([]int, 2, 10)
	println(len(lo(s, 2))) // s[len(s):] is fine
	var a [4]int
	println(len(arr(&a, 4)))
	println(len(lo(s, 3)))
}
