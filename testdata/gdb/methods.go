package main

type T struct{ a, b int }

func (t *T) sum() int {
	s := t.a
	s += t.b
	return s
}

func f(n int) int {
	t := &T{n, n + 1}
	return t.sum()
}

func main() {
	x := 3
	y := f(x)
	println(x, y)
}
