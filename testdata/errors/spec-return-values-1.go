// errorcheck

// Return statements must match the result list.

package main

func a() int {
	return // ERROR "not enough return values"
}

func b() (int, string) {
	return 1 // ERROR "not enough return values"
}

func c() {
	return 1 // ERROR "too many return values"
}

func d() int {
	return 1, 2 // ERROR "too many return values"
}

func e() (x int) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}

func f() int {
	return "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in return statement"
}

func main() {}
