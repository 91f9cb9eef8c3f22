// Golden test: embedding.  Interfaces embed interfaces (the method sets
// union); structs embed structs and pointers to structs, whose methods are
// promoted, so the outer struct satisfies interfaces through them; a struct
// may embed an interface value, promoting its methods; an outer method
// shadows a promoted one.
package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Named interface{ Name() string }

type Buf struct {
	data string
}

func (b *Buf) Read() string {
	s := b.data
	b.data = ""
	return s
}
func (b *Buf) Write(s string) int {
	b.data += s
	return len(s)
}

type Base struct{ id int }

func (b Base) Name() string { return "base" }
func (b Base) ID() int      { return b.id }

// Logged embeds a *Buf: both its methods are promoted to Logged and *Logged.
type Logged struct {
	*Buf
	Base
	writes int
}

// Write shadows Buf.Write.
func (l *Logged) Write(s string) int {
	l.writes++
	return l.Buf.Write("[" + s + "]")
}

// Wrapper embeds an interface: whatever is in it supplies Name.
type Wrapper struct {
	Named
	tag string
}

type Fancy struct{}

func (Fancy) Name() string { return "fancy" }

// Deep: promotion through two levels.
type Mid struct{ Base }
type Deep struct{ Mid }

func use(rw ReadWriter, s string) string {
	rw.Write(s)
	rw.Write(s)
	return rw.Read()
}

func main() {
	b := &Buf{}
	println(use(b, "ab"))

	l := &Logged{Buf: &Buf{}, Base: Base{7}}
	println(use(l, "x"), l.writes)
	var r Reader = l
	l.Buf.Write("direct")
	println(r.Read(), l.writes)
	println(l.Name(), l.ID())

	var n Named = l // via Base, value method, through pointer
	println(n.Name())
	var n2 Named = *l // value Logged has Base's value methods too
	println(n2.Name())

	w := Wrapper{Fancy{}, "t"}
	println(w.Name(), w.tag)
	var n3 Named = w
	println(n3.Name())
	w.Named = Base{}
	println(w.Name())

	d := Deep{Mid{Base{99}}}
	println(d.Name(), d.ID(), d.Mid.Base.id)
	var n4 Named = d
	println(n4.Name())

	var rw ReadWriter = b
	var wr Writer = rw // interface to smaller interface
	wr.Write("zz")
	println(rw.Read())
}
