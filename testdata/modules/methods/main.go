// Method sets across packages: (*T).M of pointer-shaped and other types, methods
// promoted from unexported embedded types and embedded interfaces, two
// packages of the same name with the same methods, defer and go.
package main

import (
	"example.com/methods/sub"
	one "example.com/methods/one/util"
	two "example.com/methods/two/util"
)

type Local struct{ sub.Box }

func main() {
	b := sub.NewBox(5)
	get := (*sub.Box).Get
	println(get(&b), sub.Box.Get(b))
	var l Local = Local{b}
	println(l.Get())
	o := sub.MakeOuter()
	println(o.X, o.Y, o.Hi())
	h := sub.Holder{sub.Sq(3)}
	println(h.Area())
	var s sub.Shape = h
	println(s.Area())
	var a one.T
	var c two.T
	a.Set(3)
	c.Set(3)
	println(a.Get(), c.Get())
	var i1, i2 interface{ Get() int } = a, &c
	println(i1.Get(), i2.Get())
	defer println("deferred", sub.Sq(2).Area())
	done := make(chan int)
	go func() { done <- sub.Sq(4).Area() }()
	println(<-done)
	sqf := (*sub.Sq).Area
	v := sub.Sq(5)
	println(sqf(&v))
}
