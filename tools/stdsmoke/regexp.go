// stdsmoke: regexp regexp/syntax
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; carol@nowhere.org"
	fmt.Println(re.MatchString(s), re.FindString(s), re.FindStringIndex(s))
	fmt.Println(re.FindAllString(s, -1), re.FindStringSubmatch(s), re.NumSubexp())
	fmt.Println(re.ReplaceAllString(s, "$2:$1"))
	fmt.Println(re.ReplaceAllStringFunc(s, func(m string) string { return "<" + m + ">" }))
	re2 := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	m := re2.FindStringSubmatch("date: 2023-07")
	fmt.Println(m, re2.SubexpNames(), re2.SubexpIndex("month"))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2?"), regexp.MustCompile(`(?i)hello`).MatchString("HeLLo"))
	fmt.Println(regexp.MustCompile(`a+b*`).FindAllStringIndex("aaabbb ab a b", -1))
	fmt.Println(regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`).MatchString("adam[23]"), re.String())
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
}
