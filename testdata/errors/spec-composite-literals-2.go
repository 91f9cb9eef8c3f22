// errorcheck

// Array, slice and map literals: bounds, duplicate indices and keys.

package main

func main() {
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	_ = map[string]int{1} // ERROR "missing key in map literal"
	_ = []int{"s"} // ERROR "cannot use .s. \(untyped string constant\) as int value in array or slice literal"
	_ = int{1} // ERROR "invalid composite literal type int"
	var x = [...]int{1, 2, 3}
	_ = x[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
}
