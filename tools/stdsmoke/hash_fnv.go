// stdsmoke: hash/fnv hash
package main

import (
	"fmt"
	"hash"
	"hash/fnv"
)

func main() {
	for _, h := range []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a()} {
		h.Write([]byte("hello fnv"))
		fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	}
	h := fnv.New32a()
	h.Write([]byte("a"))
	fmt.Println(h.Sum32())
}
