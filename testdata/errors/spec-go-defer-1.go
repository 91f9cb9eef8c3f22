// errorcheck

// go and defer need a function call whose result is discarded.

package main

func f() int { return 1 }

func main() {
	defer f()
	go f()
	defer len("x") // ERROR "defer discards result of len\(.x.\) \(constant 1 of type int\)"
	defer int(1) // ERROR "defer requires function call, not conversion int\(1\) \(constant 1 of type int\)"
	defer recover()
	defer panic(1)
}
