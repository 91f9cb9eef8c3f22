// Golden test: recover stops a panic only when called directly by a
// deferred function.  A helper called from the deferred function gets nil
// (and the panic continues); recover outside any panic returns nil; a
// named function deferred directly may recover; a second recover in the
// same deferred call gets nil.
package main

func helper() interface{} { return recover() }

func viaHelper() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "outer caught " + r.(string)
		}
	}()
	defer func() {
		r := helper()
		println("helper got nil:", r == nil)
	}()
	panic("p1")
}

func direct() (msg string) {
	defer func() {
		msg = "direct caught " + recover().(string)
	}()
	panic("p2")
}

func noPanic() {
	defer func() {
		println("recover without panic:", recover() == nil)
	}()
}

func namedFunc() {
	println("namedFunc recover nil:", recover() == nil)
}

func deferNamedFunc() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "still panicking after namedFunc: " + r.(string)
		}
	}()
	defer namedFunc() // directly deferred: its recover works
	panic("p3")
}

func catcher() {
	if r := recover(); r != nil {
		println("catcher got", r.(string))
	}
}

func deferCatcher() {
	defer catcher()
	panic("p4")
}

func recoverTwice() {
	defer func() {
		r1 := recover()
		r2 := recover()
		println("first:", r1.(string), "second nil:", r2 == nil)
	}()
	panic("p5")
}

func main() {
	println(viaHelper())
	println(direct())
	noPanic()
	println("deferNamedFunc:", deferNamedFunc() == "")
	deferCatcher()
	recoverTwice()
	println("recover in main, no panic:", recover() == nil)
	println("done")
}
