package right

import (
	"example.com/initorder/trace"
	"example.com/initorder/base"
)

var Y = trace.Add("right.Y sees " + base.A)

func init() { trace.Add("right.init") }

func Name() string { return "right" }
