// Golden test: a failing assertion between a non-empty interface and a
// concrete type names the interface type in the panic message.
package main

type I interface{ M() }

type A struct{}

func (A) M() {}

type B struct{}

func (*B) M() {}

func main() {
	var i I = A{}
	_ = i.(A)
	println("A ok")
	b := i.(*B)
	println("unreachable", b == nil)
}
