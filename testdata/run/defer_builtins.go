// Golden test: deferring builtins: defer delete and defer copy evaluate
// their arguments at the defer statement and act at return; defer panic
// raises its panic at return, where an earlier-deferred call recovers it.
package main

func builtins() {
	m := map[string]int{"a": 1, "b": 2}
	defer func() { println("after delete:", len(m), m["a"]) }()
	defer delete(m, "a")
	dst := make([]int, 3)
	src := []int{7, 8, 9}
	defer func() { println("after copy:", dst[0], dst[1], dst[2]) }()
	defer copy(dst, src)
	src[0] = 70 // copy runs later and sees this: only the slice header was evaluated
	println("builtins body")
}

func deferPanic() (s string) {
	defer func() { s = "caught " + recover().(string) }()
	defer panic("deferred panic")
	return "normal"
}

func main() {
	builtins()
	println(deferPanic())
}
