// errorcheck

// Undefined identifiers, fields and methods.

package main

type T struct{ x int }

func (T) M() {}

func main() {
	_ = y // ERROR "undefined: y"
	var t T
	_ = t.z // ERROR "t\.z undefined \(type T has no field or method z\)"
	t.N() // ERROR "t\.N undefined \(type T has no field or method N\)"
	_ = T.N // ERROR "T\.N undefined \(type T has no field or method N\)"
	_ = t.X // ERROR "t\.X undefined \(type T has no field or method X, but does have x\)"
	undefinedFunc(1) // ERROR "undefined: undefinedFunc"
	var p *T
	_ = p.x
	var q **T
	_ = q.x // ERROR "q\.x undefined \(type \*\*T has no field or method x\)"
}
