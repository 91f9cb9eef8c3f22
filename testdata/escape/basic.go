// errorcheck -0 -m -l

// Escape analysis decisions and their -m lines, as gc 1.19 prints them
// (go build -gcflags='-m -l').

package p

type T struct {
	a, b int
	p    *int
}

var g *int
var gt *T

func f1() *int { x := 1; return &x } // ERROR "moved to heap: x"

func f2() int { x := 1; p := &x; return *p }

func f3(p *int) { g = p } // ERROR "leaking param: p$"

func f4(p *int) int { return *p } // ERROR "p does not escape"

func f5(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0"

func f6() { t := &T{a: 1}; gt = t } // ERROR "&T{...} escapes to heap"

func f7() int { t := &T{a: 1}; return t.a } // ERROR "&T{...} does not escape"

func f8() { s := make([]int, 16); s[0] = 1; _ = s } // ERROR "make\(\[\]int, 16\) does not escape"

func f9(n int) { s := make([]int, n); _ = s } // ERROR "make\(\[\]int, n\) escapes to heap"

func f10() { p := new(int); g = p } // ERROR "new\(int\) escapes to heap"

func f11() int { p := new(int); return *p } // ERROR "new\(int\) does not escape"

func f12(t *T) { g = t.p } // ERROR "leaking param content: t"

func f13() func() int { x := 0; return func() int { x++; return x } } // ERROR "moved to heap: x" "func literal escapes to heap"

func f14() int { x := 0; f := func() { x++ }; f(); return x } // ERROR "func literal does not escape"

func f15(s []int) { println(len(s)) } // ERROR "s does not escape"

// Each iteration's v outlives the iteration through a, declared outside the loop.
func f16() { var a [4]*int; for i := range a { v := i; a[i] = &v }; println(a[0] != nil) } // ERROR "moved to heap: v"

func f17() bool { p := &T{}; q := &T{}; return p == q } // ERROR "&T{} does not escape"

func f18(xs ...int) int { // ERROR "xs does not escape"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func f19() int { return f18(1, 2, 3) } // ERROR "... argument does not escape"

func f20(v int) interface{} { return v } // ERROR "v escapes to heap"

func f21(v int) bool { var e interface{} = v; return e != nil } // ERROR "v does not escape"
