// errorcheck

// goto may not jump over variable declarations or into blocks.

package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x at .*"
	x := 1
	_ = x
L:
	goto M // ERROR "goto M jumps into block starting at .*"
	{
	M:
	}
	goto N // ERROR "goto N jumps over declaration of y at .*"
	var y int
	_ = y
N:
}
