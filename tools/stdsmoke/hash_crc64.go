// stdsmoke: hash/crc64
package main

import (
	"fmt"
	"hash/crc64"
	"strings"
)

func main() {
	data := []byte(strings.Repeat("crc64 ", 100))
	iso, ecma := crc64.MakeTable(crc64.ISO), crc64.MakeTable(crc64.ECMA)
	for _, n := range []int{0, 1, 15, 16, 17, 64, 599} {
		fmt.Println(crc64.Checksum(data[:n], iso), crc64.Checksum(data[:n], ecma))
	}
	h := crc64.New(ecma)
	h.Write([]byte("123456789"))
	fmt.Printf("%016x\n", h.Sum64())
}
