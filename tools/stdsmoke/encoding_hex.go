// stdsmoke: encoding/hex
package main

import (
	"encoding/hex"
	"fmt"
)

func main() {
	s := hex.EncodeToString([]byte("Hello, Gopher!"))
	fmt.Println(s)
	b, err := hex.DecodeString(s)
	fmt.Println(string(b), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefghij\x00\x01\xff")))
}
