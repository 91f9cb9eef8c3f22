// Golden test: recover inside a method that is deferred directly (a method
// value or a method call on a receiver) stops the panic; a deferred
// pointer method can change its receiver after the function body ends; a
// deferred call with a variadic spread evaluates the slice at the defer
// statement; a panic in a deferred call after a normal return is caught by
// an earlier deferred call and the named results survive.
package main

type Guard struct {
	name string
	got  interface{}
}

func (g *Guard) Catch() {
	g.got = recover()
}

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func withGuard() (g *Guard) {
	g = &Guard{name: "g"}
	defer g.Catch()
	panic("guarded")
}

func viaMethodValue() (g *Guard) {
	g = &Guard{name: "mv"}
	c := g.Catch
	defer c()
	panic(12)
}

func pushLater(s *Stack) {
	defer s.Push(3)
	defer s.Push(2)
	s.Push(1)
}

func sum(label string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	println(label, t, len(xs))
}

func variadic() {
	xs := []int{1, 2, 3}
	defer sum("spread", xs...) // shares xs's backing array
	defer sum("list", xs[0], xs[1])
	xs[0] = 100
	xs = append(xs, 4) // new slice header: the deferred call keeps the old one
}

func lateRepanic() (r int, msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = e.(string)
		}
	}()
	defer func() {
		if r > 5 {
			panic("result too big")
		}
	}()
	return 10, "ok"
}

func main() {
	g := withGuard()
	println(g.name, g.got.(string))
	g = viaMethodValue()
	println(g.name, g.got.(int))
	s := &Stack{}
	pushLater(s)
	for _, v := range s.items {
		print(v, " ")
	}
	println()
	variadic()
	println(lateRepanic())
}
