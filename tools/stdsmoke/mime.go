// stdsmoke: mime mime/quotedprintable
package main

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"mime/quotedprintable"
	"strings"
)

func main() {
	mt, params, err := mime.ParseMediaType(`text/html; charset="utf-8"; q=0.5`)
	fmt.Println(mt, params["charset"], params["q"], err)
	fmt.Println(mime.FormatMediaType("attachment", map[string]string{"filename": "a b.txt"}))
	_, _, err = mime.ParseMediaType("bad/;=")
	fmt.Println(err)
	fmt.Println(mime.QEncoding.Encode("utf-8", "¡Hola, señor!"), mime.BEncoding.Encode("utf-8", "héllo"))
	dec := new(mime.WordDecoder)
	s, err := dec.DecodeHeader("=?utf-8?q?caf=C3=A9?= and =?utf-8?b?aMOpbGxv?=")
	fmt.Println(s, err)
	var buf bytes.Buffer
	w := quotedprintable.NewWriter(&buf)
	w.Write([]byte("héllo = world, a long line that goes on and on and on and on and on and on and on to wrap"))
	w.Close()
	fmt.Println(buf.String())
	out, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader("caf=C3=A9 =\r\nsoft")))
	fmt.Println(string(out), err)
}
