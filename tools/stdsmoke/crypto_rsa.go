// stdsmoke: crypto/rsa crypto/rand crypto/sha256
package main

import (
	"bytes"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"fmt"
	"math/big"
)

func main() {
	// A fixed 512-bit key (deterministic output; far too small for real use).
	p, _ := new(big.Int).SetString("98920366548084643601728869055592650835572950932266967461790948584315647051443", 10)
	q, _ := new(big.Int).SetString("94560208308847015747498523884063394671606671904944666360068158221458669711639", 10)
	n := new(big.Int).Mul(p, q)
	e := 65537
	phi := new(big.Int).Mul(new(big.Int).Sub(p, big.NewInt(1)), new(big.Int).Sub(q, big.NewInt(1)))
	d := new(big.Int).ModInverse(big.NewInt(int64(e)), phi)
	key := &rsa.PrivateKey{PublicKey: rsa.PublicKey{N: n, E: e}, D: d, Primes: []*big.Int{p, q}}
	fmt.Println(key.Validate(), n.BitLen())
	key.Precompute()
	h := sha256.Sum256([]byte("signed message"))
	sig, err := rsa.SignPKCS1v15(nil, key, crypto.SHA256, h[:])
	fmt.Printf("%x %v\n", sig, err)
	fmt.Println(rsa.VerifyPKCS1v15(&key.PublicKey, crypto.SHA256, h[:], sig))
	h[0] ^= 1
	fmt.Println(rsa.VerifyPKCS1v15(&key.PublicKey, crypto.SHA256, h[:], sig))
	ct, err := rsa.EncryptOAEP(sha256.New(), rand.Reader, &key.PublicKey, []byte("secret"), nil)
	fmt.Println(len(ct), err)
	pt, err := rsa.DecryptOAEP(sha256.New(), nil, key, ct, nil)
	fmt.Printf("%q %v\n", pt, err)
	buf := make([]byte, 32)
	k, err := rand.Read(buf)
	fmt.Println(k, err, !bytes.Equal(buf, make([]byte, 32)))
	r, err := rand.Int(rand.Reader, big.NewInt(1000))
	fmt.Println(r.Cmp(big.NewInt(1000)) < 0, err)
}
