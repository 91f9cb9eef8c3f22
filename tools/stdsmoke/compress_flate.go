// stdsmoke: compress/flate
package main

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"strings"
)

func main() {
	data := []byte(strings.Repeat("abcabcabd flate! ", 1000))
	for _, level := range []int{flate.NoCompression, flate.BestSpeed, flate.DefaultCompression, flate.BestCompression, flate.HuffmanOnly} {
		var buf bytes.Buffer
		w, err := flate.NewWriter(&buf, level)
		w.Write(data)
		w.Close()
		r := flate.NewReader(&buf)
		n := buf.Len()
		out, err2 := io.ReadAll(r)
		fmt.Println(level, err, n, bytes.Equal(out, data), err2)
	}
	_, err := io.ReadAll(flate.NewReader(strings.NewReader("\xff\xff\xff")))
	fmt.Println(err)
}
