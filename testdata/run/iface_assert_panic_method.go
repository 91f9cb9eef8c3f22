// Golden test: asserting to an interface whose methods the dynamic type
// lacks panics with "missing method".
package main

type I interface{ M() }
type J interface {
	M()
	N()
}

type A struct{}

func (A) M() {}

func main() {
	var i I = A{}
	var e interface{} = i
	_, ok := e.(J)
	println("comma-ok:", ok)
	j := i.(J)
	println("unreachable", j == nil)
}
