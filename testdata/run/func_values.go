// Golden test: functions as values: assigned to variables, stored in
// slices, maps-free dispatch tables and struct fields, passed as func-typed
// parameters, returned, compared with nil, and named function types.
package main

type binop func(int, int) int

type op struct {
	name string
	fn   binop
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func fold(xs []int, init int, f binop) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func pick(name string) binop {
	switch name {
	case "+":
		return add
	case "-":
		return sub
	case "*":
		return mul
	}
	return nil
}

func main() {
	f := add
	println(f(2, 3), apply(sub, 10, 4), apply(func(a, b int) int { return a % b }, 17, 5))
	ops := []op{{"add", add}, {"sub", sub}, {"mul", mul}, {"max", func(a, b int) int {
		if a > b {
			return a
		}
		return b
	}}}
	for _, o := range ops {
		println(o.name, o.fn(7, 3), fold([]int{1, 2, 3, 4}, 1, o.fn))
	}
	sq := func(x int) int { return x * x }
	inc := func(x int) int { return x + 1 }
	for _, v := range mapInts([]int{1, 2, 3}, compose(sq, inc)) {
		print(v, " ")
	}
	for _, v := range mapInts([]int{1, 2, 3}, compose(inc, sq)) {
		print(v, " ")
	}
	println()
	var nf func()
	println(nf == nil, pick("/") == nil, pick("*") != nil, pick("*")(6, 7))
	table := [3]binop{add, sub, mul}
	acc := 5
	for i := 0; i < 6; i++ {
		acc = table[i%3](acc, i+1)
	}
	println(acc)
	// Reassigning a function variable.
	g := sq
	println(g(9))
	g = inc
	println(g(9))
	// A func value stored in a struct field is called with obj.field(args).
	type handler struct{ on func(string) string }
	h := handler{on: func(s string) string { return "<" + s + ">" }}
	println(h.on("x"))
}
