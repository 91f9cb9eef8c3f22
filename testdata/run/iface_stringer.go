// Golden test: Stringer-like interfaces.  A formatter that checks whether a
// value has a String method (through an assertion to an interface), falls
// back on a type switch for basic kinds, and recurses into slices of
// interface values.  Types with String on the value or on the pointer.
package main

type Stringer interface{ String() string }

type Weekday int

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d%7] }

type Temp struct{ deg int }

func (t *Temp) String() string { return itoa(t.deg) + "C" }

type Pair struct {
	K string
	V interface{}
}

func (p Pair) String() string { return p.K + "=" + format(p.V) }

type Plain struct{ n int }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func format(x interface{}) string {
	if s, ok := x.(Stringer); ok {
		return s.String()
	}
	switch v := x.(type) {
	case nil:
		return "<nil>"
	case int:
		return itoa(v)
	case string:
		return "\"" + v + "\""
	case bool:
		if v {
			return "true"
		}
		return "false"
	case []interface{}:
		s := "["
		for i, e := range v {
			if i > 0 {
				s += " "
			}
			s += format(e)
		}
		return s + "]"
	}
	return "?"
}

func main() {
	t := Temp{21}
	vals := []interface{}{
		Weekday(1), Weekday(13), &t, t, Pair{"a", 1}, Pair{"b", Weekday(5)},
		Plain{3}, nil, true, "s",
		[]interface{}{1, "x", []interface{}{Weekday(0), nil}},
	}
	for _, v := range vals {
		println(format(v))
	}
	var s Stringer = Weekday(3)
	println(s.String())
	s = &Temp{-5}
	println(s.String())
}
