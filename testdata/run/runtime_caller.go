package main

import "runtime"

type T struct{}

//go:noinline
func (T) where() (string, int, string) {
	pc, file, line, ok := runtime.Caller(0)
	if !ok {
		return "", 0, ""
	}
	return file, line, runtime.FuncForPC(pc).Name()
}

//go:noinline
func outer() string {
	_, _, line, _ := runtime.Caller(1)
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	s := ""
	for {
		f, more := frames.Next()
		s += f.Function + " "
		if !more || f.Function == "main.main" {
			break
		}
	}
	println("caller line", line)
	return s
}

func main() {
	file, line, name := T{}.where()
	for i := len(file) - 1; i >= 0; i-- { // the base name: the directory depends on the checkout
		if file[i] == '/' {
			file = file[i+1:]
			break
		}
	}
	println(file, line, name)
	println(outer())
	println(runtime.FuncForPC(0) == nil)
}
