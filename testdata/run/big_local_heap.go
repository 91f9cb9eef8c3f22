// A local larger than gc's maxStackVarSize (10 MB) lives on the heap even
// though its address is never taken (-m: moved to heap: b), as gc does.
package main

import "fmt"

func f(n int) int {
	var b [2000000]int // 16 MB: on the heap, as gc
	for i := range b {
		b[i] = i % n
	}
	s := 0
	for _, v := range b {
		s += v
	}
	return s
}

func main() {
	fmt.Println(f(7), f(3))
}
