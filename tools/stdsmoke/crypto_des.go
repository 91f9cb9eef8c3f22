// stdsmoke: crypto/des crypto/cipher
package main

import (
	"crypto/cipher"
	"crypto/des"
	"fmt"
)

func main() {
	key := []byte("8bytekey")
	b, err := des.NewCipher(key)
	fmt.Println(err, b.BlockSize())
	pt := []byte("sixteen byte msg and then some more bytes..!")[:40]
	iv := []byte("initvect")
	ct := make([]byte, len(pt))
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(ct, pt)
	fmt.Printf("%x\n", ct)
	back := make([]byte, len(ct))
	cipher.NewCBCDecrypter(b, iv).CryptBlocks(back, ct)
	fmt.Println(string(back))
	s := make([]byte, 45)
	cipher.NewCTR(b, iv).XORKeyStream(s, []byte("counter mode stream of bytes, odd length 45.."))
	fmt.Printf("%x\n", s)
	t, _ := des.NewTripleDESCipher([]byte("twenty-four byte key!!!!"))
	out := make([]byte, 8)
	t.Encrypt(out, []byte("8 bytes!"))
	fmt.Printf("%x\n", out)
	o := make([]byte, 20)
	cipher.NewOFB(b, iv).XORKeyStream(o, []byte("output feedback mode"))
	fmt.Printf("%x\n", o)
	c := make([]byte, 20)
	cipher.NewCFBEncrypter(b, iv).XORKeyStream(c, []byte("cipher feedback mode"))
	fmt.Printf("%x\n", c)
}
