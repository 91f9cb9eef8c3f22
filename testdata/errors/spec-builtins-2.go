// errorcheck

// Built-in functions: append, delete, close, complex, real.

package main

func main() {
	var i int
	_ = append(1, 2) // ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)"
	var s []int
	_ = append(s, "x") // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to append"
	delete(s, 1) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	close(i) // ERROR "invalid operation: cannot close non\-channel i \(variable of type int\)"
	_ = complex(1, "a") // ERROR "invalid operation: complex\(1, .a.\) \(mismatched types untyped float and untyped string\)"
	_ = real("x") // ERROR "invalid argument: argument has type untyped string, expected complex type"
	var ro <-chan int
	close(ro) // ERROR "invalid operation: cannot close receive\-only channel ro \(variable of type <\-chan int\)"
}
