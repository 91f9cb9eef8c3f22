// Golden test: functions with several results, named results (zero
// initialised, assignable, returned by a bare return), results passed
// straight into another call f(g()), and blank identifiers.
package main

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(n int) (sq, cube int, ok bool) {
	if n < 0 {
		return // zero values
	}
	sq = n * n
	cube = sq * n
	ok = true
	return
}

func override(n int) (r int) {
	r = n
	if n > 10 {
		return 10 // explicit values replace the named ones
	}
	r *= 2
	return
}

func swap(a, b string) (string, string) { return b, a }

func sum3(a, b, c int) int { return a + b + c }

func three() (int, int, int) { return 1, 20, 300 }

func minmax(xs []int) (min, max int) {
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

// Results of different types, including a struct and an array.
type point struct{ x, y int }

func mixed() (point, [2]string, float64, bool) {
	return point{3, 4}, [2]string{"a", "b"}, 2.5, true
}

func noResult(p *int) { *p++ }

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	_, r2 := divmod(-17, 5)
	println(r2)
	println(named(3))
	println(named(-1))
	println(override(4), override(20))
	println(swap("x", "y"))
	a, b := swap(swap("1", "2"))
	println(a, b)
	println(sum3(three()))
	lo, hi := minmax([]int{5, -3, 9, 0, 12, -8})
	println(lo, hi)
	p, arr, f, ok := mixed()
	println(p.x, p.y, arr[0], arr[1], f, ok)
	n := 0
	noResult(&n)
	noResult(&n)
	println(n)
	// Reassigning from a multi-value call into existing variables.
	q, r = divmod(100, 7)
	println(q, r)
}
