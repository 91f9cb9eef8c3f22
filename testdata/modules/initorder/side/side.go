// Package side is imported only for its side effects.
package side

import "example.com/initorder/trace"

var registered = trace.Add("side.registered")

func init() { trace.Add("side.init") }
