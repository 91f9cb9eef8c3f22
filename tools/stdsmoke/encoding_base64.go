// stdsmoke: encoding/base64
package main

import (
	"encoding/base64"
	"fmt"
	"os"
)

func main() {
	data := []byte("any carnal pleas\xff\xfe")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString(data)
		d, err := enc.DecodeString(s)
		fmt.Println(s, string(d) == string(data), err, enc.EncodedLen(10), enc.DecodedLen(16))
	}
	_, err := base64.StdEncoding.DecodeString("a$==")
	fmt.Println(err)
	w := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	w.Write([]byte("streamed encoder output"))
	w.Close()
	fmt.Println()
}
