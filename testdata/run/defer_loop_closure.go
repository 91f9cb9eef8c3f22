// Golden test: many defers in loops (more than any fixed-size defer pool),
// deferred closures capturing the Go 1.19 loop variable vs. a per-iteration
// copy, defers in a recursive function unwinding in order, and a recovered
// panic in the middle of a loop of defers.
package main

var out []int

func many(n int) (sum int) {
	for i := 0; i < n; i++ {
		defer func(k int) { sum += k }(i)
	}
	return 0
}

func captured() {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, i) }()
	}
	for i := 0; i < 3; i++ {
		i := i
		defer func() { out = append(out, i*10) }()
	}
}

func rec(n int) {
	defer func() { out = append(out, -n) }()
	if n > 0 {
		rec(n - 1)
	}
}

func panicky() (log []int) {
	for i := 0; i < 5; i++ {
		defer func(k int) {
			if k == 2 {
				if r := recover(); r != nil {
					log = append(log, 100+r.(int))
				}
			}
			log = append(log, k)
		}(i)
	}
	panic(7)
}

func main() {
	println(many(1000))
	captured()
	for _, v := range out {
		print(v, " ")
	}
	println()
	out = nil
	rec(4)
	for _, v := range out {
		print(v, " ")
	}
	println()
	for _, v := range panicky() {
		print(v, " ")
	}
	println()
}
