// stdsmoke: container/ring
package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r.Unlink(2)
	r.Move(1).Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len())
}
