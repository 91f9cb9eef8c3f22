package main

import (
	"example.com/initorder/late"
	"example.com/initorder/trace"
)

var Z = trace.Add("main.Z")

func init() { trace.Add("main.init in z_init.go") }

func ready() bool { return late.Ready() }
