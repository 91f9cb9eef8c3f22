// Package shapes embeds geo.Point and implements geo.Shape.
package shapes

import "example.com/basic/geo"

type Circle struct {
	geo.Point // embedded from another package: X, Y, Dist, Move promoted
	R         int
}

func (c Circle) Area() int      { return 3 * c.R * c.R }
func (c Circle) Kind() geo.Kind { return geo.KCircle }

type Rect struct {
	*geo.Point
	W, H int
	name string
}

func NewRect(x, y, w, h int) *Rect {
	return &Rect{Point: geo.NewPoint(x, y), W: w, H: h, name: "rect"}
}

func (r *Rect) Area() int      { return r.W * r.H }
func (r *Rect) Kind() geo.Kind { return geo.KRect }
func (r *Rect) Name() string   { return r.name }

// Area of a constant-sized unit square, from another package's constant.
const Unit = geo.Small * geo.Small // 16

var Shapes = []geo.Shape{Circle{R: 1}, NewRect(1, 2, 3, 4)}
