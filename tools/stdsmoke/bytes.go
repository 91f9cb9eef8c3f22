// stdsmoke: bytes
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	b := []byte("hello world hello")
	fmt.Println(bytes.Contains(b, []byte("world")), bytes.Index(b, []byte("hello")), bytes.LastIndex(b, []byte("hello")), bytes.Count(b, []byte("l")))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper(b), bytes.Title([]byte("x y")), bytes.TrimSpace([]byte("  t  ")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(b, []byte("he")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	fmt.Printf("%s\n", bytes.ReplaceAll(b, []byte("hello"), []byte("bye")))
	var buf bytes.Buffer
	buf.WriteString("abc")
	buf.WriteByte('d')
	buf.Write([]byte("ef"))
	fmt.Fprintf(&buf, "%03d", 7)
	fmt.Println(buf.String(), buf.Len())
	c, _ := buf.ReadByte()
	line, err := buf.ReadString('e')
	fmt.Println(string(c), line, err, buf.String())
	rest, _ := io.ReadAll(&buf)
	fmt.Printf("%q %d\n", rest, buf.Len())
	r := bytes.NewReader([]byte("0123456789"))
	r.Seek(5, io.SeekStart)
	p := make([]byte, 3)
	r.Read(p)
	fmt.Println(string(p), r.Len())
	fmt.Println(bytes.IndexByte(b, 'w'), bytes.IndexAny(b, "xyzw"), string(bytes.Repeat([]byte("-"), 5)))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y z ")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), string(bytes.Map(func(r rune) rune { return r - 32 }, []byte("abc"))))
}
