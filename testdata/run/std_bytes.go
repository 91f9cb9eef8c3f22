// Golden test: package bytes compiled from Go's source (with
// internal/bytealg's Compare, Count, Index and IndexByte from goc's
// runtime): Buffer, Reader, searching and transforming byte slices.
package main

import (
	"bytes"
	"io"
	"unicode"
)

func showAll(name string, bs [][]byte) {
	print(name, ": ", len(bs))
	for _, b := range bs {
		print(" [", string(b), "]")
	}
	println()
}

func main() {
	a := []byte("hello, world, hello")
	println(bytes.Index(a, []byte("world")), bytes.LastIndex(a, []byte("hello")), bytes.IndexByte(a, 'w'), bytes.IndexRune(a, 'd'))
	println(bytes.Count(a, []byte("l")), bytes.Count(a, nil), bytes.Contains(a, []byte(", w")), bytes.ContainsAny(a, "xyz"))
	println(bytes.Equal(a, []byte("hello, world, hello")), bytes.Equal(a[:5], a[14:]), bytes.Equal(nil, []byte{}))
	println(bytes.Compare([]byte("abc"), []byte("abd")), bytes.Compare([]byte("abcdefghij"), []byte("abcdefghi")), bytes.Compare(nil, nil))
	big1 := bytes.Repeat([]byte("0123456789"), 30)
	big2 := bytes.Repeat([]byte("0123456789"), 30)
	big2[250] = 'X'
	println(bytes.Compare(big1, big2), bytes.Compare(big2, big1), bytes.Equal(big1, big2), bytes.IndexByte(big2, 'X'))
	println(bytes.Index(big1, []byte("890123")), bytes.Index(big2, []byte("0X")), bytes.LastIndexByte(big1, '5'))
	for i := 0; i < 20; i++ {
		s := bytes.Repeat([]byte{'a'}, i)
		s = append(s, 'b')
		print(bytes.IndexByte(s, 'b'), bytes.Count(s, []byte{'a'}), " ")
	}
	println()

	showAll("Split", bytes.Split([]byte("a b  c"), []byte(" ")))
	showAll("Fields", bytes.Fields([]byte("  x  y\tz ")))
	showAll("SplitN", bytes.SplitN([]byte("1,2,3"), []byte(","), 2))
	println(string(bytes.Join([][]byte{[]byte("p"), []byte("q")}, []byte(", "))))
	println(string(bytes.ToUpper([]byte("mixed Case é"))), string(bytes.ToLower([]byte("MIXED"))), string(bytes.Title([]byte("a b"))))
	println(string(bytes.TrimSpace([]byte("\t x \n"))), string(bytes.Trim([]byte("--x--"), "-")), string(bytes.TrimPrefix([]byte("foobar"), []byte("foo"))))
	println(string(bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb"))), string(bytes.Map(unicode.ToUpper, []byte("map"))))
	println(bytes.HasPrefix(a, []byte("hell")), bytes.HasSuffix(a, []byte("llo")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	println(string(before), string(after), ok)
	println(string(bytes.Runes([]byte("日本"))[1:]) == "本", len(bytes.Runes([]byte("日本"))))

	var buf bytes.Buffer
	buf.WriteString("line one\n")
	buf.Write([]byte("line two\n"))
	buf.WriteByte('x')
	buf.WriteRune('é')
	println(buf.Len(), buf.String())
	line, err := buf.ReadString('\n')
	println(line, err == nil)
	l2, err := buf.ReadBytes('\n')
	println(string(l2), err == nil)
	r, size, _ := buf.ReadRune()
	println(r, size)
	buf.UnreadRune()
	rest := buf.Next(10)
	println(string(rest), buf.Len())
	_, err = buf.ReadByte()
	println(err == io.EOF)
	buf.Reset()
	for i := 0; i < 1000; i++ {
		buf.WriteString("0123456789")
	}
	println(buf.Len(), buf.Cap() >= 10000)
	buf.Truncate(5)
	println(buf.String())
	var out bytes.Buffer
	n, err := io.Copy(&out, bytes.NewReader(bytes.Repeat([]byte("z"), 100000)))
	println(n, err == nil, out.Len())
	nb := bytes.NewBufferString("from string")
	p := make([]byte, 4)
	k, _ := nb.Read(p)
	println(k, string(p), nb.String())

	rd := bytes.NewReader([]byte("0123456789"))
	rd.Seek(-3, io.SeekEnd)
	tail, _ := io.ReadAll(rd)
	println(string(tail), rd.Size())
	at := make([]byte, 3)
	rd.ReadAt(at, 2)
	println(string(at))
}
