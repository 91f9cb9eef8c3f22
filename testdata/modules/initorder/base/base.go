// Package base is imported by left and right: a diamond. It initialises
// once, before both.
package base

import "example.com/initorder/trace"

// A depends on B, declared in a later file: B is initialised first.
var A = trace.Add("base.A after " + B)

func init() { trace.Add("base.init in base.go") }

func init() { trace.Add("base.init #2 in base.go") }
