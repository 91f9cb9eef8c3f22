// Golden test: package-level variables are initialised in dependency order,
// not declaration order: a variable is initialised once everything its
// initialiser refers to (directly or through functions it calls) is ready;
// ties go to declaration order.  All of this happens before init() and main.
package main

var trace string

func note(name string, v int) int {
	trace += name + " "
	println("init", name, v)
	return v
}

var (
	a = note("a", c+b) // needs b and c: initialised after both
	b = note("b", f())
	c = note("c", 3)
	d = note("d", 4) // independent: after c, in declaration order
)

func f() int { return c * 10 } // makes b depend on c

var x, y = note("x", 1), note("y", z)

var z = note("z", 100)

// A variable whose initialiser is a closure referring to a later variable.
var getW = func() int { return w }

var w = note("w", 7)

// Multiple assignment from one call initialises both together.
var m, n = pair()

func pair() (int, int) {
	note("pair", 0)
	return 11, 22
}

var total = a + b + c + d + x + y + z + m + n

func main() {
	println("main", a, b, c, d, x, y, z, getW(), m, n, total)
	println(trace)
}
