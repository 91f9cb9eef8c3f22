// Golden test: package strings compiled from Go's source (with
// internal/bytealg's searches from goc's runtime): searching, splitting,
// case mapping, Builder, Reader, Replacer, Fields, Map, Title-less Cut.
package main

import (
	"io"
	"strings"
	"unicode"
)

func show(name string, ss []string) {
	print(name, ": ", len(ss), " [")
	for i, s := range ss {
		if i > 0 {
			print(" ")
		}
		print("\"", s, "\"")
	}
	println("]")
}

func main() {
	s := "The quick brown fox jumps over the lazy dog"
	println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'q'))
	println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "lazy dog"), strings.Index(s, ""), strings.Index("", "a"))
	println(strings.IndexByte(s, 'z'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'), strings.IndexAny(s, "zq"), strings.LastIndexAny(s, "oe"))
	println(strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsSpace), strings.Count(s, "o"), strings.Count("five", ""))
	long := strings.Repeat("ab", 100) + "abc" + strings.Repeat("x", 50)
	println(strings.Index(long, "abc"), strings.Index(long, strings.Repeat("x", 40)), strings.Index(long, strings.Repeat("x", 70)), strings.LastIndex(long, "ba"))
	println(strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"), strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))

	show("Split", strings.Split("a,b,,c", ","))
	show("SplitN", strings.SplitN("a,b,c,d", ",", 2))
	show("SplitAfter", strings.SplitAfter("a,b,c", ","))
	show("Split empty sep", strings.Split("héllo", ""))
	show("Fields", strings.Fields("  foo bar\tbaz\n  "))
	show("FieldsFunc", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","))

	println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀÉÎ Go"), strings.Title("go is fun"), strings.ToTitle("abc"))
	println(strings.TrimSpace("  \t hi there \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"), strings.TrimRight("aabcaa", "a"))
	println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit))
	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"), strings.Replace("abc", "", "-", -1))
	println(strings.Repeat("-", 10), strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banxana"))
	before, after, found := strings.Cut("key=value", "=")
	println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	println(found)

	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString("x")
		b.WriteByte('0' + byte(i))
		b.WriteRune('é')
	}
	println(b.String(), b.Len())
	b.Reset()
	b.Grow(64)
	println(b.Len(), b.Cap() >= 64)

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	println(r.Replace("<a href=\"x&y\">"))
	r2 := strings.NewReplacer("a", "1", "b", "2")
	println(r2.Replace("abcabc"))

	rd := strings.NewReader("hello, reader")
	buf := make([]byte, 5)
	n, err := rd.Read(buf)
	println(n, string(buf[:n]), err == nil, rd.Len())
	rest, _ := io.ReadAll(rd)
	println(string(rest))
	_, err = rd.Read(buf)
	println(err == io.EOF)
	rd.Seek(7, io.SeekStart)
	c, _ := rd.ReadByte()
	println(string(rune(c)))

	println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"))
	println(strings.ToValidUTF8("a\xffb", "?"), strings.LastIndexByte("abcabc", 'b'))
	println(strings.Clone("clone") == "clone")
}
