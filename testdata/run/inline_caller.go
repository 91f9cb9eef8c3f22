// Golden test: runtime.Caller, Callers and FuncForPC in and around calls
// goc inlines: each inlined function is a frame of its own, as in gc.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func here() string {
	pc, file, line, _ := runtime.Caller(0)
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), file[strings.LastIndex(file, "/")+1:], line)
}

func caller() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", file[strings.LastIndex(file, "/")+1:], line)
}

func stack() []string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var names []string
	for {
		f, more := frames.Next()
		names = append(names, fmt.Sprintf("%s:%d", f.Function, f.Line))
		if !more || f.Function == "main.main" {
			break
		}
	}
	return names
}

func inner() []string { return stack() }
func outer() []string { return inner() }

func main() {
	fmt.Println(here())
	fmt.Println(caller())
	for _, s := range outer() {
		fmt.Println(s)
	}
}
