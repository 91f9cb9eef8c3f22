// errorcheck

// Escapes and characters: gc's scanner messages and columns.

package main

var (
	_ = "\q"        // ERROR "unknown escape"
	_ = '\400'      // ERROR "octal escape value 256 > 255"
	_ = "\uD800"    // ERROR "escape is invalid Unicode code point U\+D800"
	_ = "\xZZ"      // ERROR "invalid character 'Z' in hexadecimal escape"
	_ = @1          // ERROR "invalid character U\+0040 '@'"
	x⊛y = 1         // ERROR "invalid character U\+229B '⊛' in identifier"
)

func main() {}
