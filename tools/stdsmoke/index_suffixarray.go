// stdsmoke: index/suffixarray
package main

import (
	"fmt"
	"index/suffixarray"
	"regexp"
	"sort"
)

func main() {
	idx := suffixarray.New([]byte("banana bandana ban"))
	offs := idx.Lookup([]byte("ban"), -1)
	sort.Ints(offs)
	fmt.Println(offs)
	m := idx.FindAllIndex(regexp.MustCompile("an+a"), -1)
	fmt.Println(m)
}
