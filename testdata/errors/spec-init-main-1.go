// errorcheck

// init and main must be functions without arguments or results.

package main

func init(x int) {} // ERROR "func init must have no arguments and no return values"

var init = 1 // ERROR "cannot declare init \- must be func"

func main(args []string) int { return 0 } // ERROR "func main must have no arguments and no return values"

func g() {
	init() // ERROR "undefined: init"
}
