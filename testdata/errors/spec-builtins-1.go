// errorcheck

// Built-in functions: len, cap, make, new.

package main

func main() {
	var i int
	_ = len(i) // ERROR "invalid argument: i \(variable of type int\) for len"
	_ = cap(map[int]int{}) // ERROR "invalid argument: map\[int\]int\{\} \(value of type map\[int\]int\) for cap"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, 1, 2, 3) // ERROR "invalid operation: make\(\[\]int, 1, 2, 3\) expects 2 or 3 arguments; found 4"
	_ = make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
	_ = new(int, 2) // ERROR "invalid operation: too many arguments for new\(int, 2\) \(expected 1, found 2\)"
}
