package main

import "example.com/err_cycle/a"

func main() { a.F() }
