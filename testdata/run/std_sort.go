// Golden test: package sort compiled from Go's source (pdqsort, stable
// insertion/symmerge sort, binary search) and container/heap on top of it.
package main

import (
	"container/heap"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

type pq []int

func (h pq) Len() int           { return len(h) }
func (h pq) Less(i, j int) bool { return h[i] > h[j] }
func (h pq) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *pq) Push(x any)        { *h = append(*h, x.(int)) }
func (h *pq) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func lcg(seed *uint32) int {
	*seed = *seed*1664525 + 1013904223
	return int(*seed >> 8)
}

func main() {
	ints := []int{5, 2, 6, 3, 1, 4}
	sort.Ints(ints)
	println(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], sort.IntsAreSorted(ints))
	strs := []string{"peach", "banana", "kiwi", "apple"}
	sort.Strings(strs)
	println(strs[0], strs[1], strs[2], strs[3])
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	println(fl[0], fl[3])

	seed := uint32(7)
	big := make([]int, 5000)
	for i := range big {
		big[i] = lcg(&seed) % 1000
	}
	sort.Ints(big)
	ok := true
	for i := 1; i < len(big); i++ {
		ok = ok && big[i-1] <= big[i]
	}
	println("big sorted:", ok, big[0], big[2500], big[4999])
	sort.Sort(sort.Reverse(sort.IntSlice(big)))
	println("reversed:", big[0], big[4999])
	println("search:", sort.SearchInts([]int{1, 3, 5, 7}, 5), sort.SearchInts([]int{1, 3, 5, 7}, 4), sort.SearchStrings(strs, "kiwi"))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	println("Search:", i)

	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}, {"frank", 25}}
	sort.Stable(byAge(people))
	for _, p := range people {
		print(p.name, ":", p.age, " ")
	}
	println()
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	for _, p := range people {
		print(p.name, " ")
	}
	println()
	sort.Slice(people, func(i, j int) bool {
		if people[i].age != people[j].age {
			return people[i].age > people[j].age
		}
		return people[i].name < people[j].name
	})
	for _, p := range people {
		print(p.name, " ")
	}
	println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].age > people[j].age }))

	recs := make([]person, 300)
	for i := range recs {
		recs[i] = person{name: string(rune('a' + i%26)), age: lcg(&seed) % 10}
	}
	sort.Stable(byAge(recs))
	stable := true
	for i := 1; i < len(recs); i++ {
		if recs[i-1].age > recs[i].age {
			stable = false
		}
	}
	println("stable big:", stable, recs[0].age, recs[299].age)

	h := &pq{3, 1, 4, 1, 5, 9, 2, 6}
	heap.Init(h)
	heap.Push(h, 7)
	for h.Len() > 0 {
		print(heap.Pop(h).(int), " ")
	}
	println()
	h2 := &pq{}
	for i := 0; i < 10; i++ {
		heap.Push(h2, i*7%10)
	}
	(*h2)[3] = 100
	heap.Fix(h2, 3)
	heap.Remove(h2, 5)
	print("fix/remove: ", heap.Pop(h2).(int), " ", h2.Len())
	println()
}
