// Golden test: a panic inside a call goc inlines: the traceback names the
// inlined function and its caller as frames of their own, as gc's does
// (tools/tracecheck.sh compares them).
package main

type table struct{ cells []int }

func (t *table) at(i int) int { return t.cells[i] }

func lookup(t *table, i int) int { return t.at(i) + 1 }

func main() {
	t := &table{cells: []int{1, 2, 3}}
	println(lookup(t, 1))
	println(lookup(t, 5))
}
