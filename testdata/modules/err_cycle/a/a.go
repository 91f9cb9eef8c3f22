package a

import "example.com/err_cycle/b"

func F() { b.G() }
