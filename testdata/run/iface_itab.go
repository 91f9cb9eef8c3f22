// Golden test: interfaces with many methods, declared in a different order
// than the concrete type declares them; converting between interfaces that
// share some methods (each conversion must pick the right method); method
// names that differ only in case (exported vs unexported); methods with the
// same name but different signatures are not the same method.
package main

type Big interface {
	Zeta() string
	Alpha() string
	Mu() string
	beta() string
	Beta() string
	Omega(n int) string
}

type Small interface {
	Mu() string
	Alpha() string
}

type Other interface {
	Omega(n int) string
	beta() string
}

type Impl struct{ tag string }

func (i Impl) Omega(n int) string { return i.tag + ".Omega" + string(rune('0'+n)) }
func (i Impl) beta() string       { return i.tag + ".beta" }
func (i Impl) Mu() string         { return i.tag + ".Mu" }
func (i Impl) Zeta() string       { return i.tag + ".Zeta" }
func (i Impl) Beta() string       { return i.tag + ".Beta" }
func (i Impl) Alpha() string      { return i.tag + ".Alpha" }

type Impl2 struct{ Impl }

func (Impl2) Mu() string { return "impl2.Mu" }

type WrongSig struct{}

func (WrongSig) Mu() int        { return 1 }
func (WrongSig) Alpha() string { return "ws.Alpha" }

type MuString interface{ Mu() string }
type MuInt interface{ Mu() int }

func all(b Big) {
	println(b.Alpha(), b.Beta(), b.beta(), b.Mu(), b.Omega(3), b.Zeta())
}

func main() {
	var b Big = Impl{"i"}
	all(b)
	var s Small = b
	println(s.Mu(), s.Alpha())
	var o Other = b
	println(o.Omega(1), o.beta())

	// back from Small to Big by assertion
	b2 := s.(Big)
	println(b2.Zeta())
	o2, ok := s.(Other)
	println(o2.Omega(2), ok)

	// promoted and overridden methods
	b = Impl2{Impl{"e"}}
	all(b)
	s = b
	println(s.Mu())
	b = &Impl2{Impl{"p"}}
	all(b)

	// wrong signature: a Mu() int does not implement Mu() string
	var e interface{} = WrongSig{}
	_, ok1 := e.(MuString)
	mi, ok2 := e.(MuInt)
	_, ok3 := e.(Small)
	println(ok1, ok2, mi.Mu(), ok3)

	// many conversions in a loop, cached or not, must stay right
	vals := []interface{}{Impl{"a"}, WrongSig{}, Impl2{Impl{"b"}}, 5, &Impl{"c"}}
	for round := 0; round < 2; round++ {
		for _, v := range vals {
			if sm, ok := v.(Small); ok {
				print(sm.Mu(), " ")
			} else if mi, ok := v.(MuInt); ok {
				print("int", mi.Mu(), " ")
			} else {
				print("none ")
			}
		}
		println()
	}

	defer func() {
		println(recover().(error).Error())
	}()
	_ = e.(MuString)
}
