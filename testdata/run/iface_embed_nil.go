// Golden test: promoted methods through nil embedded pieces.  Calling a
// method promoted through a nil embedded pointer works when the method has a
// pointer receiver that does not dereference, and panics (nil dereference)
// when it has a value receiver; a struct embedding a nil interface panics
// when the promoted method is called.  Method values through an embedded
// pointer bind the pointer at evaluation time.
package main

type Inner struct{ n int }

func (p *Inner) PtrName() string {
	if p == nil {
		return "nil inner"
	}
	return "inner"
}
func (v Inner) ValName() string { return "val" }
func (p *Inner) Inc()           { p.n++ }

type Outer struct {
	*Inner
	tag string
}

type Namer interface{ PtrName() string }

type HasIface struct {
	Namer
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(what, "panicked:", r.(error).Error())
		}
	}()
	f()
	println(what, "ok")
}

func main() {
	o := Outer{tag: "t"}
	println(o.PtrName())
	var n Namer = o // Outer has PtrName via *Inner
	println(n.PtrName())
	try("value method via nil embedded ptr", func() { println(o.ValName()) })
	try("embedded nil interface", func() {
		h := HasIface{}
		println(h.PtrName())
	})
	try("method value of nil interface", func() {
		var nn Namer
		f := nn.PtrName
		println("made", f == nil)
	})
	try("method value, value receiver via nil ptr", func() {
		var p *Inner
		f := p.ValName
		println("made", f == nil)
	})

	a, b := &Inner{1}, &Inner{100}
	o.Inner = a
	inc := o.Inc // binds a
	o.Inner = b
	inc()
	inc()
	println(a.n, b.n)
	h := HasIface{o}
	println(h.PtrName())
}
