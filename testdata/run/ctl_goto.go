// Golden test: goto, backward (a loop) and forward (skipping code), out of
// nested blocks, and labels that are only targets of goto.
package main

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		return steps
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto again
}

func find(xs []int, want int) int {
	i := 0
	for ; i < len(xs); i++ {
		if xs[i] == want {
			goto done
		}
	}
	return -1
done:
	return i
}

func main() {
	i := 0
loop:
	if i < 5 {
		print(i, " ")
		i++
		goto loop
	}
	println()

	println(collatz(27), collatz(1), collatz(6))
	println(find([]int{5, 8, 13}, 13), find([]int{5, 8, 13}, 4))

	// Forward goto over statements.
	x := 1
	goto skip
skip:
	x += 10
	println("x", x)

	// Jumping out of nested blocks.
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if a+b == 3 {
				println("exit at", a, b)
				goto out
			}
		}
	}
out:
	println("done")
}
