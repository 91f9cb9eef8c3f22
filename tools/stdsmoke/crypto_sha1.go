// stdsmoke: crypto/sha1
package main

import (
	"crypto/sha1"
	"fmt"
	"io"
	"strings"
)

func main() {
	data := []byte(strings.Repeat("abc", 1000))
	for _, n := range []int{0, 3, 55, 56, 64, 200, 256, 257, 1000, len(data)} {
		fmt.Printf("%x\n", sha1.Sum(data[:n]))
	}
	h := sha1.New()
	for i := 0; i < 100; i++ {
		io.WriteString(h, "chunk of text ")
	}
	fmt.Printf("%x\n", h.Sum(nil))
}
