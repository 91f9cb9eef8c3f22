// Golden test: method values.  x.M evaluates x when the method value is
// made: a value receiver is copied then (later changes are not seen), a
// pointer receiver binds the pointer (changes are seen); an interface method
// value binds the interface's dynamic value at that time, so reassigning the
// interface later does not change the bound method.  Method values are
// ordinary func values: stored, passed, called later, compared with nil.
package main

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }
func (c *Counter) Add(k int) int {
	c.n += k
	return c.n
}

type Valuer interface{ Value() int }

type Const int

func (k Const) Value() int { return int(k) }

func apply(f func(int) int, xs ...int) int {
	t := 0
	for _, x := range xs {
		t = f(x)
	}
	return t
}

func main() {
	c := Counter{1}
	val := c.Value // copies c now
	inc := c.Inc   // binds &c
	c.n = 10
	inc()
	inc()
	println(val(), c.n, c.Value())

	add := c.Add
	println(apply(add, 1, 2, 3), c.n)

	p := &Counter{100}
	pv := p.Value // copies *p now
	p.n = 200
	println(pv(), p.Value())

	var v Valuer = Const(5)
	m := v.Value // binds Const(5)
	v = Const(6)
	println(m(), v.Value())

	v = &c
	m2 := v.Value // binds the pointer &c, Value copies at call time
	c.n = 77
	println(m2())

	// method values in a slice
	var fs []func() int
	for i := 0; i < 3; i++ {
		k := Const(i * 11)
		fs = append(fs, k.Value)
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	// method value from a slice element: receiver evaluated at creation
	cs := []Counter{{1}, {2}}
	f0 := cs[0].Value
	cs[0].n = 50
	incs := cs[1].Inc
	incs()
	println(f0(), cs[0].n, cs[1].n)

	// method value from a struct field of interface type
	type holder struct{ v Valuer }
	h := holder{Const(3)}
	hv := h.v.Value
	h.v = Const(4)
	println(hv(), h.v.Value())

	println(m != nil, inc != nil)
}
