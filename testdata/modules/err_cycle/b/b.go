package b

import "example.com/err_cycle/c"

func G() { c.H() }
