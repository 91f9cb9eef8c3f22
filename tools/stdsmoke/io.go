// stdsmoke: io
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	var b bytes.Buffer
	n, err := io.Copy(&b, upper{strings.NewReader("copy me")})
	fmt.Println(n, err, b.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	d, _ := io.ReadAll(lr)
	fmt.Println(string(d))
	mr := io.MultiReader(strings.NewReader("a"), strings.NewReader("b"), strings.NewReader("c"))
	d, _ = io.ReadAll(mr)
	fmt.Println(string(d))
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2)
	io.WriteString(mw, "both")
	fmt.Println(b1.String(), b2.String())
	buf := make([]byte, 5)
	_, err = io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	d, _ = io.ReadAll(sr)
	fmt.Println(string(d), sr.Size())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	d, err = io.ReadAll(pr)
	fmt.Println(string(d), err)
	tr := io.TeeReader(strings.NewReader("tee"), &b)
	io.ReadAll(tr)
	fmt.Println(b.String())
	n2, err := io.CopyN(io.Discard, strings.NewReader("12345"), 10)
	fmt.Println(n2, err)
}
