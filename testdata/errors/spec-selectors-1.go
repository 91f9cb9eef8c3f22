// errorcheck

// Selectors: ambiguity, pointer methods, method expressions.

package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

type T struct{}

func (*T) PM() {}
func (T) VM()  {}

type I interface{ M() }

func main() {
	var c C
	_ = c.X // ERROR "ambiguous selector c\.X"
	T{}.PM() // ERROR "cannot call pointer method PM on T"
	T{}.VM()
	var t T
	t.PM()
	var pi *I
	pi.M() // ERROR "pi\.M undefined \(type \*I is pointer to interface, not interface\)"
	var x int
	_ = x.y // ERROR "x\.y undefined \(type int has no field or method y\)"
	_ = C.X // ERROR "ambiguous selector C\.X"
	f := T.PM // ERROR "cannot call pointer method PM on T"
	g := (*T).PM
	h := T.VM
	_, _, _ = f, g, h
}
