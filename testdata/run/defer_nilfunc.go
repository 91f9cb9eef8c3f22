// Golden test: deferring a nil func value panics when the deferred call
// runs, not at the defer statement; a deferred call through a func-typed
// struct field reads the field at the defer statement.
package main

type hooks struct{ onExit func(string) }

func nilFunc() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "recovered: " + r.(error).Error()
		}
	}()
	var f func()
	defer f()
	println("after defer of nil func (still runs)")
	return "returned"
}

func field() {
	h := hooks{onExit: func(s string) { println("hook:", s) }}
	defer h.onExit("first binding")
	h.onExit = func(s string) { println("replaced hook:", s) }
	defer h.onExit("second binding")
}

func main() {
	println(nilFunc())
	field()
}
