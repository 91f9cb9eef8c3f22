// errorcheck -0 -m=2

// gc's inlining cost model (goc: ssa/inl.c): each function's cost as gc
// 1.19 computes it (go tool compile -m=2), a construct or two per function;
// the annotations are gc's messages (functions for which goc's escape
// analysis still says something else are left out).

package p


import "unsafe"

type T chan int
type S struct{ a, b int; p *S }
type I interface{ M() }

func (s S) M() {} // ERROR "can inline S\.M with cost 0 as:" "s does not escape"
func (s *S) P() int { return s.a } // ERROR "can inline \(\*S\)\.P with cost 3 as:" "s does not escape"

var g int
var gs S
var gp *S
var gi I
var gm map[int]int
var gsl []int
var gstr string
var garr [4]int
var gpa *[4]int

func c2(c chan int) { select { case c <- 1: ; case <-c: } } // ERROR "c does not escape" "can inline c2 with cost 11 as:"
func c3(c chan int) int { select { case x := <-c: return x; case y, ok := <-c: _ = ok; return y } } // ERROR "c does not escape" "can inline c3 with cost 26 as:"
func c4() { g = 1 } // ERROR "can inline c4 with cost 3 as:"
func c5() { g++ } // ERROR "can inline c5 with cost 3 as:"
func c6() { g += 2 } // ERROR "can inline c6 with cost 3 as:"
func c7() { x := 1; _ = x } // ERROR "can inline c7 with cost 8 as:"
func c8() { var x int; _ = x } // ERROR "can inline c8 with cost 7 as:"
func c9() { var x = 3; _ = x } // ERROR "can inline c9 with cost 8 as:"
func c10() { var x, y = 3, 4; _, _ = x, y } // ERROR "can inline c10 with cost 15 as:"
func c11() int { return gs.a } // ERROR "can inline c11 with cost 3 as:"
func c12() int { return gp.a } // ERROR "can inline c12 with cost 3 as:"
func c13() int { return gp.p.a } // ERROR "can inline c13 with cost 4 as:"
func c18() { gi.M() } // ERROR "can inline c18 with cost 60 as:"
func c19() int { return gm[1] } // ERROR "can inline c19 with cost 4 as:"
func c20() int { return gsl[1] } // ERROR "can inline c20 with cost 4 as:"
func c21() byte { return gstr[1] } // ERROR "can inline c21 with cost 4 as:"
func c22() int { return garr[1] } // ERROR "can inline c22 with cost 4 as:"
func c23() int { return gpa[1] } // ERROR "can inline c23 with cost 5 as:"
func c24() []int { return garr[:] } // ERROR "can inline c24 with cost 4 as:"
func c25() []int { return gsl[1:2] } // ERROR "can inline c25 with cost 5 as:"
func c26() string { return gstr[1:] } // ERROR "can inline c26 with cost 4 as:"
func c27() *S { return &S{1, 2, nil} } // ERROR "\&S\{\.\.\.\} escapes to heap" "can inline c27 with cost 9 as:" "flow: ~r0 = &\{storage for &S\{\.\.\.\}\}:" "from &S\{\.\.\.\} \(spill\)" "from return &S\{\.\.\.\} \(return\)"
func c28() S { return S{a: 1} } // ERROR "can inline c28 with cost 4 as:"
func c29() []int { return []int{1, 2, 3} } // ERROR "\[\]int\{\.\.\.\} escapes to heap" "can inline c29 with cost 6 as:" "flow: ~r0 = &\{storage for \[\]int\{\.\.\.\}\}:" "from \[\]int\{\.\.\.\} \(spill\)" "from return \[\]int\{\.\.\.\} \(return\)"
func c30() map[int]int { return map[int]int{1: 2} } // ERROR "can inline c30 with cost 5 as:" "map\[int\]int\{\.\.\.\} escapes to heap"
func c31() [2]int { return [2]int{1, 2} } // ERROR "can inline c31 with cost 4 as:"
func c32(x interface{}) int { return x.(int) } // ERROR "can inline c32 with cost 3 as:" "x does not escape"
func c33(x interface{}) bool { _, ok := x.(int); return ok } // ERROR "can inline c33 with cost 9 as:" "x does not escape"
func c34() bool { _, ok := gm[1]; return ok } // ERROR "can inline c34 with cost 10 as:"
func c36(x int) int { if x > 0 { return 1 }; return 2 } // ERROR "can inline c36 with cost 8 as:"
func c37(x int) int { for i := 0; i < x; i++ { g += i }; return g } // ERROR "can inline c37 with cost 17 as:"
func c38(x []int) int { s := 0; for _, v := range x { s += v }; return s } // ERROR "can inline c38 with cost 16 as:" "x does not escape"
func c39(x int) int { switch x { case 1: return 2; case 2, 3: return 4 }; return 0 } // ERROR "can inline c39 with cost 13 as:"
func c40(x interface{}) int { switch x.(type) { case int: return 1; case string, nil: return 2 }; return 0 } // ERROR "can inline c40 with cost 14 as:" "x does not escape"
func c41(x interface{}) int { switch y := x.(type) { case int: return y; case string: return len(y) }; return 0 } // ERROR "can inline c41 with cost 17 as:" "x does not escape"
func c44() func(S) { return S.M } // ERROR "can inline c44 with cost 2 as:"
func c45() func(*S) int { return (*S).P } // ERROR "can inline c45 with cost 2 as:"
func c46() I { return gs } // ERROR "can inline c46 with cost 3 as:" "gs escapes to heap" "flow: ~r0 = &\{storage for gs\}:" "from gs \(spill\)" "from return gs \(return\)"
func c47() I { return gp } // ERROR "can inline c47 with cost 3 as:"
func c48() interface{} { return 1 } // ERROR "1 escapes to heap" "can inline c48 with cost 3 as:" "flow: ~r0 = &\{storage for 1\}:" "from 1 \(spill\)" "from return 1 \(return\)"
func c49(x int) interface{} { return x } // ERROR "can inline c49 with cost 3 as:" "x escapes to heap" "flow: ~r0 = &\{storage for x\}:" "from x \(spill\)" "from return x \(return\)"
func c50(b []byte) string { return string(b) } // ERROR "b does not escape" "can inline c50 with cost 3 as:" "string\(b\) escapes to heap" "flow: ~r0 = &\{storage for string\(b\)\}:" "from string\(b\) \(spill\)" "from return string\(b\) \(return\)"
func c52(x float64) int { return int(x) } // ERROR "can inline c52 with cost 3 as:"
func c53(x int) float64 { return float64(x) } // ERROR "can inline c53 with cost 3 as:"
func c54(x int64) int { return int(x) } // ERROR "can inline c54 with cost 2 as:"
func c55(p *int) uintptr { return uintptr(unsafe.Pointer(p)) } // ERROR "can inline c55 with cost 2 as:" "p does not escape"
func unsafePtr(p *int) *int { return p } // ERROR "can inline unsafePtr with cost 2 as:" "leaking param: p to result \~r0 level=0" "parameter p leaks to ~r0 with derefs=0:" "flow: ~r0 = p:" "from return p \(return\)"
func c57(x, y int) bool { return x < y && y > 0 || x == 3 } // ERROR "can inline c57 with cost 12 as:"
func c58(x int) int { return -x + ^x } // ERROR "can inline c58 with cost 6 as:"
func c59(p *int) int { return *p } // ERROR "can inline c59 with cost 3 as:" "p does not escape"
func c60(c chan int) { c <- 1 } // ERROR "c does not escape" "can inline c60 with cost 3 as:"
func c61(c chan int) int { return <-c } // ERROR "c does not escape" "can inline c61 with cost 3 as:"
func c62(c chan int) (int, bool) { x, ok := <-c; return x, ok } // ERROR "c does not escape" "can inline c62 with cost 12 as:"
func c63(s []int) []int { return append(s, 1, 2) } // ERROR "can inline c63 with cost 5 as:" "leaking param: s to result \~r0 level=0" "parameter s leaks to ~r0 with derefs=0:" "flow: ~r0 = s:" "from append\(s, 1, 2\) \(call parameter\)" "from return append\(s, 1, 2\) \(return\)"
func c65(m map[int]int) { delete(m, 1) } // ERROR "can inline c65 with cost 3 as:" "m does not escape"
func c66(c chan int) { close(c) } // ERROR "c does not escape" "can inline c66 with cost 2 as:"
func c67(s []int) int { return len(s) + cap(s) } // ERROR "can inline c67 with cost 6 as:" "s does not escape"
func c68() { println(1, "a") } // ERROR "can inline c68 with cost 3 as:"
func c69() { panic("x") } // ERROR ".x. escapes to heap" "can inline c69 with cost 3 as:" "flow: \{heap\} = &\{storage for .x.\}:" "from .x. \(spill\)" "from panic\(.x.\) \(call parameter\)"
func c70(e error) { panic(e) } // ERROR "can inline c70 with cost 3 as:" "leaking param: e" "parameter e leaks to \{heap\} with derefs=0:" "flow: \{heap\} = e:" "from e \(interface-converted\)" "from panic\(e\) \(call parameter\)"
func c71(x int) { goto L; L: g = x } // ERROR "can inline c71 with cost 5 as:"
func c72(x int) { L: for { if x > 0 { break L }; continue L } } // ERROR "can inline c72 with cost 8 as:"
func c73(x int) int { a, b := x, x+1; return a + b } // ERROR "can inline c73 with cost 15 as:"
func c76() { const k = 3; g = k } // ERROR "can inline c76 with cost 3 as:"
func c77(f func(int) int) int { return f(1) } // ERROR "can inline c77 with cost 61 as:" "f does not escape"
func c80() { var s S; s.a = 1; gs = s } // ERROR "can inline c80 with cost 11 as:"

func two() (int, int) { return 1, 2 } // ERROR "can inline two with cost 3 as:"
func take(a, b int) int { return a + b } // ERROR "can inline take with cost 4 as:"

//go:noinline
func takeni(a, b int) int { return a + b } // ERROR "cannot inline takeni: marked go:noinline"
func vtake(a ...int) int { return 0 } // ERROR "a does not escape" "can inline vtake with cost 2 as:"

func e7() { for i, x := range []int{1} { _, _ = i, x } } // ERROR "\[\]int\{\.\.\.\} does not escape" "can inline e7 with cost 15 as:"
func e8(m map[int]int) { for k := range m { _ = k } } // ERROR "can inline e8 with cost 8 as:" "m does not escape"
func e9() { for range []int{1} { } } // ERROR "\[\]int\{\.\.\.\} does not escape" "can inline e9 with cost 4 as:"
func e10(x int) int { if y := x + 1; y > 2 { return y } else if x > 3 { return 1 } else { return 2 } } // ERROR "can inline e10 with cost 21 as:"
func e11() int { switch { case true: return 1 }; return 0 } // ERROR "can inline e11 with cost 7 as:"
func e13() int { var x struct{ a int }; x.a = 1; return x.a } // ERROR "can inline e13 with cost 11 as:"
func e14(p *struct{ a [3]int }) int { return p.a[1] } // ERROR "can inline e14 with cost 5 as:" "p does not escape"
func e15(x uint8) int { return int(x) << 2 } // ERROR "can inline e15 with cost 5 as:"
func e16(f float32) float64 { return float64(f) } // ERROR "can inline e16 with cost 3 as:"
func e17(s []int, i int) int { return s[i:][0] } // ERROR "can inline e17 with cost 6 as:" "s does not escape"

type II interface{ M() }
type TT struct{}

func (TT) M()          {} // ERROR "can inline TT\.M with cost 0 as:"
func (TT) N() TT        { return TT{} } // ERROR "can inline TT\.N with cost 2 as:"
func mkTT() TT         { return TT{} } // ERROR "can inline mkTT with cost 2 as:"
func twoP() (*int, *int) { return nil, nil } // ERROR "can inline twoP with cost 3 as:"
func fnv() func()      { return nil } // ERROR "can inline fnv with cost 2 as:"

var sinkI interface{}
var gii II

func g1() { var x interface{} = "hello"; _ = x } // ERROR ".hello. does not escape" "can inline g1 with cost 9 as:"
func g8() { gii = TT{} } // ERROR "TT\{\} escapes to heap" "can inline g8 with cost 4 as:" "flow: \{heap\} = &\{storage for TT\{\}\}:" "from TT\{\} \(spill\)" "from gii = TT\{\} \(assign\)"
func g10(c chan int) { c2 := make(chan int); _ = c2 } // ERROR "c does not escape" "can inline g10 with cost 9 as:"
func g12(c chan func()) { (<-c)() } // ERROR "c does not escape" "can inline g12 with cost 63 as:"
func g13() { _ = new(T) } // ERROR "can inline g13 with cost 4 as:" "new\(T\) does not escape"
