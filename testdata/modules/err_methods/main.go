package main

import (
	. "example.com/err_methods/dot"
	"example.com/err_methods/sub"
)

// I has main's m: sub.T's m is another method.
type I interface{ m() }

type S struct{ sub.T }

func Hello() {}

func main() {
	var _ I = S{}
	var _ sub.I = S{}
	_ = sub.T.m
	_ = sub.T.M
	var s S
	_ = s.n
	sub = nil
	Counter++
}
