// stdsmoke: crypto/sha256
package main

import (
	"crypto/sha256"
	"fmt"
	"strings"
)

func main() {
	data := []byte(strings.Repeat("0123456789", 200))
	for _, n := range []int{0, 1, 55, 64, 119, 1000, len(data)} {
		fmt.Printf("%x\n%x\n", sha256.Sum256(data[:n]), sha256.Sum224(data[:n]))
	}
	h := sha256.New()
	h.Write([]byte("hello "))
	h.Write([]byte("world"))
	fmt.Printf("%x %d\n", h.Sum([]byte{0xaa}), h.Size())
}
