// Package sub: unexported methods in interfaces and method sets, types
// named like main's, anonymous struct types, closures in variables.
package sub

// I has an unexported method: only types with sub's m implement it, for
// instance through embedding sub.T.
type I interface{ m() string }

func Call(i I) string { return "sub.Call: " + i.m() }

type T struct{ N int }

func (t T) m() string  { return "sub.T.m" }
func (t T) Exported() string { return "sub.T.Exported" }

// Reader is embedded in an interface of main.
type Reader interface{ Read() string }

// impl is unexported; its exported methods are usable through New.
type impl struct{ s string }

func (p *impl) Read() string { return "impl.Read " + p.s }
func (p *impl) Len() int     { return len(p.s) }

func New(s string) *impl { return &impl{s} }

// V has an anonymous struct type with an unexported field: not the same
// type as main's struct{ a int }.
var V interface{} = struct{ a int }{1}

// W has an anonymous struct type with exported fields only: identical to
// main's struct{ A int }.
var W interface{} = struct{ A int }{1}

// Closures in package-level variables (gc: sub.glob..func1).
var Inc = func(x int) int { return x + 1 }
var Adder = func(n int) func(int) int { return func(x int) int { return x + n } }

// F is used as a func value in main.
func F(x int) int { return x * 10 }

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ S int }

func (s Sq) Area() int     { return s.S * s.S }
func (s Sq) Name() string  { return "sq" }

// Alias of a type of this package.
type Alias = T

// Counter with a pointer method promoted through an embedded pointer.
type Counter struct{ n int }

func (c *Counter) Incr() int { c.n++; return c.n }
