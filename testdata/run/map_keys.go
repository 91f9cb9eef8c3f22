// Golden test: map key kinds other than int and string: structs, arrays,
// pointers, bools, interfaces (mixing dynamic types; 1 and int64(1) are
// different keys), named types, channels are skipped.  Lookups use fresh
// equal values, never the same variable.
package main

type Pt struct{ X, Y int }

type Key struct {
	name string
	pt   Pt
	tag  [2]byte
}

type ID int

func main() {
	byPt := map[Pt]string{{0, 0}: "origin", {1, 0}: "east"}
	byPt[Pt{0, 1}] = "north"
	println(len(byPt), byPt[Pt{0, 0}], byPt[Pt{1, 0}], byPt[Pt{0, 1}], byPt[Pt{5, 5}] == "")

	arr := map[[3]int]int{}
	arr[[3]int{1, 2, 3}] = 6
	arr[[3]int{3, 2, 1}] = 60
	arr[[3]int{1, 2, 3}] += 1
	println(len(arr), arr[[3]int{1, 2, 3}], arr[[3]int{3, 2, 1}])

	nested := map[Key]int{}
	nested[Key{"a", Pt{1, 2}, [2]byte{'x', 'y'}}] = 1
	nested[Key{"a", Pt{1, 2}, [2]byte{'x', 'z'}}] = 2
	nested[Key{"a" + "", Pt{1, 2}, [2]byte{'x', 'y'}}] += 10
	println(len(nested), nested[Key{"a", Pt{1, 2}, [2]byte{'x', 'y'}}])

	a, b := new(int), new(int)
	ptrs := map[*int]string{a: "a", b: "b"}
	println(len(ptrs), ptrs[a], ptrs[b], ptrs[new(int)] == "")

	bools := map[bool]int{}
	for i := 0; i < 10; i++ {
		bools[i%3 == 0]++
	}
	println(bools[true], bools[false])

	ifc := map[interface{}]string{}
	ifc[1] = "int 1"
	ifc[int64(1)] = "int64 1"
	ifc["1"] = "string 1"
	ifc[Pt{1, 1}] = "pt"
	ifc[ID(1)] = "ID 1"
	ifc[nil] = "nil"
	ifc[1.0] = "float 1"
	ifc[[2]string{"a", "b"}] = "array"
	println(len(ifc))
	println(ifc[1], ifc[int64(1)], ifc["1"], ifc[Pt{1, 1}], ifc[ID(1)], ifc[nil], ifc[1.0])
	println(ifc[[2]string{"a", "b"}], ifc[int8(1)] == "")
	delete(ifc, 1)
	_, ok := ifc[1]
	println(len(ifc), ok)

	named := map[ID][]string{}
	named[3] = append(named[3], "x")
	named[3] = append(named[3], "y")
	println(len(named[3]), named[3][1])

	type E interface{ M() }
	var e E
	ie := map[E]int{e: 5}
	println(ie[nil])

	// string keys made at run time
	sk := map[string]int{}
	s := "abcabc"
	for i := 0; i+3 <= len(s); i++ {
		sk[s[i:i+3]]++
	}
	println(len(sk), sk["abc"], sk["bca"], sk["cab"])
	bs := []byte{'a', 'b', 'c'}
	println(sk[string(bs)])
}
