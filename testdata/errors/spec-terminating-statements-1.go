// errorcheck

// Functions with results must end in a terminating statement.

package main

func a(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func b(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func c(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func d(x int) int {
	for {
	}
}

func e(x int) int {
	panic("no")
}

func f(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 2
	}
}

func g(x int) int {
L:
	for {
		break L
	}
} // ERROR "missing return"

func main() {}
