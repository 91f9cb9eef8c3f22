// Golden test (later: interfaces): method sets, dynamic dispatch, interface
// values holding values and pointers, nil interfaces vs interfaces holding
// nil pointers, type assertions (comma-ok and panicking), type switches,
// embedded interfaces, and comparison of interface values.
package main

type Shape interface {
	Area() float64
	Name() string
}

type Sizer interface {
	Shape
	Scale(k float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64  { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (r *Rect) Scale(k float64) { r.W *= k; r.H *= k }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type errT struct{ msg string }

func (e *errT) Error() string { return "errT: " + e.msg }

func mayFail(fail bool) error {
	var p *errT
	if fail {
		p = &errT{"boom"}
	}
	return p // never a nil interface!
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	case error:
		return "error " + v.Error()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, &Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		print(s.Name(), " ")
	}
	println(total)

	var sz Sizer = &Rect{2, 2}
	sz.Scale(3)
	println(sz.Area())
	var sh Shape = sz // interface to interface
	println(sh.Name())

	r, ok := sh.(*Rect)
	println(ok, r.W)
	_, ok = sh.(*Circle)
	println(ok)
	c, ok := shapes[1].(*Circle)
	println(ok, c.R)

	var e error = mayFail(false)
	println(e == nil, e != nil)
	println(mayFail(true).Error())

	for _, x := range []interface{}{nil, 1, "s", Rect{}, &Circle{}, &errT{"x"}, 2.5} {
		print(describe(x), "; ")
	}
	println()

	var a, b interface{} = 1, 1
	println(a == b, a != interface{}(2), a == interface{}("1"))
	var s1, s2 Shape = Rect{1, 2}, Rect{1, 2}
	println(s1 == s2)

	defer func() {
		println("recovered:", recover() != nil)
	}()
	var i interface{} = "str"
	n := i.(int) // panics: interface conversion
	println(n)
}
