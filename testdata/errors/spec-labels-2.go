// errorcheck

// Label scope: unused, duplicate, undefined and misdirected labels.

package main

func main() {
L1:
	for {
		break L1
	}
L2: // ERROR "label L2 defined and not used"
	x := 1
	_ = x
L1: // ERROR "label L1 already defined at .*"
	for {
		goto L3
	}
	goto L4 // ERROR "label L4 not defined"
	for {
		continue L5 // ERROR "continue label not defined: L5"
	}
L6:
	if true {
		break L6 // ERROR "invalid break label L6"
	}
L7:
	{
		continue L7 // ERROR "invalid continue label L7"
	}
	goto L8 // ERROR "goto L8 jumps into block starting at .*"
	{
	L8:
	}
L3:
}
