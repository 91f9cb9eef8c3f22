// (*T).M for a value method of a pointer-shaped T: gc makes the wrapper
// wherever the method expression is used.
package main

type Box struct{ p *int }

func (b Box) Get() int { return *b.p }

type Fn func() int

func (f Fn) Call() int { return f() }

func main() {
	n := 5
	b := Box{&n}
	get := (*Box).Get
	println(get(&b), Box.Get(b))
	f := Fn(func() int { return 7 })
	call := (*Fn).Call
	println(call(&f))
}
