// Package dot is dot-imported by main.
package dot

import "example.com/initorder/trace"

var Dotted = trace.Add("dot.Dotted")

func Hello() string { return "hello from dot" }

const Answer = 42

type Thing struct{ N int }

func (t Thing) Twice() int { return 2 * t.N }
