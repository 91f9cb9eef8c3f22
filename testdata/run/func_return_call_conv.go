// return f() where f's results are assigned to the function's results with a
// conversion: a pointer or a struct in memory into an interface result.
package main

type I interface{ M() int }
type T struct{ x int }
type Big struct{ a, b, c, d, e int }

func (t *T) M() int { return t.x }
func (b Big) M() int { return b.a + b.e }

func newT(x int) (*T, error) { return &T{x}, nil }
func newBig(x int) (Big, error) { return Big{a: x, e: 10}, nil }

func F(x int) (I, error) {
	if x > 5 {
		return newBig(x)
	}
	return newT(x)
}

func G(x int) (any, [3]int) { return H(x) }
func H(x int) (int, [3]int) { return x, [3]int{x, x, x} }

func main() {
	i, err := F(1)
	println(i.M(), err == nil)
	i, err = F(7)
	println(i.M(), err == nil)
	a, b := G(4)
	println(a.(int), b[2])
}
