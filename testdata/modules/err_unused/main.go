package main

import (
	"example.com/err_unused/a"
	bee "example.com/err_unused/b"
	"example.com/err_unused/c"
	. "example.com/err_unused/d"
	_ "example.com/err_unused/b"
)

func main() {
	var x int
}
