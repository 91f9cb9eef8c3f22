// Golden test: slices of slices: a 2-D grid made row by row, jagged rows,
// rows sharing one backing array, and appending to an inner slice.
package main

func main() {
	rows, cols := 4, 5
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = make([]int, cols)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
	// Transpose into a fresh grid.
	t := make([][]int, cols)
	for j := 0; j < cols; j++ {
		t[j] = make([]int, rows)
		for i := 0; i < rows; i++ {
			t[j][i] = grid[i][j]
		}
	}
	println(len(t), len(t[0]), t[4][3], t[2][1])

	// Jagged: Pascal's triangle.
	var tri [][]int
	for n := 0; n < 8; n++ {
		row := make([]int, n+1)
		row[0], row[n] = 1, 1
		for k := 1; k < n; k++ {
			row[k] = tri[n-1][k-1] + tri[n-1][k]
		}
		tri = append(tri, row)
	}
	for _, row := range tri {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}

	// Rows carved out of one backing slice share it.
	backing := make([]int, 6)
	m := [][]int{backing[0:3], backing[3:6]}
	m[0][2] = 7
	m[1][0] = 8
	println(backing[2], backing[3])
	// Appending to an inner slice replaces just that row.
	m[0] = append(m[0], 99) // cap(m[0]) is 6: overwrites backing[3]!
	println(m[1][0], len(m[0]))
	// A slice of string slices.
	words := [][]string{{"a", "b"}, {}, {"c"}}
	words[1] = append(words[1], "x", "y")
	n := 0
	for _, ws := range words {
		n += len(ws)
	}
	println(n, words[1][1])
	// Array of slices and slice of arrays.
	var as [2][]int
	as[1] = []int{1, 2, 3}
	sa := [][2]int{{1, 2}, {3, 4}}
	sa = append(sa, [2]int{5, 6})
	println(len(as[0]), len(as[1]), sa[2][1], len(sa))
}
