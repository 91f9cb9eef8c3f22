// Golden test: conversions to and from strings: string(rune) encodes UTF-8
// (invalid code points become U+FFFD), []byte(s) and []rune(s) copy,
// string(bytes) and string(runes) build new strings.
package main

func printBytes(b []byte) {
	print(len(b), "[")
	for _, c := range b {
		print(" ", c)
	}
	println(" ]")
}

func printRunes(r []rune) {
	print(len(r), "[")
	for _, c := range r {
		print(" ", c)
	}
	println(" ]")
}

func main() {
	for _, r := range []rune{'A', 0xe9, 0x65e5, 0x1F600, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff,
		0x110000, -1, 0xd800, 0xdfff} {
		s := string(r)
		print(r, " ", len(s), " ")
		for i := 0; i < len(s); i++ {
			print(s[i], " ")
		}
		println()
	}
	// rune(x) truncates to 32 bits first; string(x) of a wider integer does not,
	// so a value outside the rune range becomes U+FFFD.
	var b byte = 'z'
	var i64 int64 = 0x4e16
	println(string(rune(b)), string(rune(i64)), string(rune(i64+1<<32)) == string(rune(i64)), string(i64+1<<32) == "\uFFFD")

	s := "héllo, 世界"
	bs := []byte(s)
	printBytes(bs)
	rs := []rune(s)
	printRunes(rs)
	// The conversions copy: changing the slices leaves s alone.
	bs[0] = 'H'
	rs[1] = 'e'
	println(s, string(bs), string(rs))
	// Invalid UTF-8 decodes to U+FFFD in []rune.
	printRunes([]rune("a\xffb\xe6\x97"))
	// Runes that cannot be encoded become U+FFFD in string([]rune).
	println(string([]rune{0x48, -5, 0x69, 0xd800, 0x21}))
	// Empty and nil.
	var nb []byte
	var nr []rune
	println(string(nb) == "", string(nr) == "", len([]byte("")), len([]rune("")))
	// Round trips.
	orig := "\x00\x01\xfe\xff"
	println(string([]byte(orig)) == orig, string([]rune(orig)) == orig, len(string([]rune(orig))))
	// Building a string from bytes computed at run time.
	buf := make([]byte, 0, 8)
	for c := byte('a'); c < 'a'+8; c++ {
		buf = append(buf, c-32)
	}
	println(string(buf), string(buf[2:5]))
	// append a string's bytes to a []byte.
	buf = append(buf[:3], "xyz"...)
	println(string(buf), len(buf))
	// copy from a string.
	dst := make([]byte, 4)
	n := copy(dst, "wxyz123")
	println(n, string(dst))
}
