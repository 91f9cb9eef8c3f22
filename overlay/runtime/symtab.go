// goc: gc's symtab.go reads gc's pclntab; goc's binaries carry ELF symbols
// and DWARF line tables instead, which the C runtime reads (runtime/symtab.c).
// The bodyless functions below are that C code.

package runtime

// Caller reports the function invocation on the calling goroutine's stack:
// skip 0 is Caller's caller.  pc is that call's program counter, file and
// line its position; ok is false if there is no such frame.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	rpc := callerpc(skip)
	if rpc == 0 {
		return 0, "", 0, false
	}
	pc = rpc - 1
	return pc, funcfile(pc), funcline(pc), true
}

// Callers fills pc with the return program counters of the function
// invocations on the calling goroutine's stack: skip 0 is Callers itself,
// 1 its caller.  It returns how many it wrote.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, &pc[0], len(pc))
}

// A Func describes a function of the program.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns the Func of the function holding pc, or nil.
func FuncForPC(pc uintptr) *Func {
	name := funcname(pc)
	if name == "" {
		return nil
	}
	return &Func{name: name, entry: funcentry(pc)}
}

// Name returns the function's name, as gc names it (main.(*T).M).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the address of the function's first instruction.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code
// corresponding to pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return funcfile(pc), funcline(pc)
}

// Frame is the information CallersFrames returns for each frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames walks the program counters Callers returned.
type Frames struct {
	callers []uintptr
}

// CallersFrames returns the frames of callers (from Callers).
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0] - 1
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		return Frame{PC: pc, Func: f, Function: f.name, File: funcfile(pc), Line: funcline(pc), Entry: f.entry},
			len(ci.callers) > 0
	}
	return Frame{}, false
}

// The C side (runtime/symtab.c); one or two words each, so that goc's
// convention and C's agree.
func callerpc(skip int) uintptr
func callers(skip int, pcs *uintptr, n int) int
func funcname(pc uintptr) string
func funcentry(pc uintptr) uintptr
func funcfile(pc uintptr) string
func funcline(pc uintptr) int

// Stack formats a stack trace of the calling goroutine into buf and returns
// the number of bytes written; with all, the other goroutines' follow.
func Stack(buf []byte, all bool) int
