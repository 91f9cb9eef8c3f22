// Golden test (whole program): an interpreter for a tiny Forth-like stack
// language.  Words are interface values (builtins as func-backed types,
// user definitions as word lists) held in a map dictionary; values on the
// stack are interface{} (ints and strings); errors are error values
// returned up, and stack underflow is a panic recovered at the top level.
package main

type Value interface{}

type Machine struct {
	stack []Value
	dict  map[string]Word
	out   string
}

type Word interface {
	Exec(m *Machine) error
}

type Builtin struct {
	name string
	fn   func(m *Machine) error
}

func (b *Builtin) Exec(m *Machine) error { return b.fn(m) }

type Defined struct {
	name string
	body []string
}

func (d *Defined) Exec(m *Machine) error { return m.run(d.body) }

type Lit struct{ v Value }

func (l Lit) Exec(m *Machine) error {
	m.push(l.v)
	return nil
}

type evalError struct {
	word string
	msg  string
}

func (e *evalError) Error() string { return e.word + ": " + e.msg }

type underflow struct{ need, have int }

func (m *Machine) push(v Value) { m.stack = append(m.stack, v) }

func (m *Machine) pop() Value {
	if len(m.stack) == 0 {
		panic(underflow{1, 0})
	}
	v := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	return v
}

func (m *Machine) popInt(word string) (int, error) {
	v := m.pop()
	n, ok := v.(int)
	if !ok {
		return 0, &evalError{word, "want int, got " + kind(v)}
	}
	return n, nil
}

func kind(v Value) string {
	switch v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "?"
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + itoa(n%10)
}

func atoi(s string) (int, bool) {
	if s == "" || s == "-" {
		return 0, false
	}
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func binop(name string, f func(a, b int) (int, error)) *Builtin {
	return &Builtin{name, func(m *Machine) error {
		b, err := m.popInt(name)
		if err != nil {
			return err
		}
		a, err := m.popInt(name)
		if err != nil {
			return err
		}
		r, err := f(a, b)
		if err != nil {
			return err
		}
		m.push(r)
		return nil
	}}
}

func NewMachine() *Machine {
	m := &Machine{dict: map[string]Word{}}
	m.dict["+"] = binop("+", func(a, b int) (int, error) { return a + b, nil })
	m.dict["-"] = binop("-", func(a, b int) (int, error) { return a - b, nil })
	m.dict["*"] = binop("*", func(a, b int) (int, error) { return a * b, nil })
	m.dict["/"] = binop("/", func(a, b int) (int, error) {
		if b == 0 {
			return 0, &evalError{"/", "division by zero"}
		}
		return a / b, nil
	})
	m.dict["<"] = binop("<", func(a, b int) (int, error) {
		if a < b {
			return 1, nil
		}
		return 0, nil
	})
	m.dict["dup"] = &Builtin{"dup", func(m *Machine) error {
		v := m.pop()
		m.push(v)
		m.push(v)
		return nil
	}}
	m.dict["swap"] = &Builtin{"swap", func(m *Machine) error {
		b, a := m.pop(), m.pop()
		m.push(b)
		m.push(a)
		return nil
	}}
	m.dict["drop"] = &Builtin{"drop", func(m *Machine) error { m.pop(); return nil }}
	m.dict["."] = &Builtin{".", func(m *Machine) error {
		switch v := m.pop().(type) {
		case int:
			m.out += itoa(v) + " "
		case string:
			m.out += v + " "
		}
		return nil
	}}
	m.dict["concat"] = &Builtin{"concat", func(m *Machine) error {
		b, a := m.pop(), m.pop()
		as, ok1 := a.(string)
		bs, ok2 := b.(string)
		if !ok1 || !ok2 {
			return &evalError{"concat", "want strings"}
		}
		m.push(as + bs)
		return nil
	}}
	// times: ( n word-name -- ) runs the named word n times
	m.dict["times"] = &Builtin{"times", func(m *Machine) error {
		name, ok := m.pop().(string)
		if !ok {
			return &evalError{"times", "want word name"}
		}
		n, err := m.popInt("times")
		if err != nil {
			return err
		}
		w, ok := m.dict[name]
		if !ok {
			return &evalError{name, "undefined"}
		}
		for i := 0; i < n; i++ {
			if err := w.Exec(m); err != nil {
				return err
			}
		}
		return nil
	}}
	return m
}

func (m *Machine) run(toks []string) error {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == ":" { // : name body ;
			j := i + 2
			for j < len(toks) && toks[j] != ";" {
				j++
			}
			m.dict[toks[i+1]] = &Defined{toks[i+1], toks[i+2 : j]}
			i = j
			continue
		}
		var w Word
		if n, ok := atoi(t); ok {
			w = Lit{n}
		} else if t[0] == '\'' {
			w = Lit{t[1:]}
		} else if dw, ok := m.dict[t]; ok {
			w = dw
		} else {
			return &evalError{t, "undefined"}
		}
		if err := w.Exec(m); err != nil {
			return err
		}
	}
	return nil
}

func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func (m *Machine) Eval(src string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			u := r.(underflow)
			err = &evalError{"stack", "underflow (need " + itoa(u.need) + ", have " + itoa(u.have) + ")"}
		}
	}()
	return m.run(fields(src))
}

func main() {
	progs := []string{
		"2 3 + 4 * .",
		": sq dup * ; 7 sq . 12 sq .",
		"'hello ' concat 'world concat .",
		": inc 1 + ; 0 10 'inc times .",
		"10 3 / . 10 3 - . 3 10 < .",
		"1 0 /",
		"1 'x +",
		"drop",
		"foo",
		": small? dup 10 < ; 5 small? . .",
		"1 2 3 swap . . .",
	}
	for _, p := range progs {
		m := NewMachine()
		err := m.Eval(p)
		line := "> " + p + "  =>  " + m.out
		if err != nil {
			line += "error: " + err.Error()
		}
		println(line)
		if len(m.stack) > 0 {
			println("  stack depth", len(m.stack))
		}
	}
	// dictionary size: count builtins vs defined words after defining some
	m := NewMachine()
	m.Eval(": a 1 ; : b 2 ; : c a b + ;")
	builtins, defined := 0, 0
	for _, w := range m.dict {
		switch w.(type) {
		case *Builtin:
			builtins++
		case *Defined:
			defined++
		}
	}
	println("builtins:", builtins, "defined:", defined)
	m.Eval("c c * .")
	println(m.out)
}
