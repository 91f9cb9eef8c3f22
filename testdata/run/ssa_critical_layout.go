// critical splits edges from a block with several successors into a block
// with several preds; layout then orders the blocks (exit paths last).
// Loops, switches whose cases give a join the same value (one split block
// shared by those edges), panics on cold paths, and values flowing along
// split edges.
package main

import "fmt"

// The loop exit edge and the back edge both enter blocks with two preds.
//go:noinline
func sumUntil(xs []int, stop int) (int, int) {
	s, i := 0, 0
	for ; i < len(xs); i++ {
		if xs[i] == stop {
			break
		}
		if xs[i] < 0 {
			continue
		}
		s += xs[i]
	}
	return s, i
}

// Many cases give the join the same value: those edges share one block.
//go:noinline
func class(r rune) int {
	n := 0
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		n = 1
	case ' ', '\t', '\n':
		n = 2
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		n = 3
	}
	return n
}

// Two branches give the join the same constant: their edges share one block.
//go:noinline
func any3(a, b, c int) bool {
	return a > 0 || b > 0 || c > 0
}

// A branch whose two ways reach the same block with different values.
//go:noinline
func twoWays(a, b int, c bool) int {
	x := a
	if c {
		x = b
	}
	return x
}

// Nested loops sharing exits; a labelled continue.
//go:noinline
func firstPair(xs []int, target int) (int, int) {
outer:
	for i := 0; i < len(xs); i++ {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				return i, j
			}
			if xs[j] > target {
				continue outer
			}
		}
	}
	return -1, -1
}

// Panics on cold paths: their blocks go last, the program must not care.
//go:noinline
func checked(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	if i > 100 {
		panic("too big")
	}
	return xs[i] * 2, nil
}

// A loop whose header is entered from many places (gotos).
//go:noinline
func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto loop
	}
	n = 3*n + 1
	goto loop
}

// Values computed in a loop and used after it along every exit.
//go:noinline
func search(xs []string, s string) (idx int, found bool, seen int) {
	idx = -1
	for i, x := range xs {
		seen++
		if x == s {
			idx, found = i, true
			break
		}
		if len(x) == 0 {
			return i, false, -seen
		}
	}
	return
}

func main() {
	fmt.Println(sumUntil([]int{1, -2, 3, 4, 5}, 5))
	fmt.Println(sumUntil([]int{1, 2}, 9))
	fmt.Println(sumUntil(nil, 0))
	for _, r := range "hi 7\tu!" {
		fmt.Print(class(r), " ")
	}
	fmt.Println()
	fmt.Println(twoWays(1, 2, true), twoWays(1, 2, false))
	fmt.Println(any3(1, 0, 0), any3(0, 1, 0), any3(0, 0, 1), any3(0, 0, 0))
	fmt.Println(firstPair([]int{1, 8, 3, 5, 7}, 8))
	fmt.Println(firstPair([]int{9, 1, 2}, 100))
	fmt.Println(checked([]int{1, 2, 3}, 1))
	fmt.Println(checked([]int{1, 2, 3}, 5))
	fmt.Println(checked([]int{1, 2, 3}, 500))
	fmt.Println(collatz(1), collatz(6), collatz(27))
	fmt.Println(search([]string{"a", "b", "c"}, "b"))
	fmt.Println(search([]string{"a", "", "c"}, "c"))
	fmt.Println(search([]string{"a"}, "z"))
}
