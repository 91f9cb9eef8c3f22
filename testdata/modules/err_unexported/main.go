package main

import "example.com/err_unexported/sub"

type T struct{}

func (T) m() {}

func main() {
	var _ sub.I = T{}
	_ = sub.T{f: 1}
	_ = sub.T{1, 2}
	var x sub.hidden
	var u sub.U
	u.m()
	u.T.f = 2
	u.M()
	_ = x
	_ = sub.Nope
}

func (sub.T) n() {}
