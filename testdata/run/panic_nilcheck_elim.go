package main

// Nil checks that nilcheckelim removes are the ones another check (or a
// p != nil test) already made: dereferencing nil still panics where the
// first dereference is, a guarded one never does, a field far from the
// start (offset >= 4096) is still checked, and a loop that does not run
// does not panic.

type T struct{ a, b int }

type Big struct {
	pad [8192]byte
	x   int
}

func derefTwice(p *T) int { return p.a + p.b }

func guarded(p *T) int {
	if p != nil {
		return p.a + p.b
	}
	return -1
}

func afterGuard(p *T) int {
	if p == nil {
		println("p is nil")
	}
	return p.b
}

func big(p *Big) int { return p.x }

func loop(p *T, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += p.a
	}
	return s
}

func store(p *T, q *T) int {
	p.a = 1
	q.a = 2
	p.b = 3
	return p.a + p.b
}

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panics:", r.(error).Error())
		}
	}()
	println(name, f())
}

func main() {
	t := &T{1, 2}
	try("derefTwice", func() int { return derefTwice(t) })
	try("derefTwice(nil)", func() int { return derefTwice(nil) })
	try("guarded(nil)", func() int { return guarded(nil) })
	try("afterGuard(nil)", func() int { return afterGuard(nil) })
	try("big(nil)", func() int { return big(nil) })
	try("loop(nil, 0)", func() int { return loop(nil, 0) })
	try("loop(nil, 3)", func() int { return loop(nil, 3) })
	u := &T{}
	try("store(u, nil)", func() int { return store(u, nil) })
	println("u after the panic:", u.a, u.b)
}
