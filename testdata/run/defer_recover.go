// Golden test (later: defer/recover): deferred calls run LIFO when the
// function returns; arguments are evaluated at the defer statement; deferred
// closures can change named results; recover stops a panic only inside a
// deferred call, and the function then returns normally.
package main

func order() {
	for i := 0; i < 3; i++ {
		defer print(i, " ")
	}
	println("body")
}

func args() {
	x := 1
	defer println("deferred x =", x)
	x = 2
	println("x =", x)
}

func triple(n int) (r int) {
	defer func() { r *= 3 }()
	return n + 1
}

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if e := recover(); e != nil {
			err = "recovered"
		}
	}()
	return a / b, ""
}

func nested() {
	defer func() {
		s, _ := recover().(string) // println of an interface would print addresses
		println("outer recover:", s)
	}()
	func() {
		defer func() {
			s, _ := recover().(string)
			println("inner recover:", s)
			panic("second")
		}()
		panic("first")
	}()
}

func noRecoverOutsideDefer() {
	println("recover outside defer is nil:", recover() == nil)
}

func main() {
	order()
	println()
	args()
	println(triple(4))
	q, err := safeDiv(7, 2)
	println(q, err)
	q, err = safeDiv(7, 0)
	println(q, err)
	nested()
	noRecoverOutsideDefer()
	defer println("deferred in main runs before the panic is printed")
	panic("final")
}
