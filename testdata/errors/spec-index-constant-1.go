// errorcheck

// Constant indices are checked at compile time: they must be non-negative,
// and within bounds for arrays and constant strings.

package p

var a [3]int
var s = []int{1, 2, 3}

const str = "abc"

var (
	i1 = a[3]    // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	i2 = a[-1]   // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	i3 = s[-1]   // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	i4 = str[5]  // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	i5 = a[1:4]  // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	i6 = s[2:1]  // ERROR "invalid slice indices: 1 < 2"
	i7 = a[1.5]  // ERROR "1.5 \(untyped float constant\) truncated to int"
	ok = s[10]   // not a constant-bounded operand: checked at run time
)
