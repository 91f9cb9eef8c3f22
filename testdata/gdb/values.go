package main

type point struct {
	x, y int
	name string
}

func describe(ps []point, label string) int {
	total := 0
	for _, p := range ps {
		total += p.x * p.y
	}
	s := label + "!"
	println(s, total)
	return total
}

func main() {
	ps := []point{{1, 2, "a"}, {3, 4, "b"}}
	m := map[string]int{"k": 1}
	var e any = 42
	describe(ps, "pts")
	println(len(m), e != nil)
}
