// errorcheck

// Top-level syntax: only declarations, each ended by a newline or ';'.

package main

import "unsafe"

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

var _ = unsafe.Sizeof(0)

func f() {} var y int // ERROR "syntax error: unexpected var after top level declaration"

func g()
{ // ERROR "syntax error: unexpected semicolon or newline before {"
}

func main() {}
