// Interface calls whose receiver's dynamic type is known (gc's
// devirtualization) are analysed as calls of that type's method: what the
// method keeps must still reach the heap, what it does not may stay in the
// frame. The program checks the kept values stay valid across collections.
package main

import (
	"fmt"
	"runtime"
)

type I interface{ Do() int }

var kept []*int

type S struct{ p *int }

func (s S) Do() int { kept = append(kept, s.p); return *s.p } // keeps s.p

type V struct{ a, b int }

func (v V) Do() int { return v.a + v.b } // keeps nothing

type P struct{ n *int }

func (p *P) Do() int { kept = append(kept, p.n); return *p.n }

type W struct{ v int }

func (w W) Do() int { return w.v * 2 }

func churn() {
	var g [][]byte
	for i := 0; i < 200; i++ {
		g = append(g, make([]byte, 4096))
	}
	runtime.GC()
	_ = g
}

func main() {
	total := 0
	for i := 0; i < 5; i++ {
		x := i * 10
		var a I = S{&x}
		total += a.Do()
		var b I = V{i, 1}
		total += b.Do()
		y := i + 100
		var c I = &P{&y}
		total += c.Do()
		var d I = &W{i} // value method through a pointer
		total += d.Do()
	}
	churn()
	s := 0
	for _, p := range kept {
		s += *p
	}
	fmt.Println(total, len(kept), s)
}
