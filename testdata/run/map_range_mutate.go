// Golden test: changing a map while ranging over it.  Deleting entries not
// yet reached means they are not produced; deleting the current entry is
// safe; entries added during the range may or may not be produced, so only
// deterministic facts are printed: the final contents, and that every
// original key that was not deleted was visited exactly once.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}

	// delete every entry during the range: each visit deletes itself
	visits := 0
	for k := range m {
		delete(m, k)
		visits++
	}
	println("visits:", visits, "len:", len(m))

	// delete the partner of each visited key: of each pair only one is seen
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	for k := range m {
		seen[k]++
		delete(m, k^1)
	}
	pairsOK := true
	for i := 0; i < 100; i += 2 {
		if seen[i]+seen[i+1] != 1 {
			pairsOK = false
		}
	}
	println("one of each pair:", pairsOK, "len:", len(m), "seen:", len(seen))

	// add entries during the range: originals are visited exactly once,
	// and every added key is in the map afterwards
	m = map[int]int{}
	for i := 0; i < 10; i++ {
		m[i] = i
	}
	origSeen := map[int]int{}
	for k := range m {
		if k < 10 {
			origSeen[k]++
			m[k+1000] = k
		}
	}
	once := true
	for i := 0; i < 10; i++ {
		if origSeen[i] != 1 {
			once = false
		}
	}
	println("originals once:", once, "len:", len(m))

	// modify values of existing keys during range: all updates stick
	for k := range m {
		m[k] = m[k] * 2
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	println("sum doubled:", sum)

	// range over a copy of the map variable sees the same map
	m2 := m
	m2[-1] = 0
	println(len(m), len(m2))
}
