// Golden test: iota.  It counts the ConstSpecs in a group from 0, repeats
// the previous expression for specs that omit it, can be skipped with _, and
// appears more than once on a line (same value).  Each const group restarts.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

type ByteSize float64

const (
	_           = iota // ignore first value
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

const (
	x0 = "s"
	x1 = iota // 1: iota counts specs, not uses
	x2
	x3 = iota * iota
	x4
	x5 = 'A' + iota
	x6
)

const single = iota // 0 in a new group

const (
	u8 uint8 = 255 - iota
	u8b
	u8c
)

const (
	flagA = 1 << iota
	flagB
	flagC
	flagD
	all = flagA | flagB | flagC | flagD
)

func main() {
	println(Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday)
	println(KB, MB, GB, TB)
	println(a, b, c, d, e, f)
	println(bit0, mask0, bit1, mask1, bit3, mask3)
	println(x0, x1, x2, x3, x4, x5, x6)
	println(single, u8, u8b, u8c)
	println(flagA, flagB, flagC, flagD, all, all&^flagB)
	var day Weekday = Friday
	day++
	println(day == Saturday, day-Sunday, Weekday(3) == Wednesday)
	const local = iota
	const (
		l0 = iota + 100
		l1
	)
	println(local, l0, l1)
}
