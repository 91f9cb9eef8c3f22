// Package late is imported by main's second file only.
package late

import "example.com/initorder/trace"

func init() { trace.Add("late.init") }

func Ready() bool { return true }
