// Package geo: exported types, methods, interfaces, constants and variables
// used from other packages.
package geo

// Exact untyped constants cross package boundaries unchanged.
const (
	Big   = 1 << 100
	Small = Big >> 98 // 4
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Name  = "geo"
)

// A typed enumeration with a String method.
type Kind int

const (
	KPoint Kind = iota
	KCircle
	KRect
)

var kindNames = [...]string{"point", "circle", "rect"}

func (k Kind) String() string { return kindNames[k] }

// Point has exported fields and value and pointer methods.
type Point struct {
	X, Y int
	tag  string // unexported: only this package sees it
}

func NewPoint(x, y int) *Point { return &Point{X: x, Y: y, tag: "new"} }

func (p Point) Dist() int      { return abs(p.X) + abs(p.Y) }
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) Tag() string    { return p.tag }
func (p *Point) SetTag(s string) { p.tag = s }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Shape is satisfied by types of other packages.
type Shape interface {
	Area() int
	Kind() Kind
}

// Counter is a package variable other packages read and write.
var Counter int

// Origin is initialised from a function call.
var Origin = NewPoint(0, 0)

func Bump() int {
	Counter++
	return Counter
}

// Total adds up areas through the interface.
func Total(shapes ...Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

// Describe uses a type switch on an interface.
func Describe(s Shape) string {
	switch s.Kind() {
	case KCircle:
		return "a circle"
	case KRect:
		return "a rectangle"
	}
	return "something"
}

// Apply takes a func value from another package.
func Apply(f func(int) int, x int) int { return f(x) }

// Stringer is an interface with an exported method only.
type Stringer interface{ String() string }

// Error values crossing packages.
type Error struct{ Msg string }

func (e *Error) Error() string { return "geo: " + e.Msg }

func Check(n int) error {
	if n < 0 {
		return &Error{"negative"}
	}
	return nil
}
