// Golden test: packages io, path and math/rand compiled from Go's source:
// readers and writers (Pipe between goroutines, MultiReader, TeeReader,
// SectionReader, LimitReader, ReadFull's errors), path's lexical
// operations, and math/rand's deterministic sequences for a given seed.
package main

import (
	"errors"
	"io"
	"math/rand"
	"path"
	"strings"
	"unicode"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	q := make([]byte, len(p))
	for i, c := range p {
		q[i] = byte(unicode.ToUpper(rune(c)))
	}
	return u.w.Write(q)
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			io.WriteString(pw, "chunk ")
		}
		pw.CloseWithError(errors.New("writer done"))
	}()
	data, err := io.ReadAll(pr)
	println(string(data), err == nil)
	_, err = pr.Read(make([]byte, 1))
	println(err.Error())

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), strings.NewReader("three"))
	var sb strings.Builder
	tee := io.TeeReader(mr, upper{&sb})
	all, _ := io.ReadAll(tee)
	println(string(all), "|", sb.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	println(string(sec), sr.Size())
	lr := io.LimitReader(strings.NewReader("abcdefgh"), 3)
	lim, _ := io.ReadAll(lr)
	println(string(lim))
	buf := make([]byte, 10)
	n, err := io.ReadFull(strings.NewReader("short"), buf)
	println(n, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	println(n, err == io.EOF)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf[:2], 3)
	println(n, err == io.ErrShortBuffer)
	var w1, w2 strings.Builder
	mw := io.MultiWriter(&w1, &w2)
	k, _ := io.CopyN(mw, strings.NewReader("copy me please"), 7)
	println(k, w1.String(), w2.String())
	nw, _ := io.Copy(io.Discard, strings.NewReader(strings.Repeat("x", 70000)))
	println(nw)

	for _, p := range []string{"a/b/../c", "/../x", "", "a//b/./c/", "/", "../../a"} {
		println("Clean", p, "->", path.Clean(p))
	}
	println(path.Join("a", "", "b", "../c"), path.Base("/x/y.go"), path.Dir("/x/y.go"), path.Ext("f.tar.gz"), path.IsAbs("/a"))
	d, f := path.Split("static/img/logo.png")
	println(d, f)
	m, err := path.Match("*.go", "main.go")
	println(m, err == nil)
	m, _ = path.Match("a/[b-d]?/*", "a/cx/zz")
	println(m)
	_, err = path.Match("[", "x")
	println(err == path.ErrBadPattern)

	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		print(r.Intn(1000), " ")
	}
	println()
	println(r.Int63(), r.Uint32(), r.Int31n(10), r.Int63n(1e12))
	println(r.Float64() < 1, r.Perm(5)[0] >= 0)
	perm := r.Perm(8)
	for _, v := range perm {
		print(v, " ")
	}
	println()
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	println(strings.Join(s, ""))
	println(r.NormFloat64() != 0, r.ExpFloat64() > 0)
	rand.Seed(7)
	println(rand.Intn(100), rand.Intn(100), rand.Int63())
	src := rand.NewSource(1)
	println(src.Int63())
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 100)
	println(z.Uint64(), z.Uint64(), z.Uint64())
	p := make([]byte, 8)
	rand.New(rand.NewSource(5)).Read(p)
	for _, c := range p {
		print(c, " ")
	}
	println()
}
