// Golden test (program): counts the solutions of the n-queens problem for
// n = 1..10 with backtracking over arrays of bools, and prints the first
// solution for n = 8.
package main

type board struct {
	n                int
	cols             [16]bool
	diag1, diag2     [32]bool
	pos              [16]int
	solutions, first int
	firstPos         [16]int
}

func (b *board) place(row int) {
	if row == b.n {
		if b.solutions == 0 {
			b.firstPos = b.pos
		}
		b.solutions++
		return
	}
	for c := 0; c < b.n; c++ {
		d1, d2 := row+c, row-c+b.n
		if b.cols[c] || b.diag1[d1] || b.diag2[d2] {
			continue
		}
		b.cols[c], b.diag1[d1], b.diag2[d2] = true, true, true
		b.pos[row] = c
		b.place(row + 1)
		b.cols[c], b.diag1[d1], b.diag2[d2] = false, false, false
	}
}

func main() {
	for n := 1; n <= 10; n++ {
		b := &board{n: n}
		b.place(0)
		println("n =", n, "solutions =", b.solutions)
		if n == 8 {
			for r := 0; r < n; r++ {
				line := ""
				for c := 0; c < n; c++ {
					if b.firstPos[r] == c {
						line += "Q "
					} else {
						line += ". "
					}
				}
				println(line)
			}
		}
	}
}
