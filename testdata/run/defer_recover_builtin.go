// Golden test: defer recover() defers the builtin itself; recover is then
// not called BY a deferred function, so it returns nil and the panic goes
// on, to be caught by an earlier-deferred closure.
package main

func deferRecover() (s string) {
	defer func() {
		r := recover()
		s = "outer caught " + r.(string)
	}()
	defer recover()
	panic("p")
}

func main() {
	println(deferRecover())
}
