// errorcheck

// Labels: a label must be used; break/continue labels must name an
// enclosing for/switch/select (continue: only for); goto may not jump over a
// variable declaration or into a block.

package p

func f(n int) {
unused: // ERROR "label unused defined and not used"
	for i := 0; i < n; i++ {
	}

	goto skip // ERROR "goto skip jumps over declaration of v at LINE+1:4"
	v := 1
	_ = v
skip:

	goto inner // ERROR "goto inner jumps into block starting at LINE+1:2"
	{
	inner:
	}

outer:
	for {
		break outer
	}
	for {
		continue outer // ERROR "invalid continue label outer"
	}
sw:
	switch n {
	case 1:
		continue sw // ERROR "invalid continue label sw"
	}
}
