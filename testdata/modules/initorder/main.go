package main

import (
	"example.com/initorder/left"
	r "example.com/initorder/right"
	_ "example.com/initorder/side"
	. "example.com/initorder/dot"
	"example.com/initorder/trace"
)

var M = trace.Add("main.M sees " + left.X + " and " + r.Y + " and " + Dotted)

func init() { trace.Add("main.init in main.go") }

func main() {
	trace.Add("main.main")
	println(r.Name(), Hello(), Answer, Thing{N: 21}.Twice(), ready())
	println(len(trace.Log), "steps")
	for i, s := range trace.Log {
		println(i, s)
	}
}
