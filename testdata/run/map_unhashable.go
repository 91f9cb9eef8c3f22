// Golden test: using an interface-keyed map with an unhashable dynamic key
// (a slice) panics at run time, both for a write and for a lookup.
package main

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	func() {
		defer func() {
			println("recovered:", recover().(error).Error())
		}()
		_ = m[[]int{1}]
	}()
	println(len(m))
	m[map[int]int{}] = 2
	println("unreachable")
}
