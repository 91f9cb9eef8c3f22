// errorcheck

// iota exists only in constant declarations.

package main

const (
	a = iota
	b
	c = "s"
	d
	e, f = iota, iota * 2
	g // ERROR "extra init expr at .*"
)

var v = iota // ERROR "cannot use iota outside constant declaration"

func main() {
	_ = iota // ERROR "cannot use iota outside constant declaration"
	const h = iota + a
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
}
