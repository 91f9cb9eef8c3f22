// make([]T, n, C) with a constant capacity lives in the frame when it does
// not escape; a variable length is still checked (gc: panicmakeslicelen).
package main

import "fmt"

func fill(n int) (s int) {
	b := make([]int, n, 10)
	for i := range b {
		b[i] = i
		s += i
	}
	b = append(b, 100) // may still fit in the frame array
	return s + b[len(b)-1] + cap(b)
}

func try(n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	fmt.Println(fill(n))
}

func main() {
	for _, n := range []int{0, 3, 9, 10, 11, -1} {
		try(n)
	}
}
