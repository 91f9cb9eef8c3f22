// stdsmoke: bufio
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader(" alpha  beta\tgamma\n"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), ",")
	}
	fmt.Println(n, ws.Err())
	r := bufio.NewReaderSize(strings.NewReader("line a\nline b\nrest"), 16)
	l, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", l, err)
	b, _ := r.Peek(4)
	fmt.Printf("%q %d\n", b, r.Buffered())
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	c, size, _ := r.ReadRune()
	fmt.Println(string(c), size, r.UnreadRune())
	rest, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 8)
	fmt.Fprintf(w, "hello %d, ", 42)
	w.WriteString("buffered")
	fmt.Println(buf.Len() > 0, w.Buffered())
	w.Flush()
	fmt.Println(buf.String(), w.Available())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, "via bufio.Writer")
}
