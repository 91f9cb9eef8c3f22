// Golden test: a word-frequency counter.  Splits a text into lower-cased
// words by hand, counts them in a map, then prints the words ordered by
// count (descending) and then alphabetically, using a hand-written merge
// sort on a slice of structs built from the map.
package main

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`

type wc struct {
	word  string
	count int
}

func less(a, b wc) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func mergeSort(a []wc) []wc {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l := mergeSort(append([]wc(nil), a[:mid]...))
	r := mergeSort(append([]wc(nil), a[mid:]...))
	out := make([]wc, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if less(r[j], l[i]) {
			out = append(out, r[j])
			j++
		} else {
			out = append(out, l[i])
			i++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func words(s string) []string {
	var out []string
	var cur []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			cur = append(cur, c)
			continue
		}
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

func main() {
	ws := words(text)
	freq := map[string]int{}
	for _, w := range ws {
		freq[w]++
	}
	println("words:", len(ws), "distinct:", len(freq))

	list := make([]wc, 0, len(freq))
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	list = mergeSort(list)
	for _, e := range list {
		println(e.count, e.word)
	}

	// letters histogram with an array-valued map
	type hist [26]int
	byFirst := map[byte]*hist{}
	for _, w := range ws {
		h := byFirst[w[0]]
		if h == nil {
			h = new(hist)
			byFirst[w[0]] = h
		}
		for i := 0; i < len(w); i++ {
			h[w[i]-'a']++
		}
	}
	println("first letters:", len(byFirst), "e's under w:", byFirst['w']['e'-'a'])
}
