package main

import _ "example.com/err_constraints/windows"

func main() {}
