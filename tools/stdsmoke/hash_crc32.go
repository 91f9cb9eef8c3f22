// stdsmoke: hash/crc32
package main

import (
	"fmt"
	"hash/crc32"
	"strings"
)

func main() {
	data := []byte(strings.Repeat("The quick brown fox jumps over the lazy dog. ", 300))
	cast := crc32.MakeTable(crc32.Castagnoli)
	koop := crc32.MakeTable(crc32.Koopman)
	for _, n := range []int{0, 1, 7, 16, 63, 64, 100, 511, 1024, 4097, len(data) - 1} {
		fmt.Println(n, crc32.ChecksumIEEE(data[:n]), crc32.Checksum(data[:n], cast), crc32.Checksum(data[1:n+1], cast), crc32.Checksum(data[:n], koop))
	}
	h := crc32.NewIEEE()
	h.Write(data[:1000])
	h.Write(data[1000:])
	fmt.Println(h.Sum32() == crc32.ChecksumIEEE(data), crc32.Update(0, cast, data[:3]))
	c := crc32.New(cast)
	c.Write([]byte("123456789"))
	fmt.Printf("%08x\n", c.Sum32())
}
