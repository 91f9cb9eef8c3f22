package left

import (
	"example.com/initorder/base"
	"example.com/initorder/trace"
)

var X = trace.Add("left.X sees " + base.B)

func init() { trace.Add("left.init") }
