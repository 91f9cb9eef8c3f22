package main

import (
	"example.com/crosspkg/sub"
	one "example.com/crosspkg/one/util"
	two "example.com/crosspkg/two/util"
)

// S embeds sub.T: sub's unexported m is promoted, so S implements sub.I.
type S struct {
	sub.T
	Extra int
}

// A main type named like sub's.
type T struct{ N int }

// RW embeds an interface of another package.
type RW interface {
	sub.Reader
	Len() int
}

// P embeds a pointer to another package's type with a pointer method.
type P struct {
	*sub.Counter
}

type Named struct{ sub.Alias }

// Both has main's m and, promoted from sub.T, sub's m: two methods.
type Mine interface{ m() string }

type Both struct{ sub.T }

func (Both) m() string { return "main.Both.m" }

var mainInc = func(x int) int { return x + 100 }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(r.(interface{ Error() string }).Error())
		}
	}()
	f()
}

func main() {
	// promoted unexported method satisfies the other package's interface
	s := S{T: sub.T{N: 1}, Extra: 2}
	println(sub.Call(s), sub.Call(&s), sub.Call(sub.T{}))
	println(s.Exported(), s.N)
	var i sub.I = s
	println(sub.Call(i))
	var e interface{} = s
	if _, ok := e.(sub.I); ok {
		println("S is a sub.I")
	}

	// the unexported type behind New
	r := sub.New("abc")
	println(r.Read(), r.Len())
	var rw RW = r
	println(rw.Read(), rw.Len())
	var rd sub.Reader = rw
	println(rd.Read())

	// same type name in different packages
	var x interface{} = T{1}
	var y interface{} = sub.T{1}
	_, isMain := y.(T)
	_, isSub := y.(sub.T)
	println(x == y, isMain, isSub)
	try(func() { _ = x.(sub.T) })
	try(func() { _ = y.(T) })

	// two packages with the same name
	a, b := one.Make(), two.Make()
	println(a == b, a == one.T{1}, b == two.T{1})
	_, same := a.(two.T)
	println(same)

	// anonymous struct types: unexported fields belong to their package
	println(sub.V == struct{ a int }{1}, sub.W == struct{ A int }{1})

	// closures in package variables of two packages
	println(sub.Inc(1), mainInc(1), sub.Adder(5)(6))

	// func values, method values and expressions of another package
	f := sub.F
	println(f(4), f != nil)
	sq := sub.Sq{S: 3}
	area := sq.Area
	var sh sub.Shape = sq
	name := sh.Name
	areaOf := sub.Shape.Area
	println(area(), name(), areaOf(sq), sub.Sq.Name(sq))

	// pointer method promoted through an embedded pointer of another package
	p := P{&sub.Counter{}}
	p.Incr()
	println(p.Incr())

	// an alias of another package's type, embedded
	n := Named{sub.Alias{N: 7}}
	println(n.N, n.Exported(), sub.Call(n))

	// unexported names of different packages are different methods
	var both Both
	var mine Mine = both
	println(mine.m(), sub.Call(both), both.m(), Both.m(both))

	// maps and slices of another package's types
	m := map[sub.T][]sub.Shape{{N: 1}: {sq, sub.Sq{S: 2}}}
	total := 0
	for _, v := range m[sub.T{N: 1}] {
		total += v.Area()
	}
	println(total, len(m))
}
