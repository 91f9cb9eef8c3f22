// Golden test: maps of slices and maps of maps: appending through a map
// entry, creating inner maps on demand, the "value is a copy" rule for
// struct values (whole-value replace), pointers as values for in-place
// updates, and len of inner containers.
package main

type Acc struct {
	n   int
	sum int
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	// group numbers by remainder
	groups := map[int][]int{}
	for i := 1; i <= 20; i++ {
		groups[i%4] = append(groups[i%4], i)
	}
	for r := 0; r < 4; r++ {
		print(r, ":")
		for _, v := range groups[r] {
			print(" ", v)
		}
		println()
	}
	println(len(groups), len(groups[7]))

	// graph as map of maps
	g := map[string]map[string]int{}
	addEdge := func(a, b string, w int) {
		if g[a] == nil {
			g[a] = map[string]int{}
		}
		g[a][b] = w
	}
	addEdge("a", "b", 1)
	addEdge("a", "c", 4)
	addEdge("b", "c", 2)
	addEdge("c", "a", 7)
	addEdge("a", "b", 3) // overwrite
	println(len(g), len(g["a"]), g["a"]["b"], g["c"]["a"], g["x"]["y"])
	var keys []string
	for k := range g["a"] {
		keys = append(keys, k)
	}
	sortStrings(keys)
	println(keys[0], keys[1])
	total := 0
	for _, inner := range g {
		for _, w := range inner {
			total += w
		}
	}
	println("total weight:", total)

	// struct values: read-modify-write the whole value
	accs := map[string]Acc{}
	for _, w := range []string{"x", "y", "x", "x"} {
		a := accs[w]
		a.n++
		a.sum += len(w) * 10
		accs[w] = a
	}
	println(accs["x"].n, accs["x"].sum, accs["y"].n)

	// pointer values: update in place
	ptrs := map[string]*Acc{}
	for _, w := range []string{"p", "q", "p"} {
		if ptrs[w] == nil {
			ptrs[w] = &Acc{}
		}
		ptrs[w].n++
	}
	println(ptrs["p"].n, ptrs["q"].n)

	// slices in a map share backing arrays with copies taken out
	sm := map[string][]int{"s": {3, 1, 2}}
	s := sm["s"]
	sortInts(s)
	println(sm["s"][0], sm["s"][1], sm["s"][2])

	// map values of map type are references
	mm := map[int]map[int]bool{1: {}}
	inner := mm[1]
	inner[5] = true
	println(mm[1][5], len(mm[1]))

	// array values are copies
	am := map[int][2]int{0: {1, 2}}
	arr := am[0]
	arr[0] = 99
	println(am[0][0], arr[0])
}
