// Golden test (later: maps): make, literals, insert, update, lookup with
// comma-ok, delete, len, nil maps (read ok, write panics), maps of structs
// and slices, and iteration (order is random, so results are summed/sorted).
package main

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	v, ok := m["a"]
	w, ok2 := m["zzz"]
	println(len(m), v, ok, w, ok2)
	delete(m, "b")
	delete(m, "nope")
	println(len(m), m["b"])

	lit := map[int]string{1: "one", 2: "two", 3: "three"}
	keys := 0
	vals := []string{}
	for k, v := range lit {
		keys += k
		vals = append(vals, v)
	}
	sortStrings(vals)
	println(keys, vals[0], vals[1], vals[2])

	var nilMap map[string]int
	println(nilMap["x"], len(nilMap), nilMap == nil)

	type pt struct{ x, y int }
	grid := map[pt]bool{{1, 2}: true}
	grid[pt{3, 4}] = true
	println(grid[pt{1, 2}], grid[pt{2, 1}], len(grid))

	groups := map[bool][]int{}
	for i := 0; i < 10; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	println(len(groups[true]), len(groups[false]), groups[true][4])

	// Many entries: growth.
	big := map[int]int{}
	for i := 0; i < 100000; i++ {
		big[i] = i * 2
	}
	sum := 0
	for k, v := range big {
		sum += v - k
	}
	println(len(big), sum)
	for i := 0; i < 100000; i += 2 {
		delete(big, i)
	}
	println(len(big), big[99999])

	// Deleting during iteration is allowed.
	for k := range big {
		delete(big, k)
	}
	println(len(big))

	defer func() { println("recovered:", recover() != nil) }()
	nilMap["x"] = 1 // panics: assignment to entry in nil map
}
