// errorcheck

// Package initialization cycles through variables and functions.

package main

var a = b // ERROR "initialization loop for a"
var b = c
var c = a

var x = f() // ERROR "initialization loop for x"

func f() int { return y }

var y = x

var ok1 = ok2 + 1
var ok2 = 1

func main() {}
