// Golden test: the capacity append chooses when it must grow, for several
// element sizes.  Go 1.19's growslice doubles small slices, grows large ones
// by about 1.25x plus 192 elements (from 256 on), and then rounds the
// allocation up to a malloc size class -- so these numbers depend on gc's
// size classes, which goc must reproduce to match.  Only changes are printed.
package main

type three [3]byte
type s24 struct{ a, b, c int64 }
type s40 [5]int64
type odd [17]byte

func grow1() {
	var s []byte
	last := -1
	print("1:")
	for i := 0; i < 5000; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			last = cap(s)
			print(" ", last)
		}
	}
	println()
}

func grow2() {
	var s []int16
	last := -1
	print("2:")
	for i := 0; i < 3000; i++ {
		s = append(s, int16(i))
		if cap(s) != last {
			last = cap(s)
			print(" ", last)
		}
	}
	println()
}

func grow3() {
	var s []three
	last := -1
	print("3:")
	for i := 0; i < 2000; i++ {
		s = append(s, three{})
		if cap(s) != last {
			last = cap(s)
			print(" ", last)
		}
	}
	println()
}

func grow4() {
	var s []int32
	last := -1
	print("4:")
	for i := 0; i < 3000; i++ {
		s = append(s, int32(i))
		if cap(s) != last {
			last = cap(s)
			print(" ", last)
		}
	}
	println()
}

func grow8() {
	var s []int
	last := -1
	print("8:")
	for i := 0; i < 3000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			print(" ", last)
		}
	}
	println()
}

func grow16() {
	var s []string
	last := -1
	print("16:")
	for i := 0; i < 2000; i++ {
		s = append(s, "x")
		if cap(s) != last {
			last = cap(s)
			print(" ", last)
		}
	}
	println()
}

func grow17() {
	var s []odd
	last := -1
	print("17:")
	for i := 0; i < 1000; i++ {
		s = append(s, odd{})
		if cap(s) != last {
			last = cap(s)
			print(" ", last)
		}
	}
	println()
}

func grow24() {
	var s []s24
	last := -1
	print("24:")
	for i := 0; i < 2000; i++ {
		s = append(s, s24{})
		if cap(s) != last {
			last = cap(s)
			print(" ", last)
		}
	}
	println()
}

func grow40() {
	var s []s40
	last := -1
	print("40:")
	for i := 0; i < 1000; i++ {
		s = append(s, s40{})
		if cap(s) != last {
			last = cap(s)
			print(" ", last)
		}
	}
	println()
}

func main() {
	grow1()
	grow2()
	grow3()
	grow4()
	grow8()
	grow16()
	grow17()
	grow24()
	grow40()

	// Appending many at once: the new cap must hold them all (more than
	// double the old cap), then is rounded up.
	for _, n := range []int{1, 5, 7, 9, 13, 100, 1000} {
		s := make([]int, 3, 4)
		s = append(s, make([]int, n)...)
		b := make([]byte, 3, 4)
		b = append(b, make([]byte, n)...)
		println("append", n, "ints: cap", cap(s), " bytes: cap", cap(b))
	}
	// Growing from a non-empty start.
	s := make([]int, 700)
	s = append(s, 1)
	b := make([]byte, 300)
	b = append(b, 1)
	println(cap(s), cap(b))
	// []byte from a string, then append.
	bs := []byte("hello")
	bs = append(bs, '!')
	println(len(bs), cap(bs) >= 6)
}
