// Golden test: interface and struct equality must compare field by field,
// not byte by byte: +0 == -0, NaN != NaN (even the same value in the same
// interface), and strings with equal contents but different storage are
// equal.  Padding between fields must not matter.
package main

type F struct{ f float64 }
type S struct {
	s string
	n int
}
type Pad struct {
	a int8
	b int64
	c int16
	d float32
}
type Arr [2]float64

func main() {
	zero := 0.0
	negz := -zero
	nan := zero / zero

	var e1, e2 interface{} = zero, negz
	println("+0 == -0 in iface:", e1 == e2)
	e1, e2 = nan, nan
	println("NaN == NaN in iface:", e1 == e2)
	e1 = nan
	println("same iface with NaN equals itself:", e1 == e1)

	println("struct +0/-0:", F{zero} == F{negz})
	println("struct NaN:", F{nan} == F{nan})
	var i1, i2 interface{} = F{zero}, F{negz}
	println("iface struct +0/-0:", i1 == i2)
	i1, i2 = F{nan}, F{nan}
	println("iface struct NaN:", i1 == i2)

	println("array +0/-0:", Arr{zero, 1} == Arr{negz, 1})
	i1, i2 = Arr{zero, 1}, Arr{negz, 1}
	println("iface array +0/-0:", i1 == i2)

	b := []byte("hello")
	s1 := string(b)
	s2 := "hel" + string(b[3:])
	println("struct strings:", S{s1, 1} == S{s2, 1})
	i1, i2 = S{s1, 1}, S{s2, 1}
	println("iface struct strings:", i1 == i2)
	i1, i2 = s1, s2
	println("iface strings:", i1 == i2)

	p1 := Pad{1, 2, 3, 4}
	var p2 Pad
	p2.a, p2.b, p2.c, p2.d = 1, 2, 3, 4
	println("padded structs:", p1 == p2)
	i1, i2 = p1, p2
	println("iface padded:", i1 == i2)

	var f32z float32 = 0
	f32n := -f32z
	i1, i2 = f32z, f32n
	println("float32 +0/-0:", i1 == i2)
	i1, i2 = complex(zero, negz), complex(negz, zero)
	println("complex signed zeros:", i1 == i2)

	// map keys: same rules
	m := map[F]int{}
	m[F{zero}] = 1
	m[F{negz}] = 2
	m[F{nan}] = 3
	m[F{nan}] = 4
	println("map[F] len:", len(m), "m[F{0}]:", m[F{0}])
	ms := map[S]int{}
	ms[S{s1, 1}] = 1
	ms[S{s2, 1}]++
	println("map[S] len:", len(ms), ms[S{"hello", 1}])
	ma := map[Arr]int{{zero, nan}: 1}
	ma[Arr{negz, nan}] = 2
	ma[Arr{negz, 5}] = 3
	ma[Arr{zero, 5}] = 4
	println("map[Arr] len:", len(ma), ma[Arr{0, 5}])
	mi := map[interface{}]int{}
	mi[F{zero}] = 1
	mi[F{negz}] = 2
	mi[S{s1, 0}] = 3
	mi[S{s2, 0}] = 4
	mi[p1] = 5
	mi[p2] = 6
	println("map[iface] len:", len(mi), mi[F{0}], mi[S{"hello", 0}], mi[Pad{1, 2, 3, 4}])
}
