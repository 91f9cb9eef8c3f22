// stdsmoke: strings
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Contains(s, "World"), strings.Index(s, "Go"), strings.LastIndex(s, "Hello"), strings.Count(s, "l"))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.Title("a b"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  a  b\tc\n "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace(s, "Hello", "Bye", 1), strings.ReplaceAll(s, "l", "L"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  x  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabc", "a"))
	fmt.Println(strings.TrimPrefix(s, "Hello"), strings.TrimSuffix("a.go", ".go"), strings.HasPrefix(s, "He"), strings.HasSuffix(s, "!"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.IndexByte(s, 'W'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.ContainsRune("abc", 'c'), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	rd := strings.NewReader("reader text")
	buf := make([]byte, 6)
	n, _ := rd.Read(buf)
	fmt.Println(n, string(buf), rd.Len())
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Title("hello world"), strings.ToTitle("x"), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.Index(strings.Repeat("ab", 1000)+"needle", "needle"))
}
