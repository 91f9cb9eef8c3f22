// Golden test: func types with methods satisfy interfaces (the
// HandlerFunc pattern); closures adapted to interfaces keep their captured
// state; middleware-style wrapping of interface values with closures.
package main

type Handler interface{ Handle(req string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type prefix struct{ p string }

func (h prefix) Handle(req string) string { return h.p + req }

func logging(next Handler, log *[]string) Handler {
	return HandlerFunc(func(req string) string {
		*log = append(*log, "in:"+req)
		resp := next.Handle(req)
		*log = append(*log, "out:"+resp)
		return resp
	})
}

func counting(next Handler) (Handler, func() int) {
	n := 0
	return HandlerFunc(func(req string) string {
		n++
		return next.Handle(req)
	}), func() int { return n }
}

func main() {
	var log []string
	upper := HandlerFunc(func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 32
			}
		}
		return string(b)
	})
	h, count := counting(logging(upper, &log))
	println(h.Handle("abc"), h.Handle("x1y"))
	h2 := logging(prefix{"> "}, &log)
	println(h2.Handle("req"))
	println(count(), len(log))
	for _, l := range log {
		println(l)
	}
	var hf Handler = HandlerFunc(nil)
	println(hf != nil)
	_, isFunc := h.(HandlerFunc)
	_, isPrefix := h2.(prefix)
	println(isFunc, isPrefix)
}
