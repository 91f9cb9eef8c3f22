// Golden test: method expressions and method values of promoted methods:
// Outer.M where M comes from an embedded value, (*Outer).M for pointer
// methods of an embedded value, a method expression through an embedded
// pointer, and an interface method expression on an interface that embeds
// another.
package main

type Base struct{ n int }

func (b Base) Get() int     { return b.n }
func (b *Base) Set(v int)   { b.n = v }
func (b Base) Plus(k int) int { return b.n + k }

type Outer struct {
	Base
	tag string
}

type ViaPtr struct {
	*Base
}

type Getter interface{ Get() int }
type GetSetter interface {
	Getter
	Set(int)
}

func main() {
	o := Outer{Base{1}, "o"}
	get := Outer.Get
	println(get(o))
	set := (*Outer).Set
	set(&o, 5)
	println(o.n)
	plus := Outer.Plus
	println(plus(o, 10))
	pget := (*Outer).Get
	println(pget(&o))

	vp := ViaPtr{&Base{7}}
	vget := ViaPtr.Get
	vset := ViaPtr.Set // Set is in ViaPtr's method set via *Base
	vset(vp, 70)
	println(vget(vp), vp.n)

	gs := GetSetter.Set
	gg := GetSetter.Get
	var x GetSetter = &o
	gs(x, 99)
	println(gg(x), Getter.Get(x))

	// method values of promoted methods bind the receiver now
	mv := o.Get
	o.n = 0
	println(mv())
	ms := o.Set
	ms(3)
	println(o.n)
	vs := vp.Set
	vp.Base = &Base{}
	vs(8) // sets the old *Base
	println(vp.n)
}
