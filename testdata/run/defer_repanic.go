// Golden test: a deferred call that recovers and then panics again.  The
// first panic is marked [recovered] in gc's report and the new one is
// printed after it, indented.
package main

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("B")
	}()
	panic("A")
}
