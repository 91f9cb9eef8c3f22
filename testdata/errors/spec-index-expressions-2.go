// errorcheck

// Index and slice expressions on strings, maps and non-indexable values.

package main

func main() {
	const cs = "abc"
	_ = cs[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	var m map[string]int
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	var i int
	_ = i[0] // ERROR "invalid operation: cannot index i \(variable of type int\)"
	var a [3]int
	_ = a[2:1] // ERROR "invalid slice indices: 1 < 2"
	str := "abc"
	_ = str[1:2:3] // ERROR "invalid operation: 3\-index slice of string"
	_ = i[:] // ERROR "invalid operation: cannot slice i \(variable of type int\)"
}
