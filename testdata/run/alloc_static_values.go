// Conversions and values that allocate nothing, as in gc: boxing a value
// of 2, 4 or 8 pointer-free bytes whose bits are below 256 (floats and small
// structs too, not only integers) points at the runtime's table of small
// values, and a function literal without captures is a static closure
// object. Each case prints the heap allocations of 100 runs (gc's counts).
package main

import (
	"fmt"
	"runtime"
)

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func count(name string, f func(i int)) {
	f(0)
	m0 := mallocs()
	for i := 0; i < 100; i++ {
		f(i)
	}
	n := mallocs() - m0
	fmt.Println(name, n)
}

type F8 struct{ x float64 }
type P4 struct{ a, b int16 }

var sink any
var fsink func() int

//go:noinline
func zero() float64 { return 0 }

func main() {
	z := zero()
	count("float64(0)", func(int) { sink = z })
	count("float64(1)", func(int) { sink = z + 1 })
	count("float64(tiny)", func(int) { sink = 5e-324 * (z + 1) }) // bits 1
	count("float32(0)", func(int) { sink = float32(z) })
	count("struct{float64}", func(int) { sink = F8{z} })
	count("struct{int16,int16}", func(i int) { sink = P4{int16(i % 2), 0} }) // alignment 2: heap
	count("uint16(i)", func(i int) { sink = uint16(i) })
	count("int32(300+i)", func(i int) { sink = int32(300 + i) })
	count("closure, no captures", func(int) { fsink = func() int { return 1 } })
	count("closure, captures", func(i int) { fsink = func() int { return i } })
	fmt.Println(sink, fsink())
	var x any = z
	var y any = 0.0
	fmt.Println(x == y, x.(float64), F8{z} == any(F8{0}).(F8))
}
