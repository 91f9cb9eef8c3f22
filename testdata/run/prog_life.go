// Golden test (program): Conway's game of life on a 20x20 torus of [20][20]
// bool arrays (copied by value between generations), starting from a glider
// and a blinker.
package main

const size = 20

type grid [size][size]bool

func (g *grid) neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if (dr != 0 || dc != 0) && g[(r+dr+size)%size][(c+dc+size)%size] {
				n++
			}
		}
	}
	return n
}

func step(g grid) grid {
	var next grid
	for r := 0; r < size; r++ {
		for c := 0; c < size; c++ {
			n := g.neighbours(r, c)
			next[r][c] = n == 3 || n == 2 && g[r][c]
		}
	}
	return next
}

func (g *grid) show() {
	for r := 0; r < 8; r++ {
		line := make([]byte, 0, size)
		for c := 0; c < size; c++ {
			if g[r][c] {
				line = append(line, '#')
			} else {
				line = append(line, '.')
			}
		}
		println(string(line))
	}
}

func (g *grid) alive() int {
	n := 0
	for _, row := range g {
		for _, v := range row {
			if v {
				n++
			}
		}
	}
	return n
}

func main() {
	var g grid
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true // glider
	g[5][10], g[5][11], g[5][12] = true, true, true                               // blinker
	start := g
	for gen := 0; gen <= 8; gen++ {
		if gen%4 == 0 {
			println("generation", gen, "alive", g.alive())
			g.show()
		}
		g = step(g)
	}
	// After 80 generations the glider has crossed the torus exactly once
	// (it moves one cell diagonally every 4), and the blinker is back.
	for gen := 9; gen < 80; gen++ { // the loop above already made 9 steps
		g = step(g)
	}
	println("back to start after 80:", g == start, g.alive())
}
