// stdsmoke: crypto/sha512
package main

import (
	"crypto/sha512"
	"fmt"
	"strings"
)

func main() {
	data := []byte(strings.Repeat("sha-512 ", 300))
	for _, n := range []int{0, 1, 111, 112, 128, 1000, len(data)} {
		fmt.Printf("%x\n%x\n", sha512.Sum512(data[:n]), sha512.Sum384(data[:n]))
	}
	fmt.Printf("%x\n", sha512.Sum512_256([]byte("abc")))
	h := sha512.New()
	h.Write(data)
	fmt.Printf("%x\n", h.Sum(nil))
}
