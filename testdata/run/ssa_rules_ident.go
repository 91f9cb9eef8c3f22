// Identities and strength reductions of the opt pass's rules
// (ssa/rules/generic.rules) on parameters, which stay unknown to the
// compiler: x+0, x*1, x-x, x*2^k, x/2^k, x%2^k, ^^x, comparisons of x with
// itself, !(x < y) ..., at every width on boundary values.
package main

func ident_int8(x, y int8) {
	zero, one, m1 := int8(0), int8(1), int8(-1)
	println("int8", x, y, x+zero, zero+x, x-zero, x-x, x*zero, zero*x, x*one, one*x, x*m1, m1*x)
	println("int8 bits", x&zero, x&m1, x&x, x&^x, x&(^x), x|zero, x|m1, x|x, x|(^x), x^zero, x^x, x^m1, m1^x)
	println("int8 neg", -(-x), ^(^x), -(x-y), x+(-y), (-y)+x, x-(-y), (x+y)-x, (y+x)-x, (x-y)+y, 3+(4+x), (x+4)+3, x-5)
	z8, z16, z32, z64 := uint8(0), uint16(0), uint32(0), uint64(0)
	big8, big64, wide := uint8(200), uint64(1<<40), uint64(8)
	c := int8(0)
	println("int8 shift", x<<z8, x<<z16, x<<z32, x<<z64, x>>z8, x>>z16, x>>z32, x>>z64, c<<big8, c<<z16, c<<uint64(y), c>>z32, c>>big64, c>>uint64(y))
	println("int8 shift0", c<<uint32(y), c<<uint16(y), c<<uint8(y), c>>uint32(y), c>>uint16(y), c>>uint8(y))
	println("int8 shift2", x<<big64, x>>big64, x<<wide, x>>wide, x>>(wide-1), x<<uint16(z16+300), x>>uint32(z32+70))
	{
		p := int8(2)
		println("int8 pow 2", x*p, p*x, x*(-p), x/p, x%p)
	}
	{
		p := int8(8)
		println("int8 pow 8", x*p, p*x, x*(-p), x/p, x%p)
	}
	{
		p := int8(64)
		println("int8 pow 64", x*p, p*x, x*(-p), x/p, x%p)
	}
	println("int8 div1", x/one, x/m1, x%one, x%m1)
	println("int8 cmp", x == x, x != x, x < x, x <= x, x > x, x >= x, x == y, x != y)
	println("int8 not", !(x == y), !(x != y), !(x < y), !(x <= y), !(x > y), !(x >= y))
	if !(x < y) {
		println("int8 branch not less")
	}
}

func ident_int16(x, y int16) {
	zero, one, m1 := int16(0), int16(1), int16(-1)
	println("int16", x, y, x+zero, zero+x, x-zero, x-x, x*zero, zero*x, x*one, one*x, x*m1, m1*x)
	println("int16 bits", x&zero, x&m1, x&x, x&^x, x&(^x), x|zero, x|m1, x|x, x|(^x), x^zero, x^x, x^m1, m1^x)
	println("int16 neg", -(-x), ^(^x), -(x-y), x+(-y), (-y)+x, x-(-y), (x+y)-x, (y+x)-x, (x-y)+y, 3+(4+x), (x+4)+3, x-5)
	z8, z16, z32, z64 := uint8(0), uint16(0), uint32(0), uint64(0)
	big8, big64, wide := uint8(200), uint64(1<<40), uint64(16)
	c := int16(0)
	println("int16 shift", x<<z8, x<<z16, x<<z32, x<<z64, x>>z8, x>>z16, x>>z32, x>>z64, c<<big8, c<<z16, c<<uint64(y), c>>z32, c>>big64, c>>uint64(y))
	println("int16 shift0", c<<uint32(y), c<<uint16(y), c<<uint8(y), c>>uint32(y), c>>uint16(y), c>>uint8(y))
	println("int16 shift2", x<<big64, x>>big64, x<<wide, x>>wide, x>>(wide-1), x<<uint16(z16+300), x>>uint32(z32+70))
	{
		p := int16(2)
		println("int16 pow 2", x*p, p*x, x*(-p), x/p, x%p)
	}
	{
		p := int16(8)
		println("int16 pow 8", x*p, p*x, x*(-p), x/p, x%p)
	}
	{
		p := int16(16384)
		println("int16 pow 16384", x*p, p*x, x*(-p), x/p, x%p)
	}
	println("int16 div1", x/one, x/m1, x%one, x%m1)
	println("int16 cmp", x == x, x != x, x < x, x <= x, x > x, x >= x, x == y, x != y)
	println("int16 not", !(x == y), !(x != y), !(x < y), !(x <= y), !(x > y), !(x >= y))
	if !(x < y) {
		println("int16 branch not less")
	}
}

func ident_int32(x, y int32) {
	zero, one, m1 := int32(0), int32(1), int32(-1)
	println("int32", x, y, x+zero, zero+x, x-zero, x-x, x*zero, zero*x, x*one, one*x, x*m1, m1*x)
	println("int32 bits", x&zero, x&m1, x&x, x&^x, x&(^x), x|zero, x|m1, x|x, x|(^x), x^zero, x^x, x^m1, m1^x)
	println("int32 neg", -(-x), ^(^x), -(x-y), x+(-y), (-y)+x, x-(-y), (x+y)-x, (y+x)-x, (x-y)+y, 3+(4+x), (x+4)+3, x-5)
	z8, z16, z32, z64 := uint8(0), uint16(0), uint32(0), uint64(0)
	big8, big64, wide := uint8(200), uint64(1<<40), uint64(32)
	c := int32(0)
	println("int32 shift", x<<z8, x<<z16, x<<z32, x<<z64, x>>z8, x>>z16, x>>z32, x>>z64, c<<big8, c<<z16, c<<uint64(y), c>>z32, c>>big64, c>>uint64(y))
	println("int32 shift0", c<<uint32(y), c<<uint16(y), c<<uint8(y), c>>uint32(y), c>>uint16(y), c>>uint8(y))
	println("int32 shift2", x<<big64, x>>big64, x<<wide, x>>wide, x>>(wide-1), x<<uint16(z16+300), x>>uint32(z32+70))
	{
		p := int32(2)
		println("int32 pow 2", x*p, p*x, x*(-p), x/p, x%p)
	}
	{
		p := int32(8)
		println("int32 pow 8", x*p, p*x, x*(-p), x/p, x%p)
	}
	{
		p := int32(1073741824)
		println("int32 pow 1073741824", x*p, p*x, x*(-p), x/p, x%p)
	}
	println("int32 div1", x/one, x/m1, x%one, x%m1)
	println("int32 cmp", x == x, x != x, x < x, x <= x, x > x, x >= x, x == y, x != y)
	println("int32 not", !(x == y), !(x != y), !(x < y), !(x <= y), !(x > y), !(x >= y))
	if !(x < y) {
		println("int32 branch not less")
	}
}

func ident_int64(x, y int64) {
	zero, one, m1 := int64(0), int64(1), int64(-1)
	println("int64", x, y, x+zero, zero+x, x-zero, x-x, x*zero, zero*x, x*one, one*x, x*m1, m1*x)
	println("int64 bits", x&zero, x&m1, x&x, x&^x, x&(^x), x|zero, x|m1, x|x, x|(^x), x^zero, x^x, x^m1, m1^x)
	println("int64 neg", -(-x), ^(^x), -(x-y), x+(-y), (-y)+x, x-(-y), (x+y)-x, (y+x)-x, (x-y)+y, 3+(4+x), (x+4)+3, x-5)
	z8, z16, z32, z64 := uint8(0), uint16(0), uint32(0), uint64(0)
	big8, big64, wide := uint8(200), uint64(1<<40), uint64(64)
	c := int64(0)
	println("int64 shift", x<<z8, x<<z16, x<<z32, x<<z64, x>>z8, x>>z16, x>>z32, x>>z64, c<<big8, c<<z16, c<<uint64(y), c>>z32, c>>big64, c>>uint64(y))
	println("int64 shift0", c<<uint32(y), c<<uint16(y), c<<uint8(y), c>>uint32(y), c>>uint16(y), c>>uint8(y))
	println("int64 shift2", x<<big64, x>>big64, x<<wide, x>>wide, x>>(wide-1), x<<uint16(z16+300), x>>uint32(z32+70))
	{
		p := int64(2)
		println("int64 pow 2", x*p, p*x, x*(-p), x/p, x%p)
	}
	{
		p := int64(8)
		println("int64 pow 8", x*p, p*x, x*(-p), x/p, x%p)
	}
	{
		p := int64(4611686018427387904)
		println("int64 pow 4611686018427387904", x*p, p*x, x*(-p), x/p, x%p)
	}
	println("int64 div1", x/one, x/m1, x%one, x%m1)
	println("int64 cmp", x == x, x != x, x < x, x <= x, x > x, x >= x, x == y, x != y)
	println("int64 not", !(x == y), !(x != y), !(x < y), !(x <= y), !(x > y), !(x >= y))
	if !(x < y) {
		println("int64 branch not less")
	}
}

func ident_uint8(x, y uint8) {
	zero, one, m1 := uint8(0), uint8(1), ^uint8(0)
	println("uint8", x, y, x+zero, zero+x, x-zero, x-x, x*zero, zero*x, x*one, one*x, x*m1, m1*x)
	println("uint8 bits", x&zero, x&m1, x&x, x&^x, x&(^x), x|zero, x|m1, x|x, x|(^x), x^zero, x^x, x^m1, m1^x)
	println("uint8 neg", -(-x), ^(^x), -(x-y), x+(-y), (-y)+x, x-(-y), (x+y)-x, (y+x)-x, (x-y)+y, 3+(4+x), (x+4)+3, x-5)
	println("uint8 neg2", -(x-y) == y-x)
	z8, z16, z32, z64 := uint8(0), uint16(0), uint32(0), uint64(0)
	big8, big64, wide := uint8(200), uint64(1<<40), uint64(8)
	c := uint8(0)
	println("uint8 shift", x<<z8, x<<z16, x<<z32, x<<z64, x>>z8, x>>z16, x>>z32, x>>z64, c<<big8, c<<z16, c<<uint64(y), c>>z32, c>>big64, c>>uint64(y))
	println("uint8 shift0", c<<uint32(y), c<<uint16(y), c<<uint8(y), c>>uint32(y), c>>uint16(y), c>>uint8(y))
	println("uint8 shift2", x<<big64, x>>big64, x<<wide, x>>wide, x>>(wide-1), x<<uint16(z16+300), x>>uint32(z32+70))
	{
		p := uint8(2)
		println("uint8 pow 2", x*p, p*x, x/p, x%p)
	}
	{
		p := uint8(8)
		println("uint8 pow 8", x*p, p*x, x/p, x%p)
	}
	{
		p := uint8(64)
		println("uint8 pow 64", x*p, p*x, x/p, x%p)
	}
	{
		p := uint8(128)
		println("uint8 pow 128", x*p, p*x, x/p, x%p)
	}
	println("uint8 div1", x/one, x%one, x/m1, x%m1)
	println("uint8 cmp", x == x, x != x, x < x, x <= x, x > x, x >= x, x == y, x != y)
	println("uint8 not", !(x == y), !(x != y), !(x < y), !(x <= y), !(x > y), !(x >= y))
	println("uint8 ucmp", x < zero, zero <= x, x >= zero, zero > x)
	if !(x < y) {
		println("uint8 branch not less")
	}
}

func ident_uint16(x, y uint16) {
	zero, one, m1 := uint16(0), uint16(1), ^uint16(0)
	println("uint16", x, y, x+zero, zero+x, x-zero, x-x, x*zero, zero*x, x*one, one*x, x*m1, m1*x)
	println("uint16 bits", x&zero, x&m1, x&x, x&^x, x&(^x), x|zero, x|m1, x|x, x|(^x), x^zero, x^x, x^m1, m1^x)
	println("uint16 neg", -(-x), ^(^x), -(x-y), x+(-y), (-y)+x, x-(-y), (x+y)-x, (y+x)-x, (x-y)+y, 3+(4+x), (x+4)+3, x-5)
	println("uint16 neg2", -(x-y) == y-x)
	z8, z16, z32, z64 := uint8(0), uint16(0), uint32(0), uint64(0)
	big8, big64, wide := uint8(200), uint64(1<<40), uint64(16)
	c := uint16(0)
	println("uint16 shift", x<<z8, x<<z16, x<<z32, x<<z64, x>>z8, x>>z16, x>>z32, x>>z64, c<<big8, c<<z16, c<<uint64(y), c>>z32, c>>big64, c>>uint64(y))
	println("uint16 shift0", c<<uint32(y), c<<uint16(y), c<<uint8(y), c>>uint32(y), c>>uint16(y), c>>uint8(y))
	println("uint16 shift2", x<<big64, x>>big64, x<<wide, x>>wide, x>>(wide-1), x<<uint16(z16+300), x>>uint32(z32+70))
	{
		p := uint16(2)
		println("uint16 pow 2", x*p, p*x, x/p, x%p)
	}
	{
		p := uint16(8)
		println("uint16 pow 8", x*p, p*x, x/p, x%p)
	}
	{
		p := uint16(16384)
		println("uint16 pow 16384", x*p, p*x, x/p, x%p)
	}
	{
		p := uint16(32768)
		println("uint16 pow 32768", x*p, p*x, x/p, x%p)
	}
	println("uint16 div1", x/one, x%one, x/m1, x%m1)
	println("uint16 cmp", x == x, x != x, x < x, x <= x, x > x, x >= x, x == y, x != y)
	println("uint16 not", !(x == y), !(x != y), !(x < y), !(x <= y), !(x > y), !(x >= y))
	println("uint16 ucmp", x < zero, zero <= x, x >= zero, zero > x)
	if !(x < y) {
		println("uint16 branch not less")
	}
}

func ident_uint32(x, y uint32) {
	zero, one, m1 := uint32(0), uint32(1), ^uint32(0)
	println("uint32", x, y, x+zero, zero+x, x-zero, x-x, x*zero, zero*x, x*one, one*x, x*m1, m1*x)
	println("uint32 bits", x&zero, x&m1, x&x, x&^x, x&(^x), x|zero, x|m1, x|x, x|(^x), x^zero, x^x, x^m1, m1^x)
	println("uint32 neg", -(-x), ^(^x), -(x-y), x+(-y), (-y)+x, x-(-y), (x+y)-x, (y+x)-x, (x-y)+y, 3+(4+x), (x+4)+3, x-5)
	println("uint32 neg2", -(x-y) == y-x)
	z8, z16, z32, z64 := uint8(0), uint16(0), uint32(0), uint64(0)
	big8, big64, wide := uint8(200), uint64(1<<40), uint64(32)
	c := uint32(0)
	println("uint32 shift", x<<z8, x<<z16, x<<z32, x<<z64, x>>z8, x>>z16, x>>z32, x>>z64, c<<big8, c<<z16, c<<uint64(y), c>>z32, c>>big64, c>>uint64(y))
	println("uint32 shift0", c<<uint32(y), c<<uint16(y), c<<uint8(y), c>>uint32(y), c>>uint16(y), c>>uint8(y))
	println("uint32 shift2", x<<big64, x>>big64, x<<wide, x>>wide, x>>(wide-1), x<<uint16(z16+300), x>>uint32(z32+70))
	{
		p := uint32(2)
		println("uint32 pow 2", x*p, p*x, x/p, x%p)
	}
	{
		p := uint32(8)
		println("uint32 pow 8", x*p, p*x, x/p, x%p)
	}
	{
		p := uint32(1073741824)
		println("uint32 pow 1073741824", x*p, p*x, x/p, x%p)
	}
	{
		p := uint32(2147483648)
		println("uint32 pow 2147483648", x*p, p*x, x/p, x%p)
	}
	println("uint32 div1", x/one, x%one, x/m1, x%m1)
	println("uint32 cmp", x == x, x != x, x < x, x <= x, x > x, x >= x, x == y, x != y)
	println("uint32 not", !(x == y), !(x != y), !(x < y), !(x <= y), !(x > y), !(x >= y))
	println("uint32 ucmp", x < zero, zero <= x, x >= zero, zero > x)
	if !(x < y) {
		println("uint32 branch not less")
	}
}

func ident_uint64(x, y uint64) {
	zero, one, m1 := uint64(0), uint64(1), ^uint64(0)
	println("uint64", x, y, x+zero, zero+x, x-zero, x-x, x*zero, zero*x, x*one, one*x, x*m1, m1*x)
	println("uint64 bits", x&zero, x&m1, x&x, x&^x, x&(^x), x|zero, x|m1, x|x, x|(^x), x^zero, x^x, x^m1, m1^x)
	println("uint64 neg", -(-x), ^(^x), -(x-y), x+(-y), (-y)+x, x-(-y), (x+y)-x, (y+x)-x, (x-y)+y, 3+(4+x), (x+4)+3, x-5)
	println("uint64 neg2", -(x-y) == y-x)
	z8, z16, z32, z64 := uint8(0), uint16(0), uint32(0), uint64(0)
	big8, big64, wide := uint8(200), uint64(1<<40), uint64(64)
	c := uint64(0)
	println("uint64 shift", x<<z8, x<<z16, x<<z32, x<<z64, x>>z8, x>>z16, x>>z32, x>>z64, c<<big8, c<<z16, c<<uint64(y), c>>z32, c>>big64, c>>uint64(y))
	println("uint64 shift0", c<<uint32(y), c<<uint16(y), c<<uint8(y), c>>uint32(y), c>>uint16(y), c>>uint8(y))
	println("uint64 shift2", x<<big64, x>>big64, x<<wide, x>>wide, x>>(wide-1), x<<uint16(z16+300), x>>uint32(z32+70))
	{
		p := uint64(2)
		println("uint64 pow 2", x*p, p*x, x/p, x%p)
	}
	{
		p := uint64(8)
		println("uint64 pow 8", x*p, p*x, x/p, x%p)
	}
	{
		p := uint64(4611686018427387904)
		println("uint64 pow 4611686018427387904", x*p, p*x, x/p, x%p)
	}
	{
		p := uint64(9223372036854775808)
		println("uint64 pow 9223372036854775808", x*p, p*x, x/p, x%p)
	}
	println("uint64 div1", x/one, x%one, x/m1, x%m1)
	println("uint64 cmp", x == x, x != x, x < x, x <= x, x > x, x >= x, x == y, x != y)
	println("uint64 not", !(x == y), !(x != y), !(x < y), !(x <= y), !(x > y), !(x >= y))
	println("uint64 ucmp", x < zero, zero <= x, x >= zero, zero > x)
	if !(x < y) {
		println("uint64 branch not less")
	}
}

func main() {
	ident_int8(-128, -128)
	ident_int8(-128, -1)
	ident_int8(-128, 0)
	ident_int8(-128, 127)
	ident_int8(-1, -128)
	ident_int8(-1, -1)
	ident_int8(-1, 0)
	ident_int8(-1, 127)
	ident_int8(0, -128)
	ident_int8(0, -1)
	ident_int8(0, 0)
	ident_int8(0, 127)
	ident_int8(1, -128)
	ident_int8(1, -1)
	ident_int8(1, 0)
	ident_int8(1, 127)
	ident_int8(7, -128)
	ident_int8(7, -1)
	ident_int8(7, 0)
	ident_int8(7, 127)
	ident_int8(127, -128)
	ident_int8(127, -1)
	ident_int8(127, 0)
	ident_int8(127, 127)
	ident_int16(-32768, -32768)
	ident_int16(-32768, -1)
	ident_int16(-32768, 0)
	ident_int16(-32768, 32767)
	ident_int16(-1, -32768)
	ident_int16(-1, -1)
	ident_int16(-1, 0)
	ident_int16(-1, 32767)
	ident_int16(0, -32768)
	ident_int16(0, -1)
	ident_int16(0, 0)
	ident_int16(0, 32767)
	ident_int16(3, -32768)
	ident_int16(3, -1)
	ident_int16(3, 0)
	ident_int16(3, 32767)
	ident_int16(32767, -32768)
	ident_int16(32767, -1)
	ident_int16(32767, 0)
	ident_int16(32767, 32767)
	ident_int32(-2147483648, -2147483648)
	ident_int32(-2147483648, -1)
	ident_int32(-2147483648, 0)
	ident_int32(-2147483648, 2147483647)
	ident_int32(-1, -2147483648)
	ident_int32(-1, -1)
	ident_int32(-1, 0)
	ident_int32(-1, 2147483647)
	ident_int32(0, -2147483648)
	ident_int32(0, -1)
	ident_int32(0, 0)
	ident_int32(0, 2147483647)
	ident_int32(5, -2147483648)
	ident_int32(5, -1)
	ident_int32(5, 0)
	ident_int32(5, 2147483647)
	ident_int32(2147483647, -2147483648)
	ident_int32(2147483647, -1)
	ident_int32(2147483647, 0)
	ident_int32(2147483647, 2147483647)
	ident_int64(-9223372036854775808, -9223372036854775808)
	ident_int64(-9223372036854775808, -1)
	ident_int64(-9223372036854775808, 0)
	ident_int64(-9223372036854775808, 9223372036854775807)
	ident_int64(-1, -9223372036854775808)
	ident_int64(-1, -1)
	ident_int64(-1, 0)
	ident_int64(-1, 9223372036854775807)
	ident_int64(0, -9223372036854775808)
	ident_int64(0, -1)
	ident_int64(0, 0)
	ident_int64(0, 9223372036854775807)
	ident_int64(9, -9223372036854775808)
	ident_int64(9, -1)
	ident_int64(9, 0)
	ident_int64(9, 9223372036854775807)
	ident_int64(9223372036854775807, -9223372036854775808)
	ident_int64(9223372036854775807, -1)
	ident_int64(9223372036854775807, 0)
	ident_int64(9223372036854775807, 9223372036854775807)
	ident_uint8(0, 0)
	ident_uint8(0, 1)
	ident_uint8(0, 7)
	ident_uint8(0, 255)
	ident_uint8(1, 0)
	ident_uint8(1, 1)
	ident_uint8(1, 7)
	ident_uint8(1, 255)
	ident_uint8(7, 0)
	ident_uint8(7, 1)
	ident_uint8(7, 7)
	ident_uint8(7, 255)
	ident_uint8(128, 0)
	ident_uint8(128, 1)
	ident_uint8(128, 7)
	ident_uint8(128, 255)
	ident_uint8(255, 0)
	ident_uint8(255, 1)
	ident_uint8(255, 7)
	ident_uint8(255, 255)
	ident_uint16(0, 0)
	ident_uint16(0, 1)
	ident_uint16(0, 32768)
	ident_uint16(0, 65535)
	ident_uint16(1, 0)
	ident_uint16(1, 1)
	ident_uint16(1, 32768)
	ident_uint16(1, 65535)
	ident_uint16(32768, 0)
	ident_uint16(32768, 1)
	ident_uint16(32768, 32768)
	ident_uint16(32768, 65535)
	ident_uint16(65535, 0)
	ident_uint16(65535, 1)
	ident_uint16(65535, 32768)
	ident_uint16(65535, 65535)
	ident_uint32(0, 0)
	ident_uint32(0, 1)
	ident_uint32(0, 2147483648)
	ident_uint32(0, 4294967295)
	ident_uint32(1, 0)
	ident_uint32(1, 1)
	ident_uint32(1, 2147483648)
	ident_uint32(1, 4294967295)
	ident_uint32(2147483648, 0)
	ident_uint32(2147483648, 1)
	ident_uint32(2147483648, 2147483648)
	ident_uint32(2147483648, 4294967295)
	ident_uint32(4294967295, 0)
	ident_uint32(4294967295, 1)
	ident_uint32(4294967295, 2147483648)
	ident_uint32(4294967295, 4294967295)
	ident_uint64(0, 0)
	ident_uint64(0, 1)
	ident_uint64(0, 9223372036854775808)
	ident_uint64(0, 18446744073709551615)
	ident_uint64(1, 0)
	ident_uint64(1, 1)
	ident_uint64(1, 9223372036854775808)
	ident_uint64(1, 18446744073709551615)
	ident_uint64(9223372036854775808, 0)
	ident_uint64(9223372036854775808, 1)
	ident_uint64(9223372036854775808, 9223372036854775808)
	ident_uint64(9223372036854775808, 18446744073709551615)
	ident_uint64(18446744073709551615, 0)
	ident_uint64(18446744073709551615, 1)
	ident_uint64(18446744073709551615, 9223372036854775808)
	ident_uint64(18446744073709551615, 18446744073709551615)
}
