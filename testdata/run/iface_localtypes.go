// Golden test: types declared locally in different functions are distinct
// even when they share a name and a definition, so assertions and type
// switches tell them apart; identical unnamed (type literal) types are the
// same type wherever they are written; a local type's methods come from the
// embedded fields only.
package main

func makeA() interface{} {
	type T struct{ x int }
	return T{1}
}

func makeB() interface{} {
	type T struct{ x int }
	return T{1}
}

func isA(v interface{}) bool {
	type T struct{ x int }
	_, ok := v.(T)
	return ok
}

func anon1() interface{} { return struct{ x, y int }{1, 2} }
func anon2() interface{} { return struct{ x, y int }{1, 2} }

type Named struct{ x, y int }

func main() {
	a, b := makeA(), makeB()
	println("same local name, different types:", a == b)
	a2 := makeA()
	println("same function twice:", a == a2)
	println("isA(makeA()):", isA(a))

	println("identical type literals:", anon1() == anon2())
	s, ok := anon1().(struct{ x, y int })
	println(ok, s.x+s.y)
	_, ok = anon1().(Named)
	println("literal is not Named:", ok)
	var n interface{} = Named{1, 2}
	println("Named vs literal:", n == anon1())
	// a conversion makes them the same type
	println(interface{}(Named(anon1().(struct{ x, y int }))) == n)

	type Local int
	var l interface{} = Local(3)
	switch v := l.(type) {
	case int:
		println("int", v)
	case Local:
		println("Local", int(v))
	}
	m := map[interface{}]int{a: 1, b: 2, a2: 3}
	println("map distinguishes local types:", len(m), m[makeA()], m[makeB()])
}
