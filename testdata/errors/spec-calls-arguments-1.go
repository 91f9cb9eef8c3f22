// errorcheck

// Calls: argument count, types and ... in variadic calls.

package main

func f(a int, b string) {}
func g(a int, rest ...string) {}

func main() {
	f(1) // ERROR "not enough arguments in call to f"
	f(1, "a", 2) // ERROR "too many arguments in call to f"
	f("a", 1) // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to f" "cannot use 1 \(untyped int constant\) as string value in argument to f"
	g() // ERROR "not enough arguments in call to g"
	g(1, 2) // ERROR "cannot use 2 \(untyped int constant\) as string value in argument to g"
	s := []string{"x"}
	g(1, s...)
	f(1, s...) // ERROR "cannot use \.\.\. in call to non\-variadic f"
	g(1, "a", s...) // ERROR "too many arguments in call to g"
	var x int
	x() // ERROR "invalid operation: cannot call non\-function x \(variable of type int\)"
}
