// stdsmoke: encoding/pem
package main

import (
	"encoding/pem"
	"fmt"
	"os"
)

func main() {
	b := &pem.Block{Type: "TEST DATA", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "A": "b"}, Bytes: []byte("some binary \x00\x01\x02 data that is long enough to wrap across more than one line of output")}
	pem.Encode(os.Stdout, b)
	enc := pem.EncodeToMemory(b)
	d, rest := pem.Decode(append(enc, "trailing"...))
	fmt.Println(d.Type, d.Headers, string(d.Bytes) == string(b.Bytes), string(rest))
	d, _ = pem.Decode([]byte("no pem here"))
	fmt.Println(d == nil)
}
