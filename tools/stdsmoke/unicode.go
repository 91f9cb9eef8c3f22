// stdsmoke: unicode
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', 'é', 'Σ', '中', '!', '\t', 'ǅ'} {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r),
			unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsTitle(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)), string(unicode.ToTitle(r)))
	}
	fmt.Println(unicode.Is(unicode.Han, '中'), unicode.Is(unicode.Greek, 'Σ'), unicode.In('я', unicode.Cyrillic, unicode.Latin))
	fmt.Println(string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')), unicode.IsPrint('\u00ad'), unicode.IsGraphic('x'))
}
