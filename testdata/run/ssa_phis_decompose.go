package main

// Values of aggregate types that merge at phis (decompose user/builtin):
// structs of 1 to 4 fields, nested structs, arrays of length 0 and 1,
// strings, slices, interfaces and complex numbers, chosen by branches and
// carried around loops; then fields and parts are read from the merged value.

type P2 struct{ x, y int }
type P3 struct {
	a int
	s string
	p *int
}
type P4 struct{ a, b, c, d int8 }
type Nest struct {
	p P2
	k [1]int
}

//go:noinline
func pick(c bool) bool { return c }

func structs(c bool) {
	v := 7
	a := P2{1, 2}
	b := P3{1, "one", nil}
	d := P4{1, 2, 3, 4}
	n := Nest{P2{5, 6}, [1]int{7}}
	if pick(c) {
		a = P2{3, 4}
		b = P3{2, "two", &v}
		d = P4{-1, -2, -3, -4}
		n = Nest{P2{8, 9}, [1]int{10}}
	}
	println(a.x, a.y, b.a, b.s, b.p != nil, d.a, d.b, d.c, d.d, n.p.x, n.p.y, n.k[0])
}

func arrays(c bool) {
	var one [1]string
	var zero [0]int
	if pick(c) {
		one = [1]string{"set"}
		zero = [0]int{}
	}
	println(one[0], len(zero))
}

func loops() {
	s := "a"
	sl := []int{1}
	var e interface{} = 0
	z := complex(1, 1)
	for i := 0; i < 4; i++ {
		s += "b"
		sl = append(sl, i)
		e = i * 2
		z *= 2
	}
	println(s, len(s), len(sl), cap(sl) >= len(sl), sl[4], e.(int), real(z), imag(z))
}

func localAddr() {
	x := 3
	p := &x
	if p != nil {
		*p = 4
	}
	println(x)
}

func main() {
	structs(false)
	structs(true)
	arrays(false)
	arrays(true)
	loops()
	localAddr()
}
