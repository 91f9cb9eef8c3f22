// Golden test: closures created inside methods capture the receiver (a
// value receiver is the method's own copy, a pointer receiver is shared);
// closures as struct fields calling methods of their struct; a closure
// returned from a method keeps its receiver alive; recursion through a
// method value.
package main

type Counter struct {
	n    int
	name string
}

func (c Counter) ValueClosure() func() int {
	return func() int { c.n++; return c.n }
}

func (c *Counter) PtrClosure() func() int {
	return func() int { c.n++; return c.n }
}

type Tree struct {
	v    int
	l, r *Tree
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.l.Walk(visit)
	visit(t.v)
	t.r.Walk(visit)
}

type Machine struct {
	state string
	steps map[string]func(m *Machine) string
}

func (m *Machine) Run(limit int) []string {
	var trace []string
	for i := 0; i < limit && m.state != "done"; i++ {
		trace = append(trace, m.state)
		m.state = m.steps[m.state](m)
	}
	return append(trace, m.state)
}

func main() {
	c := Counter{name: "c"}
	vc := c.ValueClosure()
	println(vc(), vc(), c.n)
	pc := c.PtrClosure()
	println(pc(), pc(), c.n)
	vc2 := c.ValueClosure() // copies n=2 now
	c.n = 50
	println(vc2(), pc(), c.n)

	t := &Tree{5, &Tree{3, &Tree{1, nil, nil}, nil}, &Tree{8, nil, &Tree{9, nil, nil}}}
	var got []int
	t.Walk(func(v int) { got = append(got, v) })
	for _, v := range got {
		print(v, " ")
	}
	println()
	sum := 0
	walk := t.Walk
	walk(func(v int) { sum += v })
	println(sum)

	visits := 0
	m := &Machine{state: "start"}
	m.steps = map[string]func(*Machine) string{
		"start": func(m *Machine) string { visits++; return "loop" },
		"loop": func(m *Machine) string {
			visits++
			if visits < 4 {
				return "loop"
			}
			return "end"
		},
		"end": func(m *Machine) string { return "done" },
	}
	for _, s := range m.Run(10) {
		print(s, " ")
	}
	println(visits)
}
