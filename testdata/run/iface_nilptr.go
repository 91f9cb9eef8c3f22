// Golden test: a nil interface versus an interface holding a nil pointer.
// The second is not nil, its methods can be called (a pointer receiver may
// handle nil), and it asserts back to a nil pointer.  The classic mistake:
// returning a typed nil pointer as an error.
package main

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

type List struct {
	v    int
	next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.v + l.next.Sum()
}

type Summer interface{ Sum() int }

func bad(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func good(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e := bad(false)
	println("bad(false) == nil:", e == nil)
	println(e.Error())
	p, ok := e.(*MyErr)
	println(p == nil, ok)

	e = good(false)
	println("good(false) == nil:", e == nil)
	e = good(true)
	println(e == nil, e.Error())

	var l *List
	var s Summer = l
	println(s != nil, s.Sum())
	l = &List{1, &List{2, &List{3, nil}}}
	s = l
	println(s.Sum())

	var empty interface{} = (*int)(nil)
	println(empty == nil, empty.(*int) == nil)
	empty = nil
	println(empty == nil)

	// assigning a nil interface to another interface keeps it nil
	var e2 error
	var any interface{} = e2
	println(any == nil)
	var e3 error = (*MyErr)(nil)
	any = e3
	println(any == nil)
}
