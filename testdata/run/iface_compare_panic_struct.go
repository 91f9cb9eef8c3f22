// Golden test: the uncomparable type may be hidden inside a struct; the
// panic still names the struct type.  Recovered first, then fatal.
package main

type S struct {
	n int
	f func()
}

func eq(a, b interface{}) (r bool) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered:", e.(error).Error())
		}
	}()
	return a == b
}

func main() {
	println(eq(1, 1))
	println(eq(S{}, 1))
	println(eq(map[string]int{}, map[string]int{}))
	var x, y interface{} = S{1, nil}, S{1, nil}
	println(x == y)
}
