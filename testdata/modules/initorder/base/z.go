package base

import "example.com/initorder/trace"

var B = trace.Add("base.B")

func init() { trace.Add("base.init in z.go") }

func Value() string { return A + "|" + B }
