package main

import (
	"example.com/err_load/a"
	"example.com/err_load/prog"
	"example.com/err_load/nope"
	"example.com/err_load/mixed"
	_ "example.com/err_load/a/internal/x"
)

func main() { a.F() }
