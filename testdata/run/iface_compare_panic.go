// Golden test: comparing two interfaces whose dynamic types are the same
// uncomparable type panics at run time.
package main

func main() {
	var a, b interface{} = []int{1}, map[int]int{}
	println("different types:", a == b)
	b = []int{1}
	println("same type:", a == b)
}
