package main

import (
	"example.com/basic/geo"
	"example.com/basic/geo/shapes"
	"example.com/basic/internal/util"
)

// A local type embedding a type of another package.
type Labeled struct {
	geo.Point
	Label string
}

// A local type implementing geo.Shape.
type Square struct{ Side int }

func (s Square) Area() int      { return s.Side * s.Side }
func (s Square) Kind() geo.Kind { return geo.KRect }

// Methods on a local type whose underlying type comes from another package.
type MyPoint geo.Point

func (m MyPoint) Sum() int { return m.X + m.Y }

var double = func(x int) int { return 2 * x }

func main() {
	// constants: exact values across packages
	println(geo.Small, geo.Big>>99, geo.Name, shapes.Unit)
	const f = geo.Pi * 2
	println(f > 6.28318 && f < 6.28319)
	var k geo.Kind = geo.KRect
	println(k.String(), geo.KCircle.String(), int(geo.KPoint))

	// variables of another package
	before := geo.Counter
	b1, b2 := geo.Bump(), geo.Bump()
	println(before, b1, b2, geo.Counter)
	geo.Counter = 10
	println(geo.Bump())
	println(geo.Origin.X, geo.Origin.Y, geo.Origin.Tag())

	// types, value and pointer methods
	p := geo.NewPoint(3, -4)
	println(p.Dist(), p.Tag())
	p.Move(1, 1)
	println(p.X, p.Y, p.Dist())
	p.SetTag("moved")
	println(p.Tag())
	var q geo.Point
	q.X = 7
	println(q.Dist(), q.Tag() == "")
	println(*p == geo.Point{X: 4, Y: -3}, q == geo.Point{X: 7})

	// method values and expressions of another package's type
	d := p.Dist
	mv := (*geo.Point).Move
	mv(p, -4, 3)
	println(d(), p.Dist(), geo.Point.Dist(geo.Point{X: 1, Y: 1}))

	// embedding across packages
	l := Labeled{Point: geo.Point{X: 1, Y: 2}, Label: "L"}
	l.Move(1, 1)
	println(l.X, l.Y, l.Dist(), l.Label)
	c := shapes.Circle{Point: geo.Point{X: 1, Y: 1}, R: 2}
	c.Move(2, 2)
	println(c.X, c.Y, c.Dist(), c.Area(), c.Kind().String())
	r := shapes.NewRect(1, 2, 3, 4)
	r.Move(10, 10)
	println(r.X, r.Y, r.Area(), r.Name(), r.Tag())

	// interfaces satisfied across packages
	var s geo.Shape = c
	println(geo.Describe(s), geo.Describe(r), geo.Describe(Square{2}))
	println(geo.Total(c, r, Square{3}), geo.Total(shapes.Shapes...))
	for i, sh := range shapes.Shapes {
		switch v := sh.(type) {
		case shapes.Circle:
			println(i, "circle", v.R)
		case *shapes.Rect:
			println(i, "rect", v.W, v.H)
		}
	}
	var st geo.Stringer = k
	println(st.String())
	if _, ok := s.(*shapes.Rect); !ok {
		println("not a rect")
	}

	// a failed assertion names the types by package name
	func() {
		defer func() {
			e := recover().(interface{ Error() string })
			println(e.Error())
		}()
		_ = s.(*shapes.Rect)
	}()

	// errors from another package
	if err := geo.Check(-1); err != nil {
		println(err.Error())
		if ge, ok := err.(*geo.Error); ok {
			println("geo error:", ge.Msg)
		}
	}
	println(geo.Check(1) == nil)

	// maps keyed by another package's type
	m := map[geo.Point]string{{X: 1}: "one", {Y: 2}: "two"}
	println(m[geo.Point{X: 1}], m[geo.Point{Y: 2}], len(m))

	// func values across packages
	println(geo.Apply(double, 21), geo.Apply(func(x int) int { return x + 1 }, 1))
	fn := geo.Bump
	println(fn())

	// a package whose name differs from its path
	println(strutil.Repeat("ab", 3))
	j := strutil.NewJoiner("-")
	println(j.Join("a", "b", "c"), j.Join(), j.Count(), j.Sep)

	// a local type defined on another package's type
	println(MyPoint{X: 2, Y: 5}.Sum())

	// goroutines and channels with values of another package's type
	ch := make(chan geo.Point)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- geo.Point{X: i, Y: i}
		}
		close(ch)
	}()
	sum := 0
	for pt := range ch {
		sum += pt.Dist()
	}
	println(sum)
}
