// Golden test: deferred closures read and change named results after the
// return statement has assigned them; a bare return uses their current
// values; several defers see each other's changes in LIFO order; recover
// lets a deferred closure choose the results of a panicking function.
package main

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func chain() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	defer func() { s += "3" }()
	s = "x"
	return s + "y"
}

func bare() (a, b int) {
	defer func() { a, b = b, a }()
	a, b = 1, 2
	return
}

func seesResult() (n int) {
	defer func() { println("deferred sees n =", n) }()
	n = 5
	return n * 10
}

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			q, ok = -1, false
		}
	}()
	return a / b, true
}

type errString string

func (e errString) Error() string { return string(e) }

func withErr(fail bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errString("recovered: " + r.(string))
		}
	}()
	if fail {
		panic("bad input")
	}
	return nil
}

func counter() (n int) {
	for i := 0; i < 5; i++ {
		defer func() { n++ }()
	}
	return 100
}

func ptrResult() (p *int) {
	x := 1
	defer func() { *p += 41 }()
	return &x
}

func main() {
	println(double())
	println(chain())
	a, b := bare()
	println(a, b)
	println(seesResult())
	q, ok := safeDiv(9, 3)
	println(q, ok)
	q, ok = safeDiv(9, 0)
	println(q, ok)
	println(withErr(false) == nil)
	println(withErr(true).Error())
	println(counter())
	println(*ptrResult())
}
