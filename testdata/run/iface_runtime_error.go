// Golden test: recovered runtime errors implement runtime.Error, which is
// error plus a RuntimeError() marker method; a user panic(errorValue) does
// not unless the type has that method too.  Without imports, the check is
// an assertion to an anonymous interface.
package main

type runtimeError interface {
	error
	RuntimeError()
}

type userErr struct{}

func (userErr) Error() string { return "user error" }

type fakeRT struct{ userErr }

func (fakeRT) RuntimeError() {}

func kind(f func()) (s string) {
	defer func() {
		r := recover()
		if re, ok := r.(runtimeError); ok {
			s = "runtime.Error: " + re.Error()
			return
		}
		if e, ok := r.(error); ok {
			s = "error: " + e.Error()
			return
		}
		if str, ok := r.(string); ok {
			s = "string: " + str
			return
		}
		s = "other"
	}()
	f()
	return "no panic"
}

var zero int

func main() {
	var a []int
	var m map[int]int
	var e interface{} = 1
	println(kind(func() { _ = a[zero] }))
	println(kind(func() { _ = 1 / zero }))
	println(kind(func() { m[1] = 1 }))
	println(kind(func() { _ = e.(string) }))
	println(kind(func() { panic(userErr{}) }))
	println(kind(func() { panic(fakeRT{}) }))
	println(kind(func() { panic("s") }))
	println(kind(func() { panic(3) }))
	println(kind(func() {}))
}
