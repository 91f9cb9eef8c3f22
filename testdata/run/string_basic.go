// Golden test: string values: len (bytes, not runes), indexing (a byte),
// slicing (shares the bytes, no copy), concatenation, +=, and immutability
// (a string variable can be reassigned, its bytes cannot change).
package main

func main() {
	s := "hello, world"
	println(len(s), s[0], s[7], s[len(s)-1], string(s[4]))
	println(s[0:5], s[7:], s[:5], s[:], s[3:3] == "", len(s[3:3]))
	u := "héllo, 世界"
	println(len(u), u[1], u[2], u[:3], len(u[7:]), u[len(u)-3:])
	t := s[7:12]
	t += "!"
	println(t, s)
	c := s + " " + u
	println(c, len(c))
	var e string
	println(e == "", len(e), e+e == "", "a"+e+"b")
	// Building a string in a loop.
	r := ""
	for i := 0; i < 10; i++ {
		r += string(rune('0' + i))
	}
	println(r, len(r))
	// Bytes of a string, including NUL and high bytes.
	z := "a\x00b\xffc"
	for i := 0; i < len(z); i++ {
		print(z[i], " ")
	}
	println(len(z))
	// Escapes in literals, raw strings.
	println("tab\there", `raw\t\n`, "quote\"", "\u00e9\U0001F600", len("\u00e9\U0001F600"))
	multi := `line1
line2`
	println(multi, len(multi))
	// Slices of slices of strings.
	w := "abcdefgh"
	w2 := w[2:6]
	w3 := w2[1:3]
	println(w2, w3, w3[1:], len(w3))
	// Indexing with variables.
	idx := 4
	println(w[idx], w[idx:idx+2], w[idx-1:])
}
