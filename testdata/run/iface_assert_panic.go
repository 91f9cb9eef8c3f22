// Golden test: a failing single-result assertion to a concrete type panics
// with gc's "interface conversion" message naming both types.
package main

type T struct{ a int }

func main() {
	var e interface{} = "str"
	s := e.(string)
	println("ok:", s)
	e = T{1}
	t := e.(T)
	println("ok:", t.a)
	n := e.(int)
	println("unreachable", n)
}
