// phiopt: phis that only restate the branch that chose them become the
// condition (or its negation, an &&, an ||, a 0/1 integer).
package main

import "fmt"

//go:noinline
func setTrue(c bool) bool {
	x := false
	if c {
		x = true
	}
	return x
}

//go:noinline
func setFalse(a, b int) bool {
	x := true
	if a < b {
		x = false
	}
	return x
}

// x = c || v, v computed whichever way the branch goes.
//go:noinline
func orValue(a, b int) bool {
	v := a == 7
	x := v
	if a > b {
		x = true
	}
	return x
}

// x = c && v.
//go:noinline
func andValue(a, b int) bool {
	v := b&1 == 0
	x := false
	if a > b {
		x = v
	}
	return x
}

var calls int

func expensive(a int) bool {
	calls++
	return a%3 == 0
}

// The other value is computed on one way only: its call must stay there.
//go:noinline
func onlyOneWay(a, b int) bool {
	var x bool
	if a > b {
		x = true
	} else {
		x = expensive(a)
	}
	return x
}

// 0/1 integers of every width.
//go:noinline
func ints(a, b int) (int8, uint8, int16, uint16, int32, uint32, int64, uint64, int, uintptr) {
	var i8 int8
	var u8 uint8 = 1
	var i16 int16
	var u16 uint16 = 1
	var i32 int32
	var u32 uint32 = 1
	var i64 int64
	var u64 uint64 = 1
	var i int
	var up uintptr = 1
	if a < b {
		i8 = 1
	}
	if a < b {
		u8 = 0
	}
	if a <= b {
		i16 = 1
	}
	if a <= b {
		u16 = 0
	}
	if a == b {
		i32 = 1
	}
	if a == b {
		u32 = 0
	}
	if a != b {
		i64 = 1
	}
	if a != b {
		u64 = 0
	}
	if a > b {
		i = 1
	}
	if a > b {
		up = 0
	}
	return i8, u8, i16, u16, i32, u32, i64, u64, i, up
}

// Constants other than 0 and 1 stay phis.
//go:noinline
func notBool(a, b int) int {
	x := 2
	if a < b {
		x = 1
	}
	return x
}

// The condition decided further up: the true way goes on through more
// branches before it meets the false way.
//go:noinline
func deeper(c, d bool, n int) (bool, int) {
	x := false
	if c {
		x = true
		if d {
			n *= 2
		} else {
			n += 3
		}
	}
	return x, n
}

// Both ways branch again before they meet: the preds' nearest common
// dominator decides.
//go:noinline
func split(c, d, e bool, n int) (bool, int) {
	x := false
	if c {
		x = true
		if d {
			n++
		} else {
			n--
		}
	} else {
		if e {
			n *= 2
		} else {
			n *= 3
		}
	}
	return x, n
}

// A bool phi whose block is reached from a loop: the condition of the last
// run of the branch, not of the first.
//go:noinline
func inLoop(xs []int) (int, bool) {
	found := false
	k := 0
	for _, x := range xs {
		found = false
		if x > 10 {
			found = true
		}
		if found {
			k++
		}
	}
	return k, found
}

func main() {
	fmt.Println(setTrue(true), setTrue(false), setFalse(1, 2), setFalse(2, 1))
	for _, p := range [][2]int{{7, 1}, {7, 9}, {3, 1}, {3, 4}, {4, 2}, {5, 2}} {
		fmt.Println(p, orValue(p[0], p[1]), andValue(p[0], p[1]), onlyOneWay(p[0], p[1]))
	}
	fmt.Println("calls", calls)
	fmt.Println(ints(1, 2))
	fmt.Println(ints(2, 2))
	fmt.Println(ints(3, 2))
	fmt.Println(notBool(1, 2), notBool(2, 1))
	for _, c := range []bool{false, true} {
		for _, d := range []bool{false, true} {
			fmt.Println(deeper(c, d, 5))
			fmt.Println(split(c, d, !d, 5))
		}
	}
	fmt.Println(inLoop([]int{11, 2, 30, 4}))
	fmt.Println(inLoop([]int{11, 2, 30}))
	fmt.Println(inLoop(nil))
}
