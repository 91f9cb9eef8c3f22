// Golden test: maps holding interface values and funcs: a dispatch table of
// funcs keyed by name, a map of interface values updated via type switches,
// a map keyed by interface holding pointer values (identity), and comma-ok
// lookups whose result is asserted directly.
package main

type Shape interface{ Area() int }
type Sq struct{ s int }
type Rc struct{ w, h int }

func (q Sq) Area() int  { return q.s * q.s }
func (r *Rc) Area() int { return r.w * r.h }

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul", "div"} {
		if f, ok := ops[name]; ok {
			println(name, f(7, 3))
		} else {
			println(name, "missing", ops[name] == nil)
		}
	}

	shapes := map[string]Shape{"a": Sq{3}, "b": &Rc{2, 5}}
	shapes["c"] = Sq{1}
	total := 0
	for _, s := range shapes {
		total += s.Area()
	}
	println("total area:", total)
	if r, ok := shapes["b"].(*Rc); ok {
		r.w = 10
	}
	println(shapes["b"].Area())
	println(shapes["zz"] == nil)

	vals := map[string]interface{}{"n": 1, "s": "x", "f": 1.5}
	for _, k := range []string{"n", "s", "f"} {
		switch v := vals[k].(type) {
		case int:
			vals[k] = v * 100
		case string:
			vals[k] = v + v
		case float64:
			vals[k] = v * 2
		}
	}
	println(vals["n"].(int), vals["s"].(string), vals["f"].(float64))
	n, ok := vals["missing"].(int)
	println(n, ok)

	p1, p2 := &Rc{1, 1}, &Rc{1, 1}
	byPtr := map[interface{}]string{p1: "p1", p2: "p2"}
	println(len(byPtr), byPtr[p1], byPtr[p2])
	byShape := map[Shape]int{Sq{2}: 4}
	byShape[Sq{2}] += 1
	byShape[p1] = 9
	println(len(byShape), byShape[Sq{2}], byShape[p1], byShape[p2])
}
