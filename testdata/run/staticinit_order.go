// Initialisation order with static and dynamic initialisers mixed (gc's
// staticinit): a variable whose initialiser is static holds its value
// before any initialisation code runs, and a partly static composite
// literal has its static parts in place early and its dynamic parts set
// in init order. Dynamic initialisers that read static variables, and ones
// that the dependency analysis cannot see through (a method called through
// an interface), show what gc does.
package main

import "fmt"

var trace []string

func note(s string) int {
	trace = append(trace, s)
	return len(trace)
}

// early calls Get through an interface: the checker cannot see that it
// reads table, so early is initialised first; table, being static data, is
// already there (with dynamic initialisation it would still be nil).
type getter interface{ Get() []int }

type R struct{}

func (R) Get() []int { return table }

var g getter = R{}
var early = g.Get()
var table = []int{1, 2, 3}

// A dynamic initialiser reading static variables (ordered after them).
var limits = [3]int{10, 20, 30}
var name = "static"
var sum = limits[0] + limits[1] + limits[2] + len(name) + note("sum")

// A partly static literal: a and c are data, b is computed in order; what
// the earlier initialiser of peek sees through the interface is the static
// part only.
type Mixed struct {
	a int
	b int
	c string
}

type mixedPeek struct{}

func (mixedPeek) Get() []int { return []int{mixed.a, mixed.b, len(mixed.c)} }

var peekg getter = mixedPeek{}
var peek = peekg.Get()
var mixed = Mixed{a: 1, b: note("mixed.b"), c: "ccc"}
var after = []int{mixed.a, mixed.b, len(mixed.c)}

// var x = y copies y's value as initialised (gc's staticcopy): the copy of a
// variable that a dynamic initialiser changed in between still gets the
// static value under gc.
var base = 5
var bump = setBase()
var copyOfBase = base

func setBase() int { base = 7; return note("bump") }

// copies of partly dynamic variables: the dynamic parts are copied in order
var src = Mixed{a: 2, b: note("src.b") * 10, c: "src"}
var dst = src

// a pointer to a static object that a dynamic initialiser modifies
var cfg = &struct{ n int }{n: 1}
var changed = func() int { cfg.n++; return cfg.n }()

func init() {
	note("init")
}

func main() {
	fmt.Println("early", early, "table", table)
	fmt.Println("sum", sum)
	fmt.Println("peek", peek, "after", after, "mixed", mixed)
	fmt.Println("base", base, "copyOfBase", copyOfBase, "bump", bump)
	fmt.Println("src", src, "dst", dst)
	fmt.Println("cfg", cfg.n, "changed", changed)
	fmt.Println("trace", trace)
}
