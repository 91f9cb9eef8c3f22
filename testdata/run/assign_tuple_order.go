// Tuple assignments evaluate index and pointer operands on the left in
// order, before the right side (the spec's phase 1): a map index's map and
// key too, though the insertion waits until the value is stored
// (test/fixedbugs/bug262.go).
package main

import "fmt"

var trace string

func f(s string) string { trace += s; return s }
func g() *bool         { trace += "g"; var b bool; return &b }
func gi() *int         { trace += "p"; var b int; return &b }

func main() {
	m := map[string]int{}
	var x interface{} = 3
	m[f("a")], *gi() = 1, 2
	fmt.Println(trace, m)
	trace = ""
	m[f("b")], *g() = x.(int)
	fmt.Println(trace, m)
	trace = ""
	mm := map[string]bool{}
	*gi(), mm[f("c")] = m["b"], true
	fmt.Println(trace, mm)
	trace = ""
	ch := make(chan int, 1)
	ch <- 5
	m[f("d")], mm[f("e")] = <-ch
	fmt.Println(trace, m, mm)
	trace = ""
	m[f("f")], *gerr() = atoi(f("h"))
	fmt.Println(trace, m)
}

func gerr() *error { trace += "g"; var e error; return &e }

func atoi(s string) (int, error) { return len(s), nil }
