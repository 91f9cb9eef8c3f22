// Golden test: for range over a string decodes UTF-8: the index is the
// byte offset of each rune; an invalid byte (bad lead byte, truncated
// sequence, overlong form, surrogate) yields U+FFFD and advances one byte.
package main

func dump(s string) {
	print(len(s), ":")
	for i, r := range s {
		print(" ", i, "=", r)
	}
	println()
}

func main() {
	dump("abc")
	dump("héllo")
	dump("日本語")
	dump("\U0001F600x")
	dump("")
	dump("\xff")           // invalid lead byte
	dump("a\x80b")         // stray continuation byte
	dump("\xe6\x97")       // truncated 3-byte sequence
	dump("\xe6\x97x")      // truncated, followed by ASCII
	dump("\xc0\xaf")       // overlong encoding of '/'
	dump("\xed\xa0\x80")   // UTF-16 surrogate half
	dump("\xf4\x90\x80\x80") // above U+10FFFF
	dump("\xef\xbf\xbd")   // a real U+FFFD
	dump("\xf0\x9f\x98")   // truncated 4-byte sequence

	// Only the index; only the rune; neither.
	n := 0
	for i := range "héllo" {
		n += i
	}
	cnt := 0
	for range "日本語" {
		cnt++
	}
	var last rune
	for _, r := range "xyz\u00e9" {
		last = r
	}
	println(n, cnt, last)
	// The range expression is evaluated once; reassigning s does not matter.
	s := "abc"
	for i, r := range s {
		s = "zzzzzz"
		print(i, r, " ")
	}
	println(s)
}
