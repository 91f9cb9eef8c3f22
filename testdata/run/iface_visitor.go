// Golden test: an expression tree built from interface values, evaluated by
// a method on each node type, printed by a visitor (double dispatch through
// an Accept method), and simplified by a type switch that rebuilds nodes.
package main

type Expr interface {
	Eval(env map[string]int) int
	Accept(v Visitor)
}

type Visitor interface {
	VisitNum(n *Num)
	VisitVar(v *Var)
	VisitBin(b *Bin)
	VisitNeg(n *Neg)
}

type Num struct{ v int }
type Var struct{ name string }
type Bin struct {
	op   byte
	l, r Expr
}
type Neg struct{ x Expr }

func (n *Num) Eval(env map[string]int) int { return n.v }
func (v *Var) Eval(env map[string]int) int { return env[v.name] }
func (b *Bin) Eval(env map[string]int) int {
	l, r := b.l.Eval(env), b.r.Eval(env)
	switch b.op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op")
}
func (n *Neg) Eval(env map[string]int) int { return -n.x.Eval(env) }

func (n *Num) Accept(v Visitor) { v.VisitNum(n) }
func (x *Var) Accept(v Visitor) { v.VisitVar(x) }
func (b *Bin) Accept(v Visitor) { v.VisitBin(b) }
func (n *Neg) Accept(v Visitor) { v.VisitNeg(n) }

// printer builds a fully parenthesised string.
type printer struct{ out string }

func (p *printer) VisitNum(n *Num) { p.out += itoa(n.v) }
func (p *printer) VisitVar(v *Var) { p.out += v.name }
func (p *printer) VisitBin(b *Bin) {
	p.out += "("
	b.l.Accept(p)
	p.out += " " + string(b.op) + " "
	b.r.Accept(p)
	p.out += ")"
}
func (p *printer) VisitNeg(n *Neg) {
	p.out += "-"
	n.x.Accept(p)
}

// counter counts node kinds.
type counter struct{ nums, vars, bins, negs int }

func (c *counter) VisitNum(n *Num) { c.nums++ }
func (c *counter) VisitVar(v *Var) { c.vars++ }
func (c *counter) VisitBin(b *Bin) {
	c.bins++
	b.l.Accept(c)
	b.r.Accept(c)
}
func (c *counter) VisitNeg(n *Neg) {
	c.negs++
	n.x.Accept(c)
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func str(e Expr) string {
	p := &printer{}
	e.Accept(p)
	return p.out
}

// simplify folds constants and removes x+0, x*1, x*0, --x.
func simplify(e Expr) Expr {
	switch n := e.(type) {
	case *Bin:
		l, r := simplify(n.l), simplify(n.r)
		ln, lok := l.(*Num)
		rn, rok := r.(*Num)
		if lok && rok {
			return &Num{(&Bin{n.op, ln, rn}).Eval(nil)}
		}
		switch {
		case n.op == '+' && rok && rn.v == 0:
			return l
		case n.op == '+' && lok && ln.v == 0:
			return r
		case n.op == '*' && rok && rn.v == 1:
			return l
		case n.op == '*' && lok && ln.v == 1:
			return r
		case n.op == '*' && ((rok && rn.v == 0) || (lok && ln.v == 0)):
			return &Num{0}
		}
		return &Bin{n.op, l, r}
	case *Neg:
		x := simplify(n.x)
		if inner, ok := x.(*Neg); ok {
			return inner.x
		}
		if k, ok := x.(*Num); ok {
			return &Num{-k.v}
		}
		return &Neg{x}
	}
	return e
}

func main() {
	env := map[string]int{"x": 6, "y": 7}
	exprs := []Expr{
		&Bin{'+', &Num{1}, &Bin{'*', &Num{2}, &Num{3}}},
		&Bin{'*', &Var{"x"}, &Var{"y"}},
		&Bin{'+', &Bin{'*', &Var{"x"}, &Num{1}}, &Bin{'*', &Num{0}, &Var{"y"}}},
		&Neg{&Neg{&Bin{'-', &Var{"y"}, &Bin{'/', &Num{9}, &Num{3}}}}},
		&Bin{'+', &Neg{&Bin{'+', &Num{2}, &Num{2}}}, &Var{"z"}},
	}
	for _, e := range exprs {
		s := simplify(e)
		c := &counter{}
		e.Accept(c)
		println(str(e), "=", e.Eval(env), "  simplified:", str(s), "=", s.Eval(env))
		println("  nodes:", c.nums, c.vars, c.bins, c.negs)
	}
}
