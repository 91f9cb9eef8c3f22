// stdsmoke: compress/gzip
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"time"
)

func main() {
	data := strings.Repeat("gzip roundtrip data, with some repetition. ", 500)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "smoke.txt"
	zw.Comment = "a comment"
	zw.ModTime = time.Unix(1600000000, 0)
	zw.Write([]byte(data))
	fmt.Println(zw.Close())
	fmt.Printf("%d % x\n", buf.Len(), buf.Bytes()[:10])
	zr, err := gzip.NewReader(&buf)
	fmt.Println(err, zr.Name, zr.Comment, zr.ModTime.UTC())
	out, err := io.ReadAll(zr)
	fmt.Println(len(out), out != nil && string(out) == data, err)
	var b2 bytes.Buffer
	zw2, _ := gzip.NewWriterLevel(&b2, gzip.BestCompression)
	zw2.Write([]byte(data))
	zw2.Close()
	fmt.Println(b2.Len())
	_, err = gzip.NewReader(strings.NewReader("not gzip data"))
	fmt.Println(err)
}
