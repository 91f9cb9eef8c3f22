package main

type node struct {
	left, right *node
	val         int
}

func build(depth int) *node {
	if depth == 0 {
		return &node{val: 1}
	}
	return &node{left: build(depth - 1), right: build(depth - 1), val: depth}
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := make(chan int, 4)
	c <- 7
	t := build(2)
	println(len(m), len(c), t.val)
}
