// The short circuit pass: && and || whose result feeds a branch jump
// straight to where a known operand leads. Side effects of the right
// operand must happen exactly when Go says; phis of other variables that
// meet in the same block must keep their values (the pass's phi plans).
package main

import "fmt"

var trace []string

func t(name string, v bool) bool {
	trace = append(trace, name)
	return v
}

func flush() string {
	s := fmt.Sprint(trace)
	trace = trace[:0]
	return s
}

//go:noinline
func and2(a, b bool) string {
	if t("a", a) && t("b", b) {
		return "yes " + flush()
	}
	return "no " + flush()
}

//go:noinline
func or2(a, b bool) string {
	if t("a", a) || t("b", b) {
		return "yes " + flush()
	}
	return "no " + flush()
}

//go:noinline
func mixed(a, b, c bool) string {
	if (t("a", a) && !t("b", b)) || t("c", c) {
		return "yes " + flush()
	}
	return "no " + flush()
}

//go:noinline
func notOr(a, b bool) int {
	if !(a || b) {
		return 1
	}
	return 2
}

// The bool is also a value: the phi has another use besides the branch.
//go:noinline
func asValue(x, y int) (bool, int) {
	ok := x > 0 && y > 0
	n := 0
	if ok {
		n = x + y
	}
	return ok, n
}

// The operands test a variable assigned on two paths (a phi) that is
// also used after the branch.
//go:noinline
func phiOperandElse(x, y int) int {
	n := 1
	if x > 0 {
		n = 2
	}
	r := 0
	if n > 1 && y > 0 {
		r = n * 10
	} else {
		r = n * 100
	}
	return r
}

//go:noinline
func phiOperandExit(x, y int) int {
	n := 3
	if x > 0 {
		n = 4
	}
	if n > 3 || y > 0 {
		return n
	}
	panicIfNeg(n - 100)
	return -n
}

func panicIfNeg(v int) {
	if v < 0 {
		defer func() { recover() }()
		panic("neg")
	}
}

//go:noinline
func phiOperandJoin(x, y int) int {
	n := 5
	if x > 0 {
		n = 6
	}
	if n > 5 && y > 0 {
		n += 1000
	}
	return n
}

// The right operands call t, so the block of the && / || phi also holds a
// phi of memory, which the pass must move out (gc's phi plans, one each).
//go:noinline
func planJoinsFalse(a, b bool) string {
	if t("a", a) && t("b", b) {
		t("then", true)
	}
	t("after", true)
	return flush()
}

//go:noinline
func planJoinsTrue(a, b bool) string {
	if t("a", a) || t("b", b) {
		t("then", true)
	}
	t("after", true)
	return flush()
}

//go:noinline
func planExitsTrue(a, b bool) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic ", r, " ", flush())
		}
	}()
	if t("a", a) || t("b", b) {
		panic("either")
	}
	t("after", true)
	return flush()
}

//go:noinline
func planExitsFalse(a, b bool) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic ", r, " ", flush())
		}
	}()
	if t("a", a) && t("b", b) {
		panic("both")
	}
	t("after", true)
	return flush()
}

// A flag set on one way, then tested: the test's block also holds a phi of
// x, which each plan rebuilds where x is used.
//go:noinline
func valuePlanMerge(c bool, y int) int {
	found := false
	x := 0
	if c {
		found = y > 3
		x = y * 7
	}
	r := 0
	if found {
		r = x + 1
	} else {
		r = x - 1
	}
	return r*3 + x
}

// The same with the constant on the other way.
//go:noinline
func valuePlanMergeTrue(c bool, y int) int {
	found := true
	x := 5
	if c {
		found = y > 3
		x = y * 7
	}
	r := 0
	if found {
		r = x + 1
	} else {
		r = x - 1
	}
	return r*3 + x
}

//go:noinline
func valuePlanJoinsFalse(c bool, y int) int {
	found := false
	x := 1
	if c {
		found = y > 3
		x = y * 7
	}
	if found {
		x += 100
	}
	return x
}

//go:noinline
func valuePlanJoinsTrue(c bool, y int) int {
	found := true
	x := 2
	if c {
		found = y > 3
		x = y * 7
	}
	if found {
		x += 100
	}
	return x
}

//go:noinline
func valuePlanExitsTrue(c bool, y int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -e.(int)
		}
	}()
	found := true
	x := 3
	if c {
		found = y > 3
		x = y * 7
	}
	if found {
		panic(x)
	}
	return x + 1000
}

//go:noinline
func valuePlanExitsFalse(c bool, y int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -e.(int)
		}
	}()
	found := false
	x := 4
	if c {
		found = y > 3
		x = y * 7
	}
	if found {
		panic(x)
	}
	return x + 1000
}

// Loops: the condition of a for loop with && and ||.
//go:noinline
func loopCond(xs []int) (int, int) {
	i, s := 0, 0
	for i < len(xs) && (xs[i] != 0 || i == 0) {
		s += xs[i]
		i++
	}
	return i, s
}

// An infinite loop the pass must leave alone: the phi's block is its own
// successor.
//go:noinline
func spin(n int) int {
	c := true
	k := 0
	for {
		if c {
			k++
			if k >= n {
				return k
			}
			c = k%3 != 0
		} else {
			c = true
		}
	}
}

func main() {
	for _, a := range []bool{false, true} {
		for _, b := range []bool{false, true} {
			fmt.Println("and", a, b, and2(a, b))
			fmt.Println("or", a, b, or2(a, b))
			fmt.Println("notOr", a, b, notOr(a, b))
			fmt.Println("planJoinsFalse", a, b, planJoinsFalse(a, b))
			fmt.Println("planJoinsTrue", a, b, planJoinsTrue(a, b))
			fmt.Println("planExitsTrue", a, b, planExitsTrue(a, b))
			fmt.Println("planExitsFalse", a, b, planExitsFalse(a, b))
			for _, c := range []bool{false, true} {
				fmt.Println("mixed", a, b, c, mixed(a, b, c))
			}
		}
	}
	for _, x := range []int{-1, 0, 1, 2} {
		for _, y := range []int{-1, 0, 3} {
			ok, n := asValue(x, y)
			fmt.Println("asValue", x, y, ok, n)
			fmt.Println("merge", x, y, phiOperandElse(x, y))
			fmt.Println("exit", x, y, phiOperandExit(x, y))
			fmt.Println("join", x, y, phiOperandJoin(x, y))
		}
	}
	for _, c := range []bool{false, true} {
		for _, y := range []int{2, 5} {
			fmt.Println("valuePlans", c, y, valuePlanMerge(c, y), valuePlanMergeTrue(c, y), valuePlanJoinsFalse(c, y), valuePlanJoinsTrue(c, y),
				valuePlanExitsTrue(c, y), valuePlanExitsFalse(c, y))
		}
	}
	fmt.Println(loopCond([]int{0, 1, 2, 0, 5}))
	fmt.Println(loopCond([]int{0}))
	fmt.Println(loopCond(nil))
	fmt.Println(spin(10))
}
