// early fuse / late fuse: plain blocks merged into their successor, Ifs
// whose two ways meet with equal values made Plain, empty blocks bypassed,
// and branches whose outcome an earlier branch decided redirected.
package main

import "fmt"

// Several values per case: each case's comparisons branch to one block.
//go:noinline
func kind(n int) string {
	switch n {
	case 1, 2, 3:
		return "small"
	case 10, 20, 30, 40:
		return "round"
	case -1:
		return "minus one"
	}
	return "other"
}

// The two ways of an If meet with the same value.
//go:noinline
func sameBothWays(a, b int) int {
	x := a
	if a > b {
		x = a
	}
	return x * 2
}

// Both arms become empty (their values fold away): the If goes.
//go:noinline
func emptyArms(a, b int, c bool) (int, bool) {
	x, y := a, c
	if a > b {
		x, y = a+0, c && true
	} else {
		x, y = a*1, c || false
	}
	return x, y
}

// Redirection: an inner condition decided by the outer one. Each inner If
// follows the outer one directly and holds only its condition.
//go:noinline
func ltLe(x, y int) string {
	if x < y {
		if x <= y {
			return "le"
		}
		return "gt?!"
	}
	return "-"
}

//go:noinline
func ltMirrorLe(x, y int) string {
	if x < y {
		if y <= x {
			return "yle?!"
		}
		return "ygt"
	}
	return "-"
}

//go:noinline
func ltMirrorLt(x, y int) string {
	if x < y {
		if y < x {
			return "ylt?!"
		}
		return "yge"
	}
	return "-"
}

//go:noinline
func geLt(x, y int) string {
	if x >= y {
		if x < y {
			return "lt?!"
		}
		return "ge"
	}
	return "-"
}

// On the false way.
//go:noinline
func ltElseMirrorLe(x, y int) string {
	if x < y {
		return "-"
	} else if y <= x {
		return "ge"
	}
	return "lt?!"
}

//go:noinline
func eqLe(x, y int64) string {
	if x == y {
		if y <= x {
			return "le"
		}
		return "gt?!"
	}
	return "-"
}

//go:noinline
func neEq(x, y int8) string {
	if x != y {
		if x == y {
			return "eq?!"
		}
		return "ne"
	}
	return "-"
}

//go:noinline
func leNe(x, y int) string {
	if x <= y {
		if x != y {
			return "ne" /* undecided: x < y or x == y */
		}
		return "eq"
	}
	return "-"
}

// Signed and unsigned facts about the same operands: only equality carries
// over from one domain to the other.
//go:noinline
func ltULt(x, y int32) string {
	if x < y {
		if uint32(x) < uint32(y) {
			return "ult"
		}
		return "uge"
	}
	return "-"
}

//go:noinline
func ltUEq(x, y int32) string {
	if x < y {
		if uint32(x) == uint32(y) {
			return "ueq?!"
		}
		return "une"
	}
	return "-"
}

//go:noinline
func ltUNe(x, y int32) string {
	if x < y {
		if uint32(x) != uint32(y) {
			return "une"
		}
		return "ueq?!"
	}
	return "-"
}

//go:noinline
func eqULe(x, y int32) string {
	if x == y {
		if uint32(x) <= uint32(y) {
			return "ule"
		}
		return "ugt?!"
	}
	return "-"
}

//go:noinline
func ultLe(x, y uint16) string {
	if x < y {
		if int16(x) <= int16(y) {
			return "le"
		}
		return "gt"
	}
	return "-"
}

func implied(x, y int) string {
	return fmt.Sprint(ltLe(x, y), " ", ltMirrorLe(x, y), " ", ltMirrorLt(x, y), " ", geLt(x, y), " ", ltElseMirrorLe(x, y), " ",
		eqLe(int64(x), int64(y)), " ", neEq(int8(x), int8(y)), " ", leNe(x, y))
}

func domains(x, y int32) string {
	return fmt.Sprint(ltULt(x, y), " ", ltUEq(x, y), " ", ltUNe(x, y), " ", eqULe(x, y), " ", ultLe(uint16(x), uint16(y)))
}

// The same boolean tested twice, and under a negation.
//go:noinline
func sameBool(c bool, n int) int {
	if c {
		n++
	}
	if c {
		n *= 10
	}
	if !c {
		n -= 1000
	}
	return n
}

// Pointers compare for equality only.
//go:noinline
func ptrs(p, q *int) string {
	if p == q {
		if p != q {
			return "both?!"
		}
		return "same"
	}
	if p == q {
		return "same?!"
	}
	return "different"
}

// A condition decided again inside a loop the first branch leads into.
// Called only when x >= y: for x < y it would spin forever; the compiler
// must leave the cycle of decided branches alone and terminate.
//go:noinline
func spinIfLess(x, y int) int {
	if x < y {
		for {
			if x < y {
				continue
			}
			return 1
		}
	}
	return 0
}

// Chains of plain blocks through gotos and labels.
//go:noinline
func chain(n int) int {
	r := 0
	goto a
b:
	r += 2
	goto c
a:
	r += 1
	goto b
c:
	if n > 0 {
		n--
		goto a
	}
	return r
}

// Empty blocks between plain blocks (loops with continue and break).
//go:noinline
func loops(xs []int) (int, int) {
	evens, odds := 0, 0
	for i := 0; i < len(xs); i++ {
		if xs[i] < 0 {
			break
		}
		if xs[i]%2 == 0 {
			evens++
			continue
		}
		odds++
	}
	return evens, odds
}

func main() {
	for _, n := range []int{-1, 0, 1, 2, 3, 4, 10, 25, 30, 40} {
		fmt.Println(n, kind(n))
	}
	fmt.Println(sameBothWays(1, 2), sameBothWays(5, 2))
	fmt.Println(emptyArms(1, 2, true))
	fmt.Println(emptyArms(3, 2, false))
	for _, p := range [][2]int{{1, 2}, {2, 2}, {3, 2}} {
		fmt.Printf("%v %q\n", p, implied(p[0], p[1]))
	}
	for _, p := range [][2]int32{{1, 2}, {-1, 2}, {2, -1}, {2, 2}, {-5, -5}, {1, 40000}} {
		fmt.Printf("%v %q\n", p, domains(p[0], p[1]))
	}
	fmt.Println(sameBool(true, 1), sameBool(false, 1))
	a, b := 1, 1
	fmt.Println(ptrs(&a, &a), ptrs(&a, &b), ptrs(nil, nil))
	fmt.Println(spinIfLess(3, 3), spinIfLess(4, 1))
	fmt.Println(chain(0), chain(3))
	fmt.Println(loops([]int{2, 3, 4, 6, -1, 8}))
	fmt.Println(loops(nil))
}
