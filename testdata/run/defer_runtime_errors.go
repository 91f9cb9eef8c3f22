// Golden test: runtime errors are panics whose values implement error
// (runtime.Error); recover them and print Error(): index and slice bounds,
// nil map write, integer division by zero, nil pointer dereference, failed
// type assertions, and comparison of uncomparable values.
package main

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			println(name, ": no panic")
			return
		}
		if e, ok := r.(error); ok {
			println(name, ":", e.Error())
		} else {
			println(name, ": non-error panic")
		}
	}()
	f()
}

var zero = 0

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("index neg", func() { j := -1; _ = s[j+zero] })
	try("slice", func() { _ = s[1:i] })
	try("slice order", func() { j := 2; k := 1; _ = s[j:k] })
	try("string index", func() { str := "ab"; _ = str[i] })
	try("array", func() { var a [4]int; _ = a[i%8] })
	try("nil map", func() {
		var m map[string]bool
		m["x"] = true
	})
	try("div", func() { _ = 10 / zero })
	try("mod", func() { _ = 10 % zero })
	try("nil deref", func() {
		var p *T
		_ = p.x
	})
	try("assert", func() {
		var e interface{} = "s"
		_ = e.(int)
	})
	try("assert T", func() {
		var e interface{} = T{}
		_ = e.(*T)
	})
	try("uncomparable", func() {
		var a, b interface{} = []int{}, []int{}
		_ = a == b
	})
	try("ok", func() {})
	try("custom", func() { panic("plain string") })
	println("done")
}
