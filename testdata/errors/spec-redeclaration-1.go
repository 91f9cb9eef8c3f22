// errorcheck

// Redeclaration in the same block, and := without new variables.

package main

var x int
var x string // ERROR "x redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T struct{}
type T int // ERROR "T redeclared in this block"

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	var b int
	var b string // ERROR "b redeclared in this block"
	c, d := 1, 2
	c, d := 3, 4 // ERROR "no new variables on left side of :="
	e, e := 1, 2 // ERROR "e declared but not used" "e repeated on left side of :="
	_, _, _, _ = a, b, c, d
}

func g(p int, p string) {} // ERROR "p redeclared in this block"
