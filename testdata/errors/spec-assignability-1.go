// errorcheck

// Assignability between named, unnamed and channel types.

package main

type MyInt int
type S []int

func takesInt(x int) {}

func retInt() int {
	var s string
	return s // ERROR "cannot use s \(variable of type string\) as type int in return statement"
}

func main() {
	var i int
	var m MyInt
	var s string
	i = m // ERROR "cannot use m \(variable of type MyInt\) as type int in assignment"
	m = i // ERROR "cannot use i \(variable of type int\) as type MyInt in assignment"
	i = s // ERROR "cannot use s \(variable of type string\) as type int in assignment"
	takesInt(m) // ERROR "cannot use m \(variable of type MyInt\) as type int in argument to takesInt"
	var sl S = []int{1}
	var raw []int = sl
	var c chan int
	var rc <-chan int = c
	c = rc // ERROR "cannot use rc \(variable of type <\-chan int\) as type chan int in assignment"
	var p *int = &m // ERROR "cannot use \&m \(value of type \*MyInt\) as type \*int in variable declaration"
	_, _, _, _ = sl, raw, rc, p
}
