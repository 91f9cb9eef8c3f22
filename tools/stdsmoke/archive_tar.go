// stdsmoke: archive/tar
package main

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"time"
)

func main() {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	files := []struct{ name, body string }{{"readme.txt", "This archive contains some text files."}, {"gopher.txt", "Gopher names:\nGeorge\nGeoffrey\n"}, {"todo.txt", "Get animal handling license."}}
	for _, f := range files {
		hdr := &tar.Header{Name: f.name, Mode: 0600, Size: int64(len(f.body)), ModTime: time.Unix(1500000000, 0), Format: tar.FormatPAX}
		if err := tw.WriteHeader(hdr); err != nil {
			fmt.Println(err)
		}
		tw.Write([]byte(f.body))
	}
	fmt.Println(tw.Close(), buf.Len())
	tr := tar.NewReader(&buf)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		b, _ := io.ReadAll(tr)
		fmt.Printf("%s %d %o %v %q\n", hdr.Name, hdr.Size, hdr.Mode, hdr.ModTime.UTC(), b)
	}
}
