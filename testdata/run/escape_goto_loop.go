// Golden test: a loop made with goto (escape.c's looping labels): what is
// allocated in it and kept by a variable declared before it gets its own
// object each time round, as in a for loop; code after the loop (or in
// another block) is not in it.
package main

func collect() [3]*int {
	var all [3]*int
	i := 0
loop:
	x := new(int)
	*x = i * 10
	all[i] = x
	i++
	if i < 3 {
		goto loop
	}
	return all
}

func notLooping(c bool) int {
	var p *int
	if c {
	again:
		if p == nil {
			p = new(int)
			goto again
		}
	}
	q := new(int) // after the block holding the loop: one object
	*q = 5
	if p != nil {
		*q += *p
	}
	return *q
}

func main() {
	a := collect()
	println(*a[0], *a[1], *a[2], a[0] != a[1], a[1] != a[2])
	println(notLooping(true), notLooping(false))
}
