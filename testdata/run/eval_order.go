// Golden test: order of evaluation.  Function calls, method calls and
// channel operations in an expression, assignment or argument list happen in
// lexical left-to-right order; tuple assignment evaluates all operands (index
// expressions and pointer indirections on the left, then the right) before
// assigning anything.  Only orders the spec fixes are tested.
package main

var log string

func v(name string, x int) int {
	log += name
	return x
}

func two() (int, int) {
	log += "T"
	return 1, 2
}

func sum3(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	r := sum3(v("a", 1), v("b", 2), v("c", 3))
	println(r, log)
	log = ""
	r = v("x", 1) + v("y", 2)*v("z", 3)
	println(r, log)
	log = ""

	// Swaps and rotations.
	a, b, c := 1, 2, 3
	a, b, c = b, c, a
	println(a, b, c)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99 // s[0] is the target: the index is evaluated first
	println(i, s[0], s[1], s[2])
	s[0], s[1], s[2] = s[2], s[0], s[1]
	println(s[0], s[1], s[2])
	x, y := two()
	println(x, y, log)
	log = ""

	// Operands of a composite literal and of an index expression.
	arr := [3]int{v("p", 1), v("q", 2), v("r", 3)}
	println(arr[v("i", 2)], log)
	log = ""
	// Compound assignment evaluates the left operand once.
	m := []int{0, 0, 0}
	m[v("k", 1)] += v("w", 5)
	println(m[1], log)
	log = ""
	// Calls in arguments happen left to right, before the call they feed.
	// (When a plain variable is read relative to those calls is unspecified,
	// so no operand here is a variable that a call changes.)
	n := 1
	inc := func() int { n++; return n }
	println(sum3(inc(), inc(), inc()), n)
}
