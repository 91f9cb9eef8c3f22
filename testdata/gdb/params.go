package main

type P struct{ x, y int }

func show(p P, s []int, name string, m map[string]int) int {
	n := p.x + len(s) + len(name) + len(m)
	return n
}

func main() {
	println(show(P{1, 2}, []int{4, 5}, "go", map[string]int{"a": 1}))
}
