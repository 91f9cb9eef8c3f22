// A goroutine's unrecovered panic deep in a recursion whose frames lie on
// both of its stack segments (goc: runtime/stack.c): the traceback goes
// through every frame, across the boundary.  The goroutine is the first
// main starts: gc numbers it 5 with GOMAXPROCS=1, which is how the golden
// output was made.
package main

func down(n int, pad [4]int) int {
	pad[n%4] += n
	if n == 0 {
		panic("deep down")
	}
	return down(n-1, pad) + pad[(n+1)%4]
}

func main() {
	done := make(chan int)
	go func() {
		done <- down(40, [4]int{1, 2, 3, 4})
	}()
	println(<-done)
}
