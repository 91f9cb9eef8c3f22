// errorcheck

// Implementing interfaces: missing methods, pointer receivers, wrong signatures.

package main

type Stringer interface{ String() string }

type A struct{}

func (A) string() string { return "" }

type B struct{}

func (*B) String() string { return "" }

type C struct{}

func (C) String() int { return 0 }

type D struct{}

func main() {
	var s Stringer
	s = A{} // ERROR "cannot use A\{\} \(value of type A\) as type Stringer in assignment:"
	s = B{} // ERROR "cannot use B\{\} \(value of type B\) as type Stringer in assignment:"
	s = C{} // ERROR "cannot use C\{\} \(value of type C\) as type Stringer in assignment:"
	s = D{} // ERROR "cannot use D\{\} \(value of type D\) as type Stringer in assignment:"
	var p *Stringer
	s = p // ERROR "cannot use p \(variable of type \*Stringer\) as type Stringer in assignment:"
	var e error = D{} // ERROR "cannot use D\{\} \(value of type D\) as type error in variable declaration:"
	_, _ = s, e
}
