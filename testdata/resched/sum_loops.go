// Loops of every shape keep computing the same results with the checks
// on their back edges: nested loops, a loop around a call, a loop whose
// body stores, and a goto loop.
package main

//go:noinline
func add(a, b int) int { return a + b }

func main() {
	s := 0
	for i := 0; i < 100; i++ {
		for j := 0; j < i; j++ {
			s += j
		}
	}
	println(s)
	t := 0
	for i := 0; i < 1000; i++ {
		t = add(t, i)
	}
	println(t)
	a := make([]int, 10)
	for i := range a {
		a[i] = i * i
	}
	println(a[9])
	k := 0
loop:
	k++
	if k < 50 {
		goto loop
	}
	println(k)
}
