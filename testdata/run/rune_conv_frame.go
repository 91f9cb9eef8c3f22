// []rune(s) and string(runes) that do not escape use a 32-element buffer in
// the frame when they fit (gc's tmpBuf/runeBuf), the heap otherwise; the
// buffer is reused by a loop, so each result must be independent.
package main

import "fmt"

var sink []rune

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func count(s string) (n int) {
	for _, c := range []rune(s) {
		if c > 127 {
			n++
		}
	}
	return
}

func main() {
	words := []string{"héllo", "wörld", "日本語", "", "a", "0123456789012345678901234567890123456789"}
	var out []string
	for _, w := range words {
		out = append(out, reverse(w))
	}
	fmt.Println(out)
	for _, w := range words {
		r := []rune(w)
		fmt.Print(len(r), cap(r) >= len(r), count(w), " ")
	}
	fmt.Println()
	r := []rune("keep me")
	sink = r // escapes
	s := string([]rune{'x', 'ÿ', 0x10FFFF + 1, -1})
	fmt.Printf("%q %q\n", string(sink), s)
	long := make([]rune, 40)
	for i := range long {
		long[i] = 'α' + rune(i%20)
	}
	fmt.Println(len(string(long)), string(long[:5]))
}
