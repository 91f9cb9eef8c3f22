// Golden test: panic with a value of a named basic type prints it as
// main.T(value), and a named string type with quotes.
package main

type Code int

func main() {
	defer func() {}() // a deferred call that does not recover changes nothing
	println("start")
	panic(Code(7))
}
