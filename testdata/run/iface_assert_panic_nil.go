// Golden test: asserting a nil interface to a concrete type panics with
// "interface conversion: interface is nil" wording.
package main

type I interface{ M() }

func get() interface{} { return nil }

func main() {
	x, ok := get().(int)
	println(x, ok)
	var i I
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
		y := get().(string)
		println("unreachable", y)
	}()
	_ = i.(interface{ N() })
}
