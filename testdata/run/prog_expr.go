// Golden test (program): a tiny expression evaluator: a tokenizer over a
// string, a recursive-descent parser building a tree of structs held in a
// slice (nodes refer to each other by index), and an evaluator, with
// variables looked up in a slice of name/value pairs.
package main

type tokKind int

const (
	tNum tokKind = iota
	tIdent
	tOp
	tLParen
	tRParen
	tEOF
)

type token struct {
	kind tokKind
	text string
	num  int
}

type node struct {
	op          byte // 0 for a number, 'v' for a variable, else + - * / % ^ or 'n' (negate)
	val         int
	name        string
	left, right int // indexes into parser.nodes
}

type parser struct {
	toks  []token
	pos   int
	nodes []node
	err   string
}

func tokenize(s string) []token {
	var toks []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			n := 0
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				n = n*10 + int(s[j]-'0')
				j++
			}
			toks = append(toks, token{kind: tNum, text: s[i:j], num: n})
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			toks = append(toks, token{kind: tIdent, text: s[i:j]})
			i = j
		case c == '(':
			toks = append(toks, token{kind: tLParen, text: "("})
			i++
		case c == ')':
			toks = append(toks, token{kind: tRParen, text: ")"})
			i++
		default:
			toks = append(toks, token{kind: tOp, text: s[i : i+1]})
			i++
		}
	}
	return append(toks, token{kind: tEOF})
}

func (p *parser) peek() token { return p.toks[p.pos] }

func (p *parser) next() token {
	t := p.toks[p.pos]
	if t.kind != tEOF {
		p.pos++
	}
	return t
}

func (p *parser) add(n node) int {
	p.nodes = append(p.nodes, n)
	return len(p.nodes) - 1
}

// expr = term { ("+"|"-") term }
func (p *parser) expr() int {
	l := p.term()
	for p.peek().kind == tOp && (p.peek().text == "+" || p.peek().text == "-") {
		op := p.next().text[0]
		r := p.term()
		l = p.add(node{op: op, left: l, right: r})
	}
	return l
}

// term = factor { ("*"|"/"|"%") factor }
func (p *parser) term() int {
	l := p.factor()
	for p.peek().kind == tOp && (p.peek().text == "*" || p.peek().text == "/" || p.peek().text == "%") {
		op := p.next().text[0]
		r := p.factor()
		l = p.add(node{op: op, left: l, right: r})
	}
	return l
}

// factor = unary [ "^" factor ]   (right associative)
func (p *parser) factor() int {
	b := p.unary()
	if p.peek().kind == tOp && p.peek().text == "^" {
		p.next()
		e := p.factor()
		return p.add(node{op: '^', left: b, right: e})
	}
	return b
}

func (p *parser) unary() int {
	t := p.next()
	switch t.kind {
	case tNum:
		return p.add(node{val: t.num})
	case tIdent:
		return p.add(node{op: 'v', name: t.text})
	case tLParen:
		e := p.expr()
		if p.next().kind != tRParen {
			p.err = "missing )"
		}
		return e
	case tOp:
		if t.text == "-" {
			return p.add(node{op: 'n', left: p.unary()})
		}
	}
	p.err = "unexpected " + t.text
	return p.add(node{})
}

type binding struct {
	name string
	val  int
}

func eval(nodes []node, i int, env []binding) (int, string) {
	n := nodes[i]
	switch n.op {
	case 0:
		return n.val, ""
	case 'v':
		for _, b := range env {
			if b.name == n.name {
				return b.val, ""
			}
		}
		return 0, "undefined: " + n.name
	case 'n':
		v, err := eval(nodes, n.left, env)
		return -v, err
	}
	l, err := eval(nodes, n.left, env)
	if err != "" {
		return 0, err
	}
	r, err := eval(nodes, n.right, env)
	if err != "" {
		return 0, err
	}
	switch n.op {
	case '+':
		return l + r, ""
	case '-':
		return l - r, ""
	case '*':
		return l * r, ""
	case '/', '%':
		if r == 0 {
			return 0, "division by zero"
		}
		if n.op == '/' {
			return l / r, ""
		}
		return l % r, ""
	case '^':
		res := 1
		for k := 0; k < r; k++ {
			res *= l
		}
		return res, ""
	}
	return 0, "bad op"
}

func show(nodes []node, i int) string {
	n := nodes[i]
	switch n.op {
	case 0:
		return tokenize(itoa(n.val))[0].text
	case 'v':
		return n.name
	case 'n':
		return "(-" + show(nodes, n.left) + ")"
	}
	return "(" + show(nodes, n.left) + " " + string(rune(n.op)) + " " + show(nodes, n.right) + ")"
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return string(buf[i:])
}

func main() {
	env := []binding{{"x", 6}, {"y", 7}, {"zero", 0}}
	for _, src := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"x * y - 2",
		"2 ^ 3 ^ 2",
		"-x + 100 / (y - 2)",
		"((((42))))",
		"100 % 7 * -3",
		"x / zero",
		"1 + w",
		"2 * (3 + 4",
		"10 - 4 - 3",
	} {
		p := &parser{toks: tokenize(src)}
		root := p.expr()
		if p.err == "" && p.peek().kind != tEOF {
			p.err = "trailing " + p.peek().text
		}
		if p.err != "" {
			println(src, "=> parse error:", p.err)
			continue
		}
		v, err := eval(p.nodes, root, env)
		if err != "" {
			println(src, "=>", show(p.nodes, root), "=> error:", err)
			continue
		}
		println(src, "=>", show(p.nodes, root), "=", v, " nodes:", len(p.nodes))
	}
}
