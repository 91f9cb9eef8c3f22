// Golden test: recover works in a method that is deferred through a
// compiler-made wrapper: a method value (g.Catch), an interface method
// value (i.Catch), an interface call of a value method (the itab holds the
// pointer wrapper), a value method called through a pointer, and a method
// expression.  gc skips wrapper frames when deciding whether recover was
// called directly by a deferred function.
package main

type G struct{ got interface{} }

func (g *G) Catch() { g.got = recover() }

type V struct{}

func (V) Catch() { println("V.Catch recovered:", recover() != nil) }

type Catcher interface{ Catch() }

func methodValue() (g *G) {
	g = &G{}
	c := g.Catch
	defer c()
	panic(1)
}

func ifaceCall() (g *G) {
	g = &G{}
	var i Catcher = g
	defer i.Catch()
	panic(2)
}

func ifaceMethodValue() (g *G) {
	g = &G{}
	var i Catcher = g
	f := i.Catch
	defer f()
	panic(3)
}

func methodExpr() (g *G) {
	g = &G{}
	defer (*G).Catch(g)
	panic(4)
}

func valueViaPtr() {
	p := &V{}
	defer p.Catch() // (*V).Catch wrapper around V.Catch
	panic(5)
}

func valueViaIface() {
	var i Catcher = V{}
	defer i.Catch()
	panic(6)
}

func main() {
	println(methodValue().got.(int))
	println(ifaceCall().got.(int))
	println(ifaceMethodValue().got.(int))
	println(methodExpr().got.(int))
	valueViaPtr()
	valueViaIface()
}
