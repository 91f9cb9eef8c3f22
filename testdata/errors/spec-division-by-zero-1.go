// errorcheck

// Division by a constant zero is a compile-time error for integers and
// for constant floats; only non-constant float division may yield Inf.

package p

var x = 10

var (
	d1 = x / 0      // ERROR "invalid operation: division by zero"
	d2 = x % 0      // ERROR "invalid operation: division by zero"
	d3 = 1 / 0      // ERROR "invalid operation: division by zero"
	d4 = 1.5 / 0    // ERROR "invalid operation: division by zero"
	f  = 1.5
	ok = f / 0 // not a constant division: +Inf at run time
)

func g() {
	y := 3
	y /= 0 // ERROR "invalid operation: division by zero"
	_ = y
}
