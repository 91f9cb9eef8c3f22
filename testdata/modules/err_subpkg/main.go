package main

import "example.com/err_subpkg/sub"

func main() { sub.F() }
