// errorcheck

// Constant declarations: arity, constant types and values.

package main

var v = 1

const (
	a, b = 1 // ERROR "missing init expr for b"
	c    = 1, 2 // ERROR "extra init expr 2"
	d    = v // ERROR "v \(variable of type int\) is not constant"
	e int = "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in constant declaration"
	f []int = nil // ERROR "invalid constant type \[\]int"
)

func main() {
	const x = len([]int{}) // ERROR "len\(\[\]int\{\}\) \(value of type int\) is not constant"
	_, _, _, _, _, _, _ = a, b, c, d, e, f, x
}
