// Recursive functions and methods are analysed with their own calls
// (gc's batches): a parameter passed down the recursion but never kept
// does not escape, one that is kept does, and the program checks values
// are intact after collections.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	left, right *node
	v           int
}

func sum(n *node) int {
	if n == nil {
		return 0
	}
	return n.v + sum(n.left) + sum(n.right)
}

func (n *node) depth() int {
	if n == nil {
		return 0
	}
	l, r := n.left.depth(), n.right.depth()
	if l > r {
		return l + 1
	}
	return r + 1
}

var kept []*int

func keepAll(ps []*int, i int) {
	if i == len(ps) {
		return
	}
	kept = append(kept, ps[i])
	keepAll(ps, i+1)
}

func find(n *node, v int) *node {
	if n == nil || n.v == v {
		return n
	}
	if r := find(n.left, v); r != nil {
		return r
	}
	return find(n.right, v)
}

func fact(n int, acc *int) {
	if n <= 1 {
		return
	}
	*acc *= n
	fact(n-1, acc)
}

func main() {
	a := node{v: 1}
	b := node{v: 2}
	c := node{v: 3, left: &a, right: &b}
	fmt.Println(sum(&c), c.depth())
	x, y := 10, 20
	keepAll([]*int{&x, &y}, 0)
	acc := 1
	fact(6, &acc)
	runtime.GC()
	var g [][]byte
	for i := 0; i < 100; i++ {
		g = append(g, make([]byte, 8192))
	}
	runtime.GC()
	fmt.Println(*kept[0]+*kept[1], acc, find(&c, 2).v, len(g))
}
