// Golden test: untyped constants are exact and unbounded during constant
// evaluation; only the final value must fit its type.  1<<100>>98 is 4, and
// float constants keep their exact rational value until they are converted.
package main

const (
	huge    = 1 << 100
	four    = huge >> 98
	big     = huge * huge / (huge * huge / 7) // 7
	fbig    = 1e300 * 1e300 / 1e300           // 1e300, exact
	third   = 1.0 / 3
	exact   = third * 3 // exactly 1
	maxU64  = 1<<64 - 1
	minI64  = -1 << 63
	mixed   = 'a' + 1.0 // untyped rune + untyped float: untyped float 98
	hexf    = 0x1p-2    // 0.25
	bin     = 0b1010_1010
	oct     = 0o777
	under   = 1_000_000
	charVal = '\u00e9'
)

func main() {
	println(four, big, fbig, exact == 1, third)
	println(uint64(maxU64), int64(minI64), maxU64/huge, huge/maxU64)
	println(mixed, hexf, bin, oct, under, charVal, '\x7f', '\377')
	var f32 float32 = third
	var f64 float64 = third
	println(f32, f64, float64(f32) == f64)
	// Integer division of constants truncates; a float constant does not.
	println(7/2, 7.0/2, -7/2, 7/2.0, 1<<62/(1<<60), (huge-1)%1000)
	// Constant shifts of an untyped constant inside an expression.
	var s uint = 3
	x := 1 << s // x is int: the untyped 1 becomes int
	var y int64 = 1 << s
	var z = uint8(1) << 7
	println(x, y, z, 1<<63-1 == 9223372036854775807)
	// Big intermediate values in typed contexts.
	var i int = huge / (1 << 90)
	var u uint64 = (maxU64 + 1) / 2
	println(i, u, maxU64%1000000007)
	// Comparison and arithmetic of float constants that need more than 64 bits.
	const a = 0.1
	const b = 0.2
	println(a+b == 0.3, float64(a)+float64(b) == 0.3, 1e-400 == 0, 1e400/1e399)
	const c = 1e1000 / 1e998
	println(c, int(c))
}
