// Golden test: deferring method calls.  A deferred method value evaluates
// its receiver at the defer statement (value receivers are copied then,
// pointer receivers are bound); deferred interface method calls bind the
// dynamic value then; deferring a call on a nil interface panics when the
// defer statement executes (gc), recovered here.
package main

type Acc struct {
	name string
	n    int
}

func (a Acc) Show()    { println("show", a.name, a.n) }
func (a *Acc) ShowP()  { println("showP", a.name, a.n) }
func (a *Acc) Add(k int) { a.n += k }

type Shower interface{ Show() }

type Lbl string

func (l Lbl) Show() { println("label", string(l)) }

func values() {
	a := Acc{"a", 1}
	defer a.Show()  // copy of a with n=1
	defer a.ShowP() // &a: sees n=3
	defer a.Add(2)  // runs first among these three
	a.n = 1
	println("values body")
}

func ifaces() {
	var s Shower = Lbl("first")
	defer s.Show() // binds Lbl("first")
	s = Lbl("second")
	s.Show()
	f := s.Show
	defer f()
	s = Acc{"acc", 9}
	defer s.Show()
}

func nilIface() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "recovered: " + r.(error).Error()
		}
	}()
	var s Shower
	defer s.Show()
	msg = "after defer of nil method (not printed)"
	return msg
}

func exprs() {
	accs := []*Acc{&Acc{"x", 0}, &Acc{"y", 0}}
	for _, a := range accs {
		defer a.ShowP()
	}
	for i := range accs {
		accs[i].n = i + 10
	}
}

func main() {
	values()
	ifaces()
	println(nilIface())
	exprs()
}
