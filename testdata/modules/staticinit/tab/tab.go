// Package tab has statically initialised variables that package main
// points at, copies and converts.
package tab

import "strconv"

type Item struct {
	Key string
	Val int
}

type Table struct {
	Name  string
	Items []Item
	Next  *Table
}

var Table1 = &Table{Name: "one", Items: []Item{{"a", 1}, {"b", 2}}, Next: &Table{Name: "two"}}
var Alias = Table1 // the same object

var Counter int = 10
var Arr = [3]string{"x", "y", "z"}

type Kind int

func (k Kind) String() string { return "Kind" + strconv.Itoa(int(k)) }

var K fmt0 = Kind(4)

type fmt0 interface{ String() string }

func F() int { return Counter * 2 }
