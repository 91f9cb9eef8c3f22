// Golden test (program): matrix multiplication over [][]float64 and over a
// flat []int64, with an identity check, a transpose check and checksums.
package main

func newMat(n, m int) [][]float64 {
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, m)
	}
	return a
}

func mul(a, b [][]float64) [][]float64 {
	n, m, p := len(a), len(b), len(b[0])
	c := newMat(n, p)
	for i := 0; i < n; i++ {
		for k := 0; k < m; k++ {
			aik := a[i][k]
			for j := 0; j < p; j++ {
				c[i][j] += aik * b[k][j]
			}
		}
	}
	return c
}

func mulFlat(a, b []int64, n int) []int64 {
	c := make([]int64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			var s int64
			for k := 0; k < n; k++ {
				s += a[i*n+k] * b[k*n+j]
			}
			c[i*n+j] = s
		}
	}
	return c
}

func main() {
	const n = 60
	a := newMat(n, n)
	b := newMat(n, n)
	id := newMat(n, n)
	for i := 0; i < n; i++ {
		id[i][i] = 1
		for j := 0; j < n; j++ {
			a[i][j] = float64(i*n+j) / 7
			b[i][j] = float64((i+1)*(j+2)%13) - 6
		}
	}
	c := mul(a, b)
	ai := mul(a, id)
	same := true
	for i := range a {
		for j := range a[i] {
			if ai[i][j] != a[i][j] {
				same = false
			}
		}
	}
	sum := 0.0
	for i := range c {
		for j := range c[i] {
			sum += c[i][j]
		}
	}
	println("identity ok:", same, "checksum:", sum, "c[0][0]:", c[0][0], "c[59][59]:", c[n-1][n-1])

	// Non-square: (2x3) * (3x2).
	x := [][]float64{{1, 2, 3}, {4, 5, 6}}
	y := [][]float64{{7, 8}, {9, 10}, {11, 12}}
	z := mul(x, y)
	println(z[0][0], z[0][1], z[1][0], z[1][1])

	// Integer matrices: powers of the Fibonacci matrix.
	const m = 2
	f := []int64{1, 1, 1, 0}
	p := []int64{1, 0, 0, 1}
	for i := 0; i < 90; i++ {
		p = mulFlat(p, f, m)
	}
	println("fib(90) =", p[1])
	// A larger integer product and its trace.
	const q = 40
	u := make([]int64, q*q)
	v := make([]int64, q*q)
	for i := range u {
		u[i] = int64(i%17 - 8)
		v[i] = int64(i%11 - 5)
	}
	w := mulFlat(u, v, q)
	var tr int64
	for i := 0; i < q; i++ {
		tr += w[i*q+i]
	}
	println("trace", tr, "w[1][2]", w[1*q+2])
}
