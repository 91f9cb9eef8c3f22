// Golden test: methods with value and pointer receivers.  A pointer method
// called on an addressable value takes its address automatically (v.M() is
// (&v).M()); a value method called on a pointer dereferences it.  Value
// receivers get a copy.  Also methods on non-struct named types, method
// values (bound receivers, evaluated when the value is made) and method
// expressions.
package main

type Counter struct {
	n    int
	name string
}

func (c Counter) Get() int { return c.n }

func (c *Counter) Inc() { c.n++ }

func (c Counter) IncCopy() int {
	c.n++ // modifies the copy only
	return c.n
}

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Op int

func (o Op) Apply(a, b int) int {
	switch o {
	case 0:
		return a + b
	case 1:
		return a * b
	}
	return 0
}

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Inc()
	println(c.Get(), c.IncCopy(), c.Get())
	p := &c
	p.Inc()
	println(p.Get(), (*p).Get(), c.n)
	c.Add(10).Add(100).Inc()
	println(c.n)

	// Addressable values: slice elements, array elements via variable,
	// struct fields.
	cs := []Counter{{}, {}}
	cs[1].Inc()
	var arr [2]Counter
	arr[0].Add(5)
	type holder struct{ c Counter }
	var h holder
	h.c.Inc()
	println(cs[1].n, arr[0].n, h.c.n)

	// Method values bind the receiver when created.
	get := c.Get // copies c now
	inc := c.Inc // binds &c
	inc()
	inc()
	println(get(), c.Get())
	// Method expressions take the receiver as first argument.
	fget := Counter.Get
	finc := (*Counter).Inc
	finc(&c)
	println(fget(c))

	// Methods on other named types.
	println(Celsius(100).F(), Celsius(-40).F())
	var l IntList
	l.Push(3)
	l.Push(4)
	l.Push(5)
	println(len(l), l.Sum(), IntList{1, 2}.Sum())
	println(Op(0).Apply(6, 7), Op(1).Apply(6, 7))
	ops := []Op{0, 1}
	for _, o := range ops {
		f := o.Apply
		print(f(3, 4), " ")
	}
	println()
	// A method value from a pointer: later changes through the pointer show.
	pc := &Counter{n: 1}
	g := pc.Add
	g(5)
	println(pc.n)
}
