// stdsmoke: crypto/ed25519 crypto/sha512
package main

import (
	"crypto/ed25519"
	"fmt"
)

func main() {
	seed := make([]byte, ed25519.SeedSize)
	for i := range seed {
		seed[i] = byte(i * 7)
	}
	priv := ed25519.NewKeyFromSeed(seed)
	pub := priv.Public().(ed25519.PublicKey)
	fmt.Printf("%x\n", pub)
	msg := []byte("message to sign")
	sig := ed25519.Sign(priv, msg)
	fmt.Printf("%x\n", sig)
	fmt.Println(ed25519.Verify(pub, msg, sig), ed25519.Verify(pub, []byte("other"), sig))
}
