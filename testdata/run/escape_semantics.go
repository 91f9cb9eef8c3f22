package main

// Values escape analysis may keep in the frame must behave exactly as on
// the heap: map keys made from byte slices, strings built in frame
// buffers and then stored, addresses kept past a loop iteration, closures.

import (
	"fmt"
	"sort"
	"strings"
)

var sink []string
var gp *int

type pair struct{ a, b *int }

func keys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func words() []byte { return []byte("a bb a ccc bb a dddd eeeee a bb") }

func main() {
	text := words()
	inc, add, set := map[string]int{}, map[string]int{}, map[string]int{}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			inc[string(text[start:i])]++
			add[string(text[start:i])] += 2
			set[string(text[start:i])] = i
			start = i + 1
		}
	}
	for i := range text {
		text[i] = 'z' // the maps' keys must not see this
	}
	fmt.Println(keys(inc), inc["a"], add["bb"], set["ccc"])

	// Strings built in a frame buffer, then kept.
	for i := 0; i < 3; i++ {
		b := []byte{'k', byte('0' + i)}
		s := string(b) + "-" + string(rune('x'+i))
		sink = append(sink, s)
		if i == 1 {
			sink = append(sink, string(b))
		}
	}
	fmt.Println(strings.Join(sink, ","))

	// An address that outlives its loop iteration.
	var ps []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		ps = append(ps, &v)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])

	// Stack objects pointing to each other, and one that leaks.
	x, y := 1, 2
	p := &pair{&x, &y}
	q := pair{p.b, p.a}
	*q.a += 40
	fmt.Println(x, y, *p.a+*q.b)
	z := 7
	func() { gp = &z }()
	z++
	fmt.Println(*gp)

	// A closure that does not escape changes its captured variable.
	n := 0
	bump := func(k int) { n += k }
	for i := 1; i <= 4; i++ {
		bump(i)
	}
	fmt.Println(n)

	// []byte(s) in a frame buffer, appended past its capacity.
	bs := []byte("short")
	for i := 0; i < 40; i++ {
		bs = append(bs, byte('a'+i%26))
	}
	fmt.Println(len(bs), string(bs[:12]))
}
