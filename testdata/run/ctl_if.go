// Golden test: if / else if / else chains, if with an init statement (its
// variables are scoped to the whole chain, including the else branches),
// and nested ifs.
package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else if n < 100 {
		return "medium"
	} else {
		return "large"
	}
}

func sign(x int) int {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

func f(n int) int { return n * 3 }

func main() {
	for _, n := range []int{-5, 0, 7, 42, 1000} {
		println(n, classify(n), sign(n))
	}
	for i := 0; i < 4; i++ {
		if v := f(i); v > 5 {
			println(i, "big", v)
		} else if w := v * 2; w > 2 {
			println(i, "mid", v, w)
		} else {
			println(i, "small", v, w)
		}
	}
	// Nested ifs and the dangling else.
	for _, a := range []int{0, 1} {
		for _, b := range []int{0, 1} {
			if a == 1 {
				if b == 1 {
					println(a, b, "both")
				} else {
					println(a, b, "a only")
				}
			} else if b == 1 {
				println(a, b, "b only")
			} else {
				println(a, b, "neither")
			}
		}
	}
	// An init statement that is an assignment or a call.
	x := 0
	if x = 5; x > 3 {
		println("x", x)
	}
	if println("init call"); true {
		println("then")
	}
	// Conditions built from function calls and comparisons of strings.
	s := "go"
	if s == "go" && len(s) == 2 {
		println("matched")
	}
}
