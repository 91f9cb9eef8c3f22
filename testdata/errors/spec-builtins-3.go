// errorcheck

// Built-in functions: panic, results not used, copy.

package main

func main() {
	var s []int
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
	_ = len // ERROR "len \(built\-in\) must be called"
	copy(s, []string{}) // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and \[\]string\{\} \(value of type \[\]string\) have different element types int and string"
	_ = cap("abc") // ERROR "invalid argument: .abc. \(untyped string constant\) for cap"
}
