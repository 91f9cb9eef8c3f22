// errorcheck

// Index expressions: constant indices must be in range and integer.

package main

func main() {
	var a [3]int
	_ = a[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index \-1 \(constant of type int\) must not be negative"
	_ = a[1.5] // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = a["x"] // ERROR "cannot convert .x. \(untyped string constant\) to int"
	s := []int{1}
	_ = s[-1] // ERROR "invalid argument: index \-1 \(constant of type int\) must not be negative"
}
