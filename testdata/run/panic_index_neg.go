// Golden test: a negative index is out of range too.
package main

//go:noinline
func at(s []int, i int) int { return s[i] }

func main() {
	println(at([]int{1}, 0))
	println(at([]int{1}, -1))
}
