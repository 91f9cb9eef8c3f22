// stdsmoke: encoding/ascii85
package main

import (
	"encoding/ascii85"
	"fmt"
)

func main() {
	src := []byte("Man is distinguished, not only by his reason\x00\x00\x00\x00")
	dst := make([]byte, ascii85.MaxEncodedLen(len(src)))
	n := ascii85.Encode(dst, src)
	fmt.Println(string(dst[:n]))
	out := make([]byte, len(src)+4)
	nd, ns, err := ascii85.Decode(out, dst[:n], true)
	fmt.Println(nd, ns, err, string(out[:nd]) == string(src))
}
