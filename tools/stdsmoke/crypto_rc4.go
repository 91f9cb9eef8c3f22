// stdsmoke: crypto/rc4
package main

import (
	"crypto/rc4"
	"fmt"
)

func main() {
	c, err := rc4.NewCipher([]byte("Key"))
	fmt.Println(err)
	out := make([]byte, 9)
	c.XORKeyStream(out, []byte("Plaintext"))
	fmt.Printf("%X\n", out)
	_, err = rc4.NewCipher(nil)
	fmt.Println(err)
}
