// Golden test: basic map operations in detail: comma-ok on present keys
// holding zero values, delete of absent keys (a no-op), len after each
// change, op-assignment and ++ on entries, multiple assignment involving
// map entries, map literals with composite values, and maps passed to
// functions (they are references).
package main

func fill(m map[string]int, keys ...string) {
	for i, k := range keys {
		m[k] = i
	}
}

func main() {
	m := map[string]int{}
	fill(m, "zero", "one", "two")
	println(len(m))
	v, ok := m["zero"]
	println("present zero value:", v, ok)
	v, ok = m["three"]
	println("absent:", v, ok)

	delete(m, "three")
	delete(m, "three")
	println(len(m))
	delete(m, "zero")
	println(len(m))
	_, ok = m["zero"]
	println(ok)

	m["one"] += 10
	m["two"] *= 7
	m["new"]++
	m["neg"]--
	println(m["one"], m["two"], m["new"], m["neg"], len(m))

	m["a"], m["b"] = 1, 2
	m["a"], m["b"] = m["b"], m["a"]
	println(m["a"], m["b"])

	lit := map[string][]string{
		"fruit": {"apple", "pear"},
		"veg":   {"kale"},
	}
	println(len(lit), len(lit["fruit"]), lit["veg"][0])

	type pt struct{ x, y int }
	pts := map[string]pt{"o": {}, "p": {1, 2}}
	println(pts["p"].x+pts["p"].y, pts["o"].x)

	// a map with a large value type
	big := map[int][64]int{}
	var arr [64]int
	arr[63] = 63
	big[1] = arr
	println(big[1][63], big[2][63])

	// many entries to force growth, then delete half
	g := map[int]int{}
	for i := 0; i < 5000; i++ {
		g[i*7] = i
	}
	for i := 0; i < 5000; i += 2 {
		delete(g, i*7)
	}
	s := 0
	for k, v := range g {
		s += k - 7*v
	}
	println(len(g), g[7*4999], s)

	var nilm map[int]bool
	cnt := 0
	for range nilm {
		cnt++
	}
	println(cnt, len(nilm))
	if _, ok := m["one"]; ok {
		println("if-init comma-ok")
	}
}
