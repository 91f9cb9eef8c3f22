// stdsmoke: unicode/utf8
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(string(r), size, " ")
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], utf8.RuneLen('€'), utf8.FullRune(buf[:2]), utf8.RuneStart(buf[1]))
	fmt.Println(utf8.AppendRune(nil, 0x10FFFF), utf8.ValidRune(0xD800))
	r, size = utf8.DecodeRune([]byte{0xe2, 0x82})
	fmt.Println(r == utf8.RuneError, size)
}
