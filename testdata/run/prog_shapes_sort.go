// Golden test (whole program): an interface-based sort (like sort.Interface)
// implemented by several types, a generic-free heap on an interface, and
// method values/expressions used as comparison functions.
package main

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(s Sortable) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}

func heapSort(s Sortable) {
	n := s.Len()
	down := func(i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && s.Less(c, c+1) {
				c++
			}
			if !s.Less(i, c) {
				return
			}
			s.Swap(i, c)
			i = c
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		down(i, n)
	}
	for i := n - 1; i > 0; i-- {
		s.Swap(0, i)
		down(0, i)
	}
}

type Ints []int

func (a Ints) Len() int           { return len(a) }
func (a Ints) Less(i, j int) bool { return a[i] < a[j] }
func (a Ints) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int      { return len(a) }
func (a ByAge) Swap(i, j int) { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool {
	if a[i].Age != a[j].Age {
		return a[i].Age < a[j].Age
	}
	return a[i].Name < a[j].Name
}

// Reverse embeds a Sortable and overrides Less.
type Reverse struct{ Sortable }

func (r Reverse) Less(i, j int) bool { return r.Sortable.Less(j, i) }

// FuncSorter adapts a slice and a less func.
type FuncSorter struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (f *FuncSorter) Len() int           { return f.n }
func (f *FuncSorter) Less(i, j int) bool { return f.less(i, j) }
func (f *FuncSorter) Swap(i, j int)      { f.swap(i, j) }

func isSorted(s Sortable) bool {
	for i := 1; i < s.Len(); i++ {
		if s.Less(i, i-1) {
			return false
		}
	}
	return true
}

func main() {
	a := Ints{5, 2, 8, 1, 9, 3, 7, 3}
	insertionSort(a)
	println(isSorted(a), a[0], a[3], a[7])
	b := Ints{5, 2, 8, 1, 9, 3, 7, 3}
	heapSort(Reverse{b})
	for _, v := range b {
		print(v, " ")
	}
	println(isSorted(Reverse{b}))

	people := ByAge{{"Eve", 30}, {"Bob", 25}, {"Al", 30}, {"Cy", 20}, {"Di", 25}}
	heapSort(people)
	for _, p := range people {
		print(p.Name, ":", p.Age, " ")
	}
	println()

	words := []string{"pear", "fig", "banana", "kiwi", "apple"}
	fs := &FuncSorter{
		n:    len(words),
		less: func(i, j int) bool { return len(words[i]) < len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j] },
		swap: func(i, j int) { words[i], words[j] = words[j], words[i] },
	}
	insertionSort(fs)
	for _, w := range words {
		print(w, " ")
	}
	println()

	// method value as the less function of another sorter
	c := Ints{3, 1, 2}
	fs2 := &FuncSorter{n: c.Len(), less: c.Less, swap: c.Swap}
	heapSort(Reverse{fs2})
	println(c[0], c[1], c[2])

	// method expressions over the interface
	lenOf := Sortable.Len
	println(lenOf(a), lenOf(people), lenOf(fs))
}
