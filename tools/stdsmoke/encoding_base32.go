// stdsmoke: encoding/base32
package main

import (
	"encoding/base32"
	"fmt"
)

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar"} {
		e := base32.StdEncoding.EncodeToString([]byte(s))
		h := base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte(s))
		d, err := base32.StdEncoding.DecodeString(e)
		fmt.Println(e, h, string(d), err)
	}
	_, err := base32.StdEncoding.DecodeString("MZXW6===x")
	fmt.Println(err)
}
