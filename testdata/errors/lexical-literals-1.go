// errorcheck

// Literals: gc's scanner messages and columns.

package main

var (
	_ = 0x          // ERROR "hexadecimal literal has no digits"
	_ = 09          // ERROR "invalid digit '9' in octal literal"
	_ = 0b102       // ERROR "invalid digit '2' in binary literal"
	_ = 1__0        // ERROR "'_' must separate successive digits"
	_ = 1e          // ERROR "exponent has no digits"
	_ = 0x1.8       // ERROR "hexadecimal mantissa requires a 'p' exponent"
	_ = 0o7.5       // ERROR "invalid radix point in octal literal"
	_ = 'ab'        // ERROR "more than one character in rune literal"
	_ = ''          // ERROR "empty rune literal or unescaped '"
)

func main() {}
