// Golden test: string comparison is bytewise and lexicographic, with bytes
// compared as unsigned values; a proper prefix sorts first.
package main

func cmp(a, b string) {
	println(a, "?", b, ":", a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	cmp("abc", "abc")
	cmp("abc", "abd")
	cmp("abd", "abc")
	cmp("ab", "abc")
	cmp("abc", "ab")
	cmp("", "a")
	cmp("", "")
	cmp("Z", "a")
	cmp("a\x7f", "a\x80") // 0x80 > 0x7f as a byte
	cmp("\xff", "\x00\x00")
	cmp("é", "z")
	cmp("hello world", "hello_world")
	// Equal contents in different memory.
	a := "concat"
	b := "con"
	b += "cat"
	println(a == b, a[:3] == b[:3], a[3:] == "cat")
	// Sorting a small slice of strings by insertion.
	words := []string{"pear", "apple", "fig", "apples", "Apple", "", "banana", "app"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	for _, w := range words {
		print("[", w, "] ")
	}
	println()
	// switch on strings.
	for _, w := range []string{"go", "c", "rust", ""} {
		switch w {
		case "go":
			println("gopher")
		case "c", "rust":
			println("systems", w)
		default:
			println("other", len(w))
		}
	}
}
