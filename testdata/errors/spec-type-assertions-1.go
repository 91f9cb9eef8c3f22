// errorcheck

// Type assertions: non-interface operands and impossible assertions.

package main

type I interface{ M() }
type T struct{}
type U struct{}

func (*T) M() {}
func (U) M()  {}

func main() {
	var i I
	var x int
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	_ = i.(T) // ERROR "impossible type assertion: i\.\(T\)"
	_ = i.(*T)
	_ = i.(U)
	_ = i.(string) // ERROR "impossible type assertion: i\.\(string\)"
	v, ok := i.(*T)
	_, _ = v, ok
}
