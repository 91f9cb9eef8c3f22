// errorcheck

// Range clauses over channels, non-iterable values; unused iteration variables.

package main

func main() {
	var x int
	for range x { // ERROR "cannot range over x \(variable of type int\)"
	}
	var c chan int
	for i, v := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
	for _, _ = range "abc" {
	}
	for _ := range []int{} { // ERROR "no new variables on left side of :="
	}
	var m map[string]int
	for k, v := range m { // ERROR "v declared but not used"
		_ = k
	}
	var f func()
	for range f { // ERROR "cannot range over f \(variable of type func\(\)\)"
	}
}
