// Comparisons with constant strings of up to 16 bytes compile to a length
// check and word-sized loads (gc's walkCompareString); longer ones call
// memequal. Every length, both sides, == and !=, bytes >= 0x80.
package main

import "fmt"

func main() {
	words := []string{"", "+", "-", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnoq", "\xff\x80", "héllo"}
	for _, w := range words {
		fmt.Println(w == "", w != "+", w == "-", w == "ab", w == "abc", w == "abcd", "abcde" == w, w == "abcdefg", w == "abcdefgh", w == "abcdefghi", w == "abcdefghijklmnop", w == "abcdefghijklmnopq", w != "abcdefghijklmnoq", w == "\xff\x80", w == "héllo")
	}
}

func init() {
	// switch cases compare the same way
	for _, w := range []string{"true", "false", "null", "nul", "truex"} {
		switch w {
		case "true":
			println("T")
		case "false":
			println("F")
		case "null":
			println("N")
		default:
			println("?", w)
		}
	}
}
