// Golden test: maps whose keys or values are larger than 128 bytes (gc
// stores those indirectly), zero-size keys and values, and maps used as
// sets; entries survive growth; lookups return copies.
package main

type BigK struct {
	a    [20]int
	name string
}

type BigV struct {
	data [40]int
	s    string
}

func key(i int) BigK {
	var k BigK
	k.a[0] = i
	k.a[19] = -i
	k.name = "k" + string(rune('a'+i%26))
	return k
}

func main() {
	m := map[BigK]BigV{}
	for i := 0; i < 200; i++ {
		var v BigV
		v.data[0] = i
		v.data[39] = i * i
		v.s = "v"
		m[key(i)] = v
	}
	println(len(m))
	v := m[key(77)]
	println(v.data[0], v.data[39], v.s)
	v.data[0] = -1 // a copy
	println(m[key(77)].data[0])
	_, ok := m[key(500)]
	println(ok, m[key(500)].data[39])
	for i := 0; i < 200; i += 3 {
		delete(m, key(i))
	}
	sum := 0
	for k, v := range m {
		if k.a[0] != v.data[0] || k.a[19] != -k.a[0] {
			println("mismatch")
		}
		sum += v.data[39]
	}
	println(len(m), sum)

	// zero-size keys and values
	z := map[struct{}]int{}
	z[struct{}{}] = 1
	z[struct{}{}]++
	println(len(z), z[struct{}{}])
	za := map[[0]int]string{}
	za[[0]int{}] = "empty array key"
	println(len(za), za[[0]int{}])

	set := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a", "c", "b", "a"} {
		set[w] = struct{}{}
	}
	_, hasA := set["a"]
	_, hasD := set["d"]
	println(len(set), hasA, hasD)

	// large values in a map of arrays
	arrs := map[int][32]string{}
	for i := 0; i < 50; i++ {
		var a [32]string
		a[i%32] = "x"
		arrs[i] = a
	}
	cnt := 0
	for _, a := range arrs {
		for _, s := range a {
			if s == "x" {
				cnt++
			}
		}
	}
	println(len(arrs), cnt, arrs[40][8])
}
