// Golden test: recursion through closures.  A func variable must be
// declared before the literal that calls it; the closure captures the
// variable, so reassigning it later changes what the recursion calls;
// mutual recursion between two closures; memoisation with a captured map.
package main

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))

	// memoised version with a captured map and counter
	calls := 0
	memo := map[int]int{}
	var mfib func(int) int
	mfib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := mfib(n-1) + mfib(n-2)
		memo[n] = v
		return v
	}
	println(mfib(80), calls)

	// mutual recursion
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	println(isEven(10), isOdd(7), isEven(7))

	// reassigning the variable redirects the recursion
	var f func(int) int
	f = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + f(n-1)
	}
	g := f
	f = func(n int) int { return 1000 }
	println(g(5)) // 1 + f(4) = 1001

	// tree walk with an accumulating closure
	type node struct {
		v    int
		l, r *node
	}
	var insert func(t *node, v int) *node
	insert = func(t *node, v int) *node {
		if t == nil {
			return &node{v: v}
		}
		if v < t.v {
			t.l = insert(t.l, v)
		} else {
			t.r = insert(t.r, v)
		}
		return t
	}
	var root *node
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 2, 6} {
		root = insert(root, v)
	}
	var out []int
	var walk func(*node)
	walk = func(t *node) {
		if t == nil {
			return
		}
		walk(t.l)
		out = append(out, t.v)
		walk(t.r)
	}
	walk(root)
	for _, v := range out {
		print(v, " ")
	}
	println()

	// Ackermann via closure, deep recursion
	var ack func(m, n int) int
	ack = func(m, n int) int {
		switch {
		case m == 0:
			return n + 1
		case n == 0:
			return ack(m-1, 1)
		}
		return ack(m-1, ack(m, n-1))
	}
	println(ack(2, 3), ack(3, 3))
}
