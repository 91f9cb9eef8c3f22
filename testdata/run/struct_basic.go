// Golden test: structs: literals (keyed, positional, partial), zero values,
// nested structs, copies on assignment and in calls, == on comparable
// structs, anonymous struct types, and blank fields.
package main

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Name     string
}

type Rec struct {
	a int8
	b int64
	c bool
	d string
	e float64
	f [2]uint16
	_ int32
}

func area(r Rect) int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func grow(r Rect) Rect {
	r.Max.X *= 2 // the caller's value is unaffected
	return r
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	println(p.X, p.Y, q.X, q.Y, z.X, z.Y, z == Point{})
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "r"}
	r2 := r
	r2.Max.Y = 10
	r2.Name += "2"
	println(area(r), area(r2), r.Name, r2.Name, r == r2, r.Min == r2.Min)
	g := grow(r)
	println(r.Max.X, g.Max.X)

	var rec Rec
	println(rec.a, rec.b, rec.c, rec.d == "", rec.e, rec.f[1])
	rec = Rec{a: -1, b: 1 << 40, c: true, d: "x", e: 0.5, f: [2]uint16{7, 65535}}
	rec2 := rec
	println(rec == rec2, rec.a, rec.b, rec.c, rec.d, rec.e, rec.f[1])
	rec2.f[0] = 8
	println(rec == rec2, rec.f[0])

	// Anonymous structs.
	anon := struct {
		name string
		age  int
	}{"gopher", 13}
	other := struct {
		name string
		age  int
	}{"gopher", 13}
	println(anon.name, anon.age, anon == other)

	// A slice of structs modified in place vs via the range copy.
	pts := []Point{{1, 1}, {2, 2}, {3, 3}}
	for _, pt := range pts {
		pt.X = 100 // a copy
	}
	for i := range pts {
		pts[i].Y *= 10
	}
	println(pts[0].X, pts[0].Y, pts[2].Y)

	// Struct with nested arrays and struct arrays.
	type board struct {
		cells [3][3]byte
		moves []Point
	}
	var b board
	b.cells[1][1] = 'X'
	b.moves = append(b.moves, Point{1, 1})
	c := b // copies the array; shares the slice's array
	c.cells[0][0] = 'O'
	c.moves[0].X = 9
	println(b.cells[0][0], c.cells[0][0], b.cells[1][1], b.moves[0].X)
	// Field assignment through nested selectors and compound operators.
	r.Max.X += 5
	r.Min.Y--
	println(r.Max.X, r.Min.Y, area(r))
	// Empty struct.
	type empty struct{}
	var e1, e2 empty
	println(e1 == e2)
}
