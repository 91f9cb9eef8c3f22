// Golden test: method sets.  The method set of T holds the value-receiver
// methods; the method set of *T holds both.  So a T value satisfies an
// interface needing only value methods, while one needing a pointer method
// needs a *T.  An interface holding a T holds a copy: changing the original
// afterwards does not change it; one holding a *T shares the variable.
package main

type Getter interface{ Get() int }

type Setter interface {
	Get() int
	Set(int)
}

type Box struct{ v int }

func (b Box) Get() int   { return b.v }
func (b *Box) Set(v int) { b.v = v }

type Count int

func (c Count) Get() int { return int(c) * 10 }
func (c *Count) Set(v int) { *c = Count(v) }

func show(g Getter) { println("get:", g.Get()) }

func main() {
	b := Box{1}
	var g Getter = b // copy of b
	b.v = 2
	println(g.Get(), b.Get())

	var gp Getter = &b // pointer: sees later changes
	b.v = 3
	println(gp.Get())

	var s Setter = &b
	s.Set(42)
	println(b.v, s.Get(), gp.Get(), g.Get())

	// An addressable T may call a pointer method: (&b).Set.
	b.Set(7)
	println(b.v)

	// A pointer may call a value method: (*p).Get.
	p := &Box{9}
	println(p.Get())

	var c Count = 4
	show(c)
	show(&c)
	var cs Setter = &c
	cs.Set(5)
	println(c, cs.Get())

	// Slice elements and struct fields are addressable too.
	boxes := []Box{{1}, {2}, {3}}
	for i := range boxes {
		boxes[i].Set(boxes[i].Get() * 100)
	}
	println(boxes[0].v, boxes[1].v, boxes[2].v)

	// Assertions respect method sets: a Box in an interface is not a Setter.
	var any interface{} = b
	_, ok := any.(Setter)
	println("Box is Setter:", ok)
	any = &b
	_, ok = any.(Setter)
	println("*Box is Setter:", ok)
	_, ok = any.(Getter)
	println("*Box is Getter:", ok)
}
