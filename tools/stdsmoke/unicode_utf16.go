// stdsmoke: unicode/utf16
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune("a€😀𝄞z")
	enc := utf16.Encode(runes)
	fmt.Printf("%04x\n", enc)
	fmt.Println(string(utf16.Decode(enc)))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c %v\n", r1, r2, utf16.DecodeRune(r1, r2), utf16.IsSurrogate(r1))
	fmt.Println(utf16.Decode([]uint16{0xd800, 0x41}))
}
