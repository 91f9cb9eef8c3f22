package main

// Allocates far more than it keeps: the collector must free garbage and
// never free what is still reachable (from globals, stacks, maps,
// closures, interfaces, slices of pointers and channels).

type node struct {
	left, right *node
	val         int
}

func build(d, v int) *node {
	if d == 0 {
		return &node{val: v}
	}
	return &node{build(d-1, v), build(d-1, v+1), v}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

var global *node

type summer interface{ sum() int }

func main() {
	global = build(10, 1)
	local := build(10, 2)
	m := map[int]*node{}
	for i := 0; i < 50; i++ {
		m[i] = build(4, i)
	}
	var keep []summer
	var fns []func() int
	ch := make(chan *node, 10)
	for i := 0; i < 10; i++ {
		ch <- build(3, i)
	}
	total := 0
	for round := 0; round < 300; round++ {
		t := build(8, round)
		total += t.sum()
		if round%30 == 0 {
			keep = append(keep, t)
			n := build(2, round)
			fns = append(fns, func() int { return n.sum() })
		}
		s := make([]*node, 100)
		for j := range s {
			s[j] = &node{val: j}
		}
		total += s[99].val
		str := ""
		for j := 0; j < 10; j++ {
			str += string(rune('a' + j))
		}
		total += len(str)
	}
	println(total, global.sum(), local.sum())
	ms := 0
	for i := 0; i < 50; i++ {
		ms += m[i].sum()
	}
	ks := 0
	for _, k := range keep {
		ks += k.sum()
	}
	fs := 0
	for _, f := range fns {
		fs += f()
	}
	cs := 0
	for i := 0; i < 10; i++ {
		cs += (<-ch).sum()
	}
	println(ms, ks, fs, cs)
}
