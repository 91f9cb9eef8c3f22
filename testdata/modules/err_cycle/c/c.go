package c

import "example.com/err_cycle/a"

func H() { a.F() }
