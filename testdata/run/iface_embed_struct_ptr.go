// Golden test: interfaces satisfied through embedded structs at several
// depths, by value and by pointer; ambiguous selectors at the same depth
// are not promoted (the shallower one wins when depths differ); an
// interface value holding the outer struct dispatches to the promoted
// method, which sees the embedded field, not the outer struct.
package main

type Namer interface{ Name() string }
type Setter interface{ SetName(string) }

type Base struct{ name string }

func (b Base) Name() string      { return "Base:" + b.name }
func (b *Base) SetName(s string) { b.name = s }

type Other struct{}

func (Other) Name() string { return "Other" }

type Mid struct {
	Base
	extra int
}

type Top struct {
	*Mid
	tag string
}

// Both embeds have Name at depth 1: Amb.Name is ambiguous and not promoted,
// but Amb2 adds its own Name at depth 0.
type Amb struct {
	Base
	Other
}

type Amb2 struct {
	Base
	Other
}

func (a Amb2) Name() string { return "Amb2 own, base is " + a.Base.Name() }

// Shallow wins: Name at depth 1 via Other beats depth 2 via Mid.Base.
type Shallow struct {
	Mid
	Other
}

func main() {
	m := Mid{Base{"m"}, 1}
	var n Namer = m
	println(n.Name())
	var s Setter = &m
	s.SetName("m2")
	println(m.Name(), n.Name()) // n holds a copy

	t := Top{&m, "t"}
	n = t // Top has Name via *Mid -> Base
	println(n.Name())
	s = t // and SetName, since Mid is reached through a pointer
	s.SetName("via top")
	println(m.name, t.Name())

	var a Amb
	a.Base.name = "a"
	println(a.Base.Name(), a.Other.Name())
	var e interface{} = a
	_, ok := e.(Namer)
	println("Amb is Namer:", ok)
	e = &a
	_, ok = e.(Setter)
	println("*Amb is Setter:", ok)

	n = Amb2{Base{"b"}, Other{}}
	println(n.Name())

	n = Shallow{Mid{Base{"deep"}, 0}, Other{}}
	println(n.Name())
}
