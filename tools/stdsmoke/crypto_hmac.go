// stdsmoke: crypto/hmac crypto/subtle
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
)

func main() {
	key := []byte("secret key")
	m := hmac.New(sha256.New, key)
	m.Write([]byte("The quick brown fox jumps over the lazy dog"))
	sum := m.Sum(nil)
	fmt.Printf("%x\n", sum)
	m2 := hmac.New(md5.New, []byte("a key longer than the block size of md5, which is sixty-four bytes long"))
	m2.Write([]byte("msg"))
	fmt.Printf("%x\n", m2.Sum(nil))
	fmt.Println(hmac.Equal(sum, sum), hmac.Equal(sum, sum[:5]))
	fmt.Println(subtle.ConstantTimeCompare([]byte("ab"), []byte("ab")), subtle.ConstantTimeByteEq(3, 4), subtle.ConstantTimeSelect(1, 5, 6))
	fmt.Println(subtle.ConstantTimeEq(5, 5), subtle.ConstantTimeLessOrEq(3, 2))
}
