// stdsmoke: crypto/md5
package main

import (
	"crypto/md5"
	"fmt"
	"io"
	"strings"
)

func main() {
	data := []byte(strings.Repeat("message digest ", 100))
	for _, n := range []int{0, 1, 55, 56, 64, 65, 1000, len(data)} {
		fmt.Printf("%x\n", md5.Sum(data[:n]))
	}
	h := md5.New()
	io.WriteString(h, "The quick brown fox ")
	io.WriteString(h, "jumps over the lazy dog")
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
}
