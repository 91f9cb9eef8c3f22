// stdsmoke: archive/zip
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
)

func main() {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i, name := range []string{"a.txt", "dir/b.txt", "c.bin"} {
		fh := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2020, 1, 2, 3, 4, 6, 0, time.UTC)}
		if i == 2 {
			fh.Method = zip.Store
		}
		w, err := zw.CreateHeader(fh)
		if err != nil {
			fmt.Println(err)
			return
		}
		io.WriteString(w, strings.Repeat(name+" content ", 20*(i+1)))
	}
	zw.SetComment("smoke archive")
	fmt.Println(zw.Close(), buf.Len())
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	fmt.Println(err, zr.Comment, len(zr.File))
	for _, f := range zr.File {
		rc, err := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Println(f.Name, f.Method, f.UncompressedSize64, f.CRC32, len(b), err, f.Modified.UTC())
	}
}
