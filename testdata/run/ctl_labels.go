// Golden test: labeled break and continue out of nested loops, break out of
// a switch inside a loop (plain break leaves only the switch), and labels on
// blocks that are not loops.
package main

func main() {
	// continue outer
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			print(i, j, " ")
		}
	}
	println()

	// break out of two loops
	found := -1
search:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if i*j == 42 {
				found = i*10 + j
				break search
			}
		}
	}
	println("found", found)

	// break inside switch inside for
	n := 0
	for i := 0; i < 10; i++ {
		switch {
		case i == 3:
			break // leaves the switch only
		case i == 6:
			n += 100
		}
		n++
	}
	println("n", n)
loop:
	for i := 0; ; i++ {
		switch i {
		case 5:
			break loop
		default:
			print(i, " ")
		}
	}
	println()

	// Three levels with continue to the middle.
	count := 0
L1:
	for a := 0; a < 3; a++ {
	L2:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				if c == 1 {
					continue L2
				}
				if a == 2 {
					break L1
				}
				count++
			}
		}
	}
	println("count", count)

	// Labeled range loops.
	words := []string{"alpha", "beta", "gamma"}
	total := 0
W:
	for _, w := range words {
		for _, r := range w {
			if r == 'm' {
				continue W
			}
			total++
		}
	}
	println("letters before m", total)
}
