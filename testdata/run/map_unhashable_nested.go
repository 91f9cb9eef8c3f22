// Golden test: the unhashable dynamic value may be nested in the key:
// inside an array of interfaces or a struct field of interface type; the
// panic names the innermost unhashable type.  Comparing such values panics
// the same way (comparing uncomparable type).
package main

type K struct {
	n int
	v interface{}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name+":", r.(error).Error())
		}
	}()
	f()
	println(name+": ok")
}

func main() {
	ma := map[[2]interface{}]int{}
	try("array ok", func() { ma[[2]interface{}{1, "a"}] = 1 })
	try("array slice", func() { ma[[2]interface{}{1, []int{}}] = 1 })
	mk := map[K]int{}
	try("struct ok", func() { mk[K{1, 2.5}] = 1 })
	try("struct map", func() { _ = mk[K{1, map[string]int{}}] })
	try("struct func", func() { delete(mk, K{2, func() {}}) })
	mi := map[interface{}]int{}
	try("iface nested", func() { mi[K{3, [1]interface{}{[]string{}}}] = 1 })
	try("compare nested", func() {
		var a, b interface{} = K{1, []byte{}}, K{1, []byte{}}
		println(a == b)
	})
	try("compare differs early", func() {
		var a, b interface{} = K{1, []byte{}}, K{2, []byte{}}
		println(a == b)
	})
	println(len(ma), len(mk), len(mi))
	var x, y interface{} = []int{}, []int{}
	switch x {
	case y:
		println("unreachable")
	}
}
