// Golden test (whole program): a JSON-like pretty printer over trees of
// interface{} values: map[string]interface{} (keys printed sorted),
// []interface{}, strings (escaped), ints, floats (printed by hand), bools
// and nil; plus a tiny parser for the same syntax that round-trips.
package main

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
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

// ftoa prints a float with up to 3 decimals, trimming zeros.
func ftoa(f float64) string {
	neg := f < 0
	if neg {
		f = -f
	}
	scaled := int(f*1000 + 0.5)
	s := itoa(scaled / 1000)
	frac := scaled % 1000
	if frac != 0 {
		d := []byte{byte('0' + frac/100), byte('0' + frac/10%10), byte('0' + frac%10)}
		for len(d) > 0 && d[len(d)-1] == '0' {
			d = d[:len(d)-1]
		}
		s += "." + string(d)
	} else {
		s += ".0"
	}
	if neg {
		s = "-" + s
	}
	return s
}

func quote(s string) string {
	out := []byte{'"'}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\':
			out = append(out, '\\', c)
		case '\n':
			out = append(out, '\\', 'n')
		case '\t':
			out = append(out, '\\', 't')
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}

func indent(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "  "
	}
	return s
}

func pretty(v interface{}, depth int) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int:
		return itoa(x)
	case float64:
		return ftoa(x)
	case string:
		return quote(x)
	case []interface{}:
		if len(x) == 0 {
			return "[]"
		}
		s := "[\n"
		for i, e := range x {
			s += indent(depth+1) + pretty(e, depth+1)
			if i < len(x)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent(depth) + "]"
	case map[string]interface{}:
		if len(x) == 0 {
			return "{}"
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sortStrings(keys)
		s := "{\n"
		for i, k := range keys {
			s += indent(depth+1) + quote(k) + ": " + pretty(x[k], depth+1)
			if i < len(keys)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent(depth) + "}"
	}
	return "<?>"
}

// compact is the one-line form, used for the round trip.
func compact(v interface{}) string {
	switch x := v.(type) {
	case []interface{}:
		s := "["
		for i, e := range x {
			if i > 0 {
				s += ","
			}
			s += compact(e)
		}
		return s + "]"
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sortStrings(keys)
		s := "{"
		for i, k := range keys {
			if i > 0 {
				s += ","
			}
			s += quote(k) + ":" + compact(x[k])
		}
		return s + "}"
	}
	return pretty(v, 0)
}

type parser struct {
	s   string
	pos int
}

type syntaxError struct {
	pos int
	msg string
}

func (e *syntaxError) Error() string { return "syntax error at " + itoa(e.pos) + ": " + e.msg }

func (p *parser) fail(msg string) { panic(&syntaxError{p.pos, msg}) }

func (p *parser) peek() byte {
	if p.pos >= len(p.s) {
		p.fail("unexpected end")
	}
	return p.s[p.pos]
}

func (p *parser) skip() {
	for p.pos < len(p.s) && (p.s[p.pos] == ' ' || p.s[p.pos] == '\n') {
		p.pos++
	}
}

func (p *parser) expect(c byte) {
	p.skip()
	if p.pos >= len(p.s) || p.s[p.pos] != c {
		p.fail("expected " + string(rune(c)))
	}
	p.pos++
}

func (p *parser) value() interface{} {
	p.skip()
	if p.pos >= len(p.s) {
		p.fail("unexpected end")
	}
	c := p.s[p.pos]
	switch {
	case c == '{':
		p.pos++
		m := map[string]interface{}{}
		p.skip()
		if p.peek() == '}' {
			p.pos++
			return m
		}
		for {
			k, ok := p.value().(string)
			if !ok {
				p.fail("key must be a string")
			}
			p.expect(':')
			m[k] = p.value()
			p.skip()
			if p.peek() == ',' {
				p.pos++
				continue
			}
			p.expect('}')
			return m
		}
	case c == '[':
		p.pos++
		var a []interface{}
		p.skip()
		if p.peek() == ']' {
			p.pos++
			return []interface{}{}
		}
		for {
			a = append(a, p.value())
			p.skip()
			if p.peek() == ',' {
				p.pos++
				continue
			}
			p.expect(']')
			return a
		}
	case c == '"':
		p.pos++
		var b []byte
		for p.peek() != '"' {
			if p.s[p.pos] == '\\' {
				p.pos++
				switch p.peek() {
				case 'n':
					b = append(b, '\n')
				case 't':
					b = append(b, '\t')
				default:
					b = append(b, p.s[p.pos])
				}
			} else {
				b = append(b, p.s[p.pos])
			}
			p.pos++
		}
		p.pos++
		return string(b)
	case c == '-' || (c >= '0' && c <= '9'):
		start := p.pos
		p.pos++
		isFloat := false
		for p.pos < len(p.s) && (p.s[p.pos] >= '0' && p.s[p.pos] <= '9' || p.s[p.pos] == '.') {
			if p.s[p.pos] == '.' {
				isFloat = true
			}
			p.pos++
		}
		return number(p.s[start:p.pos], isFloat)
	case p.pos+4 <= len(p.s) && p.s[p.pos:p.pos+4] == "true":
		p.pos += 4
		return true
	case p.pos+5 <= len(p.s) && p.s[p.pos:p.pos+5] == "false":
		p.pos += 5
		return false
	case p.pos+4 <= len(p.s) && p.s[p.pos:p.pos+4] == "null":
		p.pos += 4
		return nil
	}
	p.fail("unexpected " + string(rune(c)))
	return nil
}

func number(s string, isFloat bool) interface{} {
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	ip, fp, scale := 0, 0, 1
	i := 0
	for ; i < len(s) && s[i] != '.'; i++ {
		ip = ip*10 + int(s[i]-'0')
	}
	for i++; i < len(s); i++ {
		fp = fp*10 + int(s[i]-'0')
		scale *= 10
	}
	if !isFloat {
		if neg {
			return -ip
		}
		return ip
	}
	f := float64(ip) + float64(fp)/float64(scale)
	if neg {
		f = -f
	}
	return f
}

func parse(s string) (v interface{}, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*syntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	p := &parser{s: s}
	v = p.value()
	p.skip()
	if p.pos != len(p.s) {
		p.fail("trailing data")
	}
	return v, nil
}

func main() {
	doc := map[string]interface{}{
		"name":    "goc",
		"version": 1.19,
		"stable":  false,
		"tags":    []interface{}{"compiler", "go", "c11"},
		"stats": map[string]interface{}{
			"files": 42,
			"ratio": -0.125,
			"empty": map[string]interface{}{},
			"none":  nil,
		},
		"matrix": []interface{}{
			[]interface{}{1, 2},
			[]interface{}{},
			[]interface{}{map[string]interface{}{"x": "quote\" and \\ and\nnewline"}},
		},
	}
	println(pretty(doc, 0))
	c := compact(doc)
	println(c)

	back, err := parse(c)
	println("parse error:", err != nil)
	println("round trip equal:", compact(back) == c)
	pretty2, err := parse(pretty(doc, 0))
	println("pretty parses back:", err == nil && compact(pretty2) == c)

	for _, bad := range []string{`{"a" 1}`, `[1, 2`, `{1: 2}`, `[true, nul]`, `"x" y`} {
		_, err := parse(bad)
		if err != nil {
			println(bad, "->", err.Error())
		}
	}

	// count leaves by kind
	counts := map[string]int{}
	var walk func(v interface{})
	walk = func(v interface{}) {
		switch x := v.(type) {
		case []interface{}:
			for _, e := range x {
				walk(e)
			}
		case map[string]interface{}:
			for _, e := range x {
				walk(e)
			}
		case nil:
			counts["null"]++
		case string:
			counts["string"]++
		case int:
			counts["int"]++
		case float64:
			counts["float"]++
		case bool:
			counts["bool"]++
		}
	}
	walk(back)
	for _, k := range []string{"null", "string", "int", "float", "bool"} {
		println(k, counts[k])
	}
}
