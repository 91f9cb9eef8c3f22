// Golden test: large value receivers: calling a value method through an
// interface or a method value copies the whole receiver; the method's
// changes to its copy are invisible to the caller; interfaces holding big
// structs compare and assert correctly.
package main

type Big struct {
	a    [50]int
	name string
}

func (b Big) Sum() int {
	s := 0
	for i := range b.a {
		s += b.a[i]
		b.a[i] = -1 // only the copy
	}
	return s
}

func (b Big) Rename(n string) Big {
	b.name = n
	return b
}

type Summer interface{ Sum() int }

func mk(k int) Big {
	var b Big
	for i := range b.a {
		b.a[i] = i * k
	}
	b.name = "big"
	return b
}

func main() {
	b := mk(1)
	var s Summer = b
	b.a[0] = 1000 // s holds its own copy
	println(s.Sum(), s.Sum(), b.Sum(), b.a[1])

	f := b.Sum
	b.a[0] = 0
	println(f(), b.Sum())

	r := b.Rename("renamed")
	println(b.name, r.name)

	var e1, e2 interface{} = mk(2), mk(2)
	println(e1 == e2)
	e2 = mk(3)
	println(e1 == e2)
	got := e1.(Big)
	println(got.a[49], got.name)
	sm, ok := e1.(Summer)
	println(ok, sm.Sum())

	arr := []Summer{mk(1), mk(2), &b}
	t := 0
	for _, x := range arr {
		t += x.Sum()
	}
	println(t)
}
