// stdsmoke: compress/bzip2
package main

import (
	"bytes"
	"compress/bzip2"
	"encoding/hex"
	"fmt"
	"io"
)

// bzip2 -9 of "bzip2 smoke test data, repeated. " eight times.
const data = "425a6839314159265359ffb091ed00002f998040051000362adc1020007050d34c0005553d0269a0da941b15161918191e8c0a0b0c88103b17171f081236244891a1a08161e05448fc5dc914e14243fec247b4"

func main() {
	b, _ := hex.DecodeString(data)
	out, err := io.ReadAll(bzip2.NewReader(bytes.NewReader(b)))
	fmt.Printf("%d %v %q\n", len(out), err, out[:40])
	_, err = io.ReadAll(bzip2.NewReader(bytes.NewReader(b[:len(b)-10])))
	fmt.Println(err)
	_, err = io.ReadAll(bzip2.NewReader(bytes.NewReader([]byte("BZh9garbage"))))
	fmt.Println(err)
}
