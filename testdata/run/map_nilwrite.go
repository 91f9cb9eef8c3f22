// Golden test: a nil map reads as empty (lookup, comma-ok, len, range,
// delete are fine) but writing to it panics.
package main

func main() {
	var m map[string]int
	println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	println(v, ok)
	delete(m, "z")
	n := 0
	for range m {
		n++
	}
	println("range count:", n)
	var mm map[int]map[int]int
	println(mm[1][2]) // nil inner map too
	m["boom"] = 1
	println("unreachable")
}
