package main

import (
	"fmt"

	"example.com/staticinit/tab"
)

type Stringer interface{ String() string }

var (
	myTab   = tab.Table1         // another package's variable: copied at run time
	counter = &tab.Counter       // its address: static
	second  = &tab.Arr[1]        // an element's address: static
	fns     = []func() int{tab.F, local}
	kind    Stringer = tab.Kind(7) // an itab of another package's type for this package's interface
	kind2   = tab.K
	items   = tab.Table1.Items // a field through a pointer: dynamic
	local2  = []*tab.Table{{Name: "local", Items: []tab.Item{{Key: "k", Val: 9}}}}
)

func local() int { return 1 }

func main() {
	fmt.Println(myTab == tab.Table1, tab.Alias == tab.Table1, myTab.Name, myTab.Items, myTab.Next.Name)
	*counter = 21
	*second = "Y"
	fmt.Println(tab.Counter, tab.Arr, fns[0](), fns[1]())
	fmt.Println(kind, kind2, items, local2[0].Name, local2[0].Items)
	tab.Table1.Items[0].Val = 100
	fmt.Println(myTab.Items[0], tab.Alias.Items[0], items[0])
}
