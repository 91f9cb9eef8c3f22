// errorcheck

// Comparisons: slices, maps and functions compare only to nil.

package main

type S struct{ s []int }

func main() {
	var a, b []int
	var m map[int]int
	var f func()
	var s1, s2 S
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	_ = m == m // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	_ = f == f // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
	_ = a == nil
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
}
