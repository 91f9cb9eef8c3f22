// errorcheck -0 -d=nil

// Nil checks (-d=nil, gc's wording): the first dereference of a pointer
// checks it; a later one in a block that check dominates does not, nor one
// the true branch of p != nil guards, nor one of an address. gc also
// removes the checks its late pass folds into a faulting load; goc checks
// explicitly, so those lines accept either word.

package p

type T struct {
	a, b int
	c    [4]int
}

func f1(p *T) int {
	x := p.a       // ERROR "(generated|removed) nil check"
	y := p.b       // ERROR "removed nil check"
	p.c[2] = x + y // ERROR "removed nil check"
	return p.c[1]  // ERROR "removed nil check"
}

func f2(p *T, c bool) int {
	if c {
		return p.a // ERROR "(generated|removed) nil check"
	}
	return p.b // ERROR "(generated|removed) nil check"
}

func f3(p *T) int {
	if p != nil {
		return p.a // ERROR "removed nil check"
	}
	return 0
}

func f4() int {
	var t T
	q := &t
	q.a = 1    // ERROR "removed nil check"
	return q.b // ERROR "removed nil check"
}

func f5(p *T) int {
	s := 0
	for i := 0; i < 4; i++ {
		s += p.c[i] // ERROR "generated nil check"
	}
	return s + p.a // ERROR "(generated|removed) nil check"
}
