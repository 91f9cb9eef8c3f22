// errorcheck

// Lists: gc names the list and the separator it expected.

package main

func f(a int, b) {} // ERROR "syntax error: mixed named and unnamed parameters"

func g(a b c) {} // ERROR "syntax error: unexpected c in parameter list; possibly missing comma or \)"

var _ = []int{1, 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
}

const (
	a = 1 2 // ERROR "syntax error: unexpected literal 2 in grouped declaration; possibly missing semicolon or newline or \)"
)

type T struct {
	x int y int // ERROR "syntax error: unexpected y in struct type; possibly missing semicolon or newline or }"
}

func main() {
	f(1 2) // ERROR "syntax error: unexpected literal 2 in argument list; possibly missing comma or \)"
}
