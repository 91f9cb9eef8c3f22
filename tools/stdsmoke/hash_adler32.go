// stdsmoke: hash/adler32
package main

import (
	"fmt"
	"hash/adler32"
	"strings"
)

func main() {
	fmt.Println(adler32.Checksum([]byte("Wikipedia")), adler32.Checksum(nil))
	fmt.Println(adler32.Checksum([]byte(strings.Repeat("x", 100000))))
	h := adler32.New()
	h.Write([]byte("Wiki"))
	h.Write([]byte("pedia"))
	fmt.Printf("%x\n", h.Sum(nil))
}
