// stdsmoke: compress/zlib compress/lzw
package main

import (
	"bytes"
	"compress/lzw"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
)

func main() {
	data := []byte(strings.Repeat("zlib and lzw data ", 300))
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write(data)
	w.Close()
	fmt.Printf("%d % x\n", buf.Len(), buf.Bytes()[:6])
	r, err := zlib.NewReader(&buf)
	out, err2 := io.ReadAll(r)
	fmt.Println(err, err2, bytes.Equal(out, data))
	var lb bytes.Buffer
	lw := lzw.NewWriter(&lb, lzw.LSB, 8)
	lw.Write(data)
	lw.Close()
	fmt.Println(lb.Len())
	lr := lzw.NewReader(&lb, lzw.LSB, 8)
	out, err = io.ReadAll(lr)
	fmt.Println(err, bytes.Equal(out, data))
}
