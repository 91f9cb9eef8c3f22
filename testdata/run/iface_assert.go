// Golden test: type assertions, comma-ok form.  Asserting to a concrete type
// checks the dynamic type exactly (a named type is not its underlying type,
// T is not *T); asserting to an interface checks the method set; a nil
// interface fails every assertion; the failing result is the zero value.
package main

type I interface{ M() int }
type J interface{ N() int }

type T struct{ x int }

func (t T) M() int { return t.x }

type U struct{ x int }

func (u *U) M() int { return u.x }
func (u *U) N() int { return -u.x }

type MyInt int

func main() {
	var e interface{} = 5
	i, ok := e.(int)
	println(i, ok)
	m, ok := e.(MyInt)
	println(m, ok)
	s, ok := e.(string)
	println(len(s), ok)

	e = MyInt(6)
	m, ok = e.(MyInt)
	println(m, ok)
	i, ok = e.(int)
	println(i, ok)

	e = T{3}
	t, ok := e.(T)
	println(t.x, ok)
	tp, ok := e.(*T)
	println(tp == nil, ok)
	iv, ok := e.(I)
	println(iv.M(), ok)
	jv, ok := e.(J)
	println(jv == nil, ok)

	e = &U{4}
	iv, ok = e.(I)
	println(iv.M(), ok)
	jv, ok = e.(J)
	println(jv.N(), ok)
	_, ok = e.(U)
	println(ok)

	// interface to interface
	var x I = &U{8}
	jv, ok = x.(J)
	println(jv.N(), ok)
	x = T{1}
	jv, ok = x.(J)
	println(jv == nil, ok)
	u, ok := x.(*U)
	println(u == nil, ok)

	// nil interface fails everything
	var n interface{}
	_, ok = n.(int)
	println(ok)
	_, ok = n.(interface{})
	println(ok)
	var ni I
	_, ok = ni.(J)
	println(ok)

	// non-comma-ok success
	e = "hello"
	println(e.(string) + " world")
	var f interface{} = 2.5
	println(f.(float64) * 2)

	// assertion to interface{} of non-nil always succeeds
	any, ok := e.(interface{})
	println(any.(string), ok)

	// use in an if with init
	if v, ok := f.(float64); ok && v > 2 {
		println("big float", v)
	}
}
