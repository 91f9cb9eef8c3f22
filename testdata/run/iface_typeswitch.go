// Golden test: type switches.  A case may list several types (the bound
// variable then keeps the switch expression's interface type); `case nil`
// matches only a nil interface; default runs when nothing matches wherever
// it is written; the bound variable may shadow the switched variable; cases
// are tried in order, so an interface case can catch a concrete type listed
// later; a switch without a binding; fallthrough is not allowed but break is.
package main

type Stringer interface{ String() string }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "blue"
}

type Pt struct{ X, Y int }

func classify(x interface{}) string {
	switch v := x.(type) {
	default:
		return "default"
	case nil:
		return "nil"
	case int, int8, int16:
		// v has type interface{} here
		_, isInt := v.(int)
		if isInt {
			return "small int (int)"
		}
		return "small int (other)"
	case Stringer:
		return "stringer " + v.String()
	case Color: // never reached: Stringer catches it first
		return "color"
	case string:
		return "string of len " + itoa(len(v))
	case Pt:
		return "pt " + itoa(v.X+v.Y)
	case *Pt:
		if v == nil {
			return "nil *pt"
		}
		v.X++
		return "*pt " + itoa(v.X)
	case []int:
		return "slice of " + itoa(len(v))
	case func() int:
		return "func gives " + itoa(v())
	case error:
		return "error"
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func shadow(x interface{}) {
	switch x := x.(type) {
	case int:
		x += 100 // x is an int here
		println("shadow int", x)
	case string:
		println("shadow string", x+"!")
	}
	// the outer x is unchanged
	n, _ := x.(int)
	println("after", n)
}

func noBind(x interface{}) int {
	switch x.(type) {
	case bool:
		return 1
	case float64, float32:
		return 2
	}
	return 0
}

func withBreak(x interface{}) string {
	r := "start"
	switch v := x.(type) {
	case int:
		if v < 0 {
			r = "negative"
			break
		}
		r = "non-negative"
	}
	return r
}

func main() {
	var np *Pt
	p := &Pt{1, 2}
	vals := []interface{}{nil, 1, int8(2), int16(3), Color(1), "hello", Pt{3, 4}, p, np,
		[]int{1, 2, 3}, func() int { return 42 }, 2.5, uint(1)}
	for _, v := range vals {
		println(classify(v))
	}
	println(p.X)
	shadow(5)
	shadow("s")
	println(noBind(true), noBind(1.5), noBind(float32(1)), noBind(nil))
	println(withBreak(-1), withBreak(1), withBreak("x"))

	// switch on a non-empty interface
	var s Stringer = Color(2)
	switch c := s.(type) {
	case Color:
		println("color", int(c))
	}

	// init statement in a type switch
	switch y := 3; v := interface{}(y * 2).(type) {
	case int:
		println("init", v)
	}
}
