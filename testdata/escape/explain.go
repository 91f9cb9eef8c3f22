// errorcheck -0 -m=2 -l

// -m=2: why each value escapes, in gc's words (flow lines and the notes
// under them: the expression, what it does, where).

package p

var sink interface{}
var gp *int

type T struct {
	p *int
	q []*int
}

func addr() *int {
	x := 1 // ERROR "x escapes to heap:" "flow: ~r0 = &x:" "from &x \(address-of\)" "from return &x \(return\)" "moved to heap: x"
	return &x
}

func field(t *T) { // ERROR "parameter t leaks to \{heap\} with derefs=1:" "flow: \{heap\} = \*t:" "from t\.p \(dot of pointer\)" "from gp = t\.p \(assign\)" "leaking param content: t"
	gp = t.p
}

func deref(pp **int) { // ERROR "parameter pp leaks to \{heap\} with derefs=1:" "flow: \{heap\} = \*pp:" "from \*pp \(indirection\)" "from gp = \*pp \(assign\)" "leaking param content: pp"
	gp = *pp
}

func iface(n int) {
	sink = n // ERROR "n escapes to heap:" "flow: \{heap\} = &\{storage for n\}:" "from n \(spill\)" "from sink = n \(assign\)" "n escapes to heap"
}

func sliceLit(a, b *int) { // ERROR "parameter b leaks to \{heap\} with derefs=0:" "flow: \{storage for \[\]\*int\{\.\.\.\}\} = b:" "from \[\]\*int\{\.\.\.\} \(slice-literal-element\)" "flow: s = &\{storage for \[\]\*int\{\.\.\.\}\}:" "from \[\]\*int\{\.\.\.\} \(spill\)" "from s := \[\]\*int\{\.\.\.\} \(assign\)" "flow: \{heap\} = \*s:" "from s\[1\] \(dot of pointer\)" "from gp = s\[1\] \(assign\)" "parameter a leaks to \{heap\} with derefs=0:" "flow: \{storage for \[\]\*int\{\.\.\.\}\} = a:" "leaking param: a" "leaking param: b"
	s := []*int{a, b} // ERROR "\[\]\*int\{\.\.\.\} does not escape"
	gp = s[1]
}

func closureRef() func() int {
	x := 0 // ERROR "closureRef capturing by ref: x \(addr=false assign=true width=8\)" "x escapes to heap:" "flow: \{storage for func literal\} = &x:" "from x \(captured by a closure\)" "from x \(reference\)" "moved to heap: x"
	return func() int { x++; return x } // ERROR "func literal escapes to heap:" "flow: ~r0 = &\{storage for func literal\}:" "from func literal \(spill\)" "from return func literal \(return\)" "func literal escapes to heap"
}

func closureVal(y int) func() int { // ERROR "closureVal capturing by value: y \(addr=false assign=false width=8\)" "parameter y leaks to \{storage for func literal\} with derefs=0:" "flow: \{storage for func literal\} = y:" "from y \(captured by a closure\)"
	return func() int { return y } // ERROR "func literal escapes to heap:" "flow: ~r0 = &\{storage for func literal\}:" "from func literal \(spill\)" "from return func literal \(return\)" "func literal escapes to heap"
}

func send(c chan *int) { // ERROR "c does not escape"
	z := 2 // ERROR "z escapes to heap:" "flow: \{heap\} = &z:" "from &z \(address-of\)" "from c <- &z \(send\)" "moved to heap: z"
	c <- &z
}

func rangeSlice(s []*int) { // ERROR "parameter s leaks to \{heap\} with derefs=1:" "flow: \{temp\} = s:" "flow: p = \*\{temp\}:" "from for loop \(range-deref\)" "flow: \{heap\} = p:" "from gp = p \(assign\)" "leaking param content: s"
	for _, p := range s {
		gp = p
	}
}

func typeAssert(i interface{}) { // ERROR "parameter i leaks to \{heap\} with derefs=1:" "flow: t = i:" "from i\.\(\*T\) \(dot\)" "from t, ok := i\.\(\*T\) \(assign-pair-dot-type\)" "flow: \{heap\} = \*t:" "from t\.p \(dot of pointer\)" "from gp = t\.p \(assign\)" "leaking param content: i"
	if t, ok := i.(*T); ok {
		gp = t.p
	}
}

func mapLit(k *int) map[*int]int { // ERROR "parameter k leaks to \{heap\} with derefs=0:" "flow: \{heap\} = k:" "from map\[\*int\]int\{\.\.\.\} \(map literal key\)" "leaking param: k"
	return map[*int]int{k: 1} // ERROR "map\[\*int\]int\{\.\.\.\} escapes to heap"
}

func appendTo(s []*int, p *int) []*int { // ERROR "parameter p leaks to \{heap\} with derefs=0:" "flow: \{heap\} = p:" "from append\(s, p\) \(call parameter\)" "parameter s leaks to \{heap\} with derefs=1:" "flow: \{temp\} = s:" "flow: \{heap\} = \*\{temp\}:" "from append\(s, p\) \(appendee slice\)" "parameter s leaks to ~r0 with derefs=0:" "flow: ~r0 = \{temp\}:" "from return append\(s, p\) \(return\)" "leaking param content: s" "leaking param: s to result ~r0 level=0" "leaking param: p"
	return append(s, p)
}

func pair(a, b *int) { // ERROR "parameter b leaks to \{heap\} with derefs=0:" "flow: y = b:" "from y = b \(assign\)" "flow: \{heap\} = y:" "from gp, gp = x, y \(assign-pair\)" "parameter a leaks to \{heap\} with derefs=0:" "flow: x = a:" "from x = a \(assign\)" "flow: \{heap\} = x:" "leaking param: a" "leaking param: b"
	var x, y *int = a, b
	gp, gp = x, y
}
