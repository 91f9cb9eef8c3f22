// stdsmoke: hash/maphash
package main

import (
	"fmt"
	"hash/maphash"
)

func main() {
	seed := maphash.MakeSeed()
	var h1, h2 maphash.Hash
	h1.SetSeed(seed)
	h2.SetSeed(seed)
	h1.WriteString("hello, ")
	h1.WriteString("world")
	h2.Write([]byte("hello, world"))
	fmt.Println(h1.Sum64() == h2.Sum64())
	h2.Reset()
	h2.WriteByte('x')
	fmt.Println(h1.Sum64() != h2.Sum64(), h1.Size(), h1.BlockSize(), len(h1.Sum(nil)))
	var h3 maphash.Hash
	h3.SetSeed(seed)
	for i := 0; i < 1000; i++ {
		h3.WriteString("abcdefgh")
	}
	var h4 maphash.Hash
	h4.SetSeed(seed)
	for i := 0; i < 500; i++ {
		h4.WriteString("abcdefghabcdefgh")
	}
	fmt.Println(h3.Sum64() == h4.Sum64())
}
