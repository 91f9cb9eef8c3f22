// stdsmoke: text/scanner
package main

import (
	"fmt"
	"strings"
	"text/scanner"
)

func main() {
	var s scanner.Scanner
	s.Init(strings.NewReader(`x := 3.14 + foo("str", 'c') // comment
	if a >= 0x1F { return }`))
	s.Filename = "ex"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s %s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}
}
