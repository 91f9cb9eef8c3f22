// Code generated for the opt pass's integer rules (ssa/rules/generic.rules):
// shift amounts of every width, shifts by constants combined, masks of
// shifted-out bits, shift pairs that are extensions, truncations and
// extensions of truncations, identities of ^x and -x, absorption,
// constants gathered and moved outwards, distribution, x%-c and x/2^k of
// non-negative x. Parameters keep x, y, z unknown to the compiler; every
// line is printed at boundary values of every width, signed and unsigned.
package main

//go:noinline
func f_int8(x, y, z int8, b uint8) {
	ux := uint8(x)
	println("int8", x, y, z, b)
	println("int8 amt", x<<uint32(3), x<<uint16(3), x<<uint8(3), x>>uint32(2), x>>uint16(2), x>>uint8(2), x<<uint8(8), x>>uint16(13), x>>uint32(200), x<<uint32(1<<31))
	println("int8 comb", (x<<3)<<2, (x>>1)>>2, (x<<6)<<3, (x>>6)>>5, (ux>>3)>>4, (x<<6)<<1, (ux>>6)>>1, (x>>6)>>1)
	println("int8 sign", uint8(x>>3)>>7, uint8(x>>11)>>7)
	println("int8 triple", ((ux>>4)<<2)>>3, ((ux<<4)>>2)<<3, ((ux>>2)<<2)>>2, ((ux<<1)>>1)<<5, ((ux>>4)<<3)>>1, ((ux<<4)>>3)<<1, ((ux>>1)<<3)>>4, ((ux<<1)>>3)<<4)
	println("int8 mask", (ux>>4)&0xF0, (ux<<4)&0x0F, (ux>>4)&0x18, (ux<<4)&0x18)
	println("int8 sext", int32(int16(uint8(x))), int64(int16(uint8(x))), int64(int32(uint8(x))), int64(int32(uint16(uint8(x)))))
	println("int8 orand", (x&^3)|3, 3|(x&^3), (x&^3)|1)
	println("int8 absorb", x&(x&y), (y&x)&x, x|(x|y), x^(x^y), (y^x)^x, x&(x|y), x|(x&y), (-x)*(-y))
	println("int8 comneg", ^x+x, ^x^x, -x-^x, ^x-(-x), 1+^x, ^(x-1), -(^x), ^(-x))
	println("int8 gather", 5+(7-x), 5-(7-x), 5-(x+7), 3*(5*x), 0x3C&(0x0F&x), 0x30|(0x03|x), 0x5A^(0x0F^x))
	println("int8 outward", (x+3)+y, (x*3)*y, (x&0x3F)&y, (x|3)|y, (x^3)^y, (3-z)+x, x-(3-z), x-(z+3), (3-z)-x, (z+3)-x)
	println("int8 distrib", 3*(x+5), x*y+x*z, y*x+z*x, x*y-x*z, (x-y)-x, x-(x+y), x+(y+(z-x)))
	println("int8 modneg", x%-3, x%-4, x%-1, x%-127)
	println("int8 nonneg", (x&0x7f)/4, (x&0x7f)%4, (x&0x7f)/1, (x&0x7f)%8, ((x&0x7f)>>1)/2, (x&0x7f)/64)
}

//go:noinline
func f_uint8(x, y, z uint8, b uint8) {
	ux := uint8(x)
	println("uint8", x, y, z, b)
	println("uint8 amt", x<<uint32(3), x<<uint16(3), x<<uint8(3), x>>uint32(2), x>>uint16(2), x>>uint8(2), x<<uint8(8), x>>uint16(13), x>>uint32(200), x<<uint32(1<<31))
	println("uint8 comb", (x<<3)<<2, (x>>1)>>2, (x<<6)<<3, (x>>6)>>5, (ux>>3)>>4, (x<<6)<<1, (ux>>6)>>1, (x>>6)>>1)
	println("uint8 triple", ((ux>>4)<<2)>>3, ((ux<<4)>>2)<<3, ((ux>>2)<<2)>>2, ((ux<<1)>>1)<<5, ((ux>>4)<<3)>>1, ((ux<<4)>>3)<<1, ((ux>>1)<<3)>>4, ((ux<<1)>>3)<<4)
	println("uint8 mask", (ux>>4)&0xF0, (ux<<4)&0x0F, (ux>>4)&0x18, (ux<<4)&0x18)
	println("uint8 sext", int32(int16(uint8(x))), int64(int16(uint8(x))), int64(int32(uint8(x))), int64(int32(uint16(uint8(x)))))
	println("uint8 orand", (x&^3)|3, 3|(x&^3), (x&^3)|1)
	println("uint8 absorb", x&(x&y), (y&x)&x, x|(x|y), x^(x^y), (y^x)^x, x&(x|y), x|(x&y), (-x)*(-y))
	println("uint8 comneg", ^x+x, ^x^x, -x-^x, ^x-(-x), 1+^x, ^(x-1), -(^x), ^(-x))
	println("uint8 gather", 5+(7-x), 5-(7-x), 5-(x+7), 3*(5*x), 0x3C&(0x0F&x), 0x30|(0x03|x), 0x5A^(0x0F^x))
	println("uint8 outward", (x+3)+y, (x*3)*y, (x&0x3F)&y, (x|3)|y, (x^3)^y, (3-z)+x, x-(3-z), x-(z+3), (3-z)-x, (z+3)-x)
	println("uint8 distrib", 3*(x+5), x*y+x*z, y*x+z*x, x*y-x*z, (x-y)-x, x-(x+y), x+(y+(z-x)))
}

//go:noinline
func f_int16(x, y, z int16, b uint8) {
	ux := uint16(x)
	println("int16", x, y, z, b)
	println("int16 amt", x<<uint32(3), x<<uint16(3), x<<uint8(3), x>>uint32(2), x>>uint16(2), x>>uint8(2), x<<uint8(16), x>>uint16(21), x>>uint32(200), x<<uint32(1<<31))
	println("int16 comb", (x<<3)<<2, (x>>1)>>2, (x<<14)<<3, (x>>14)>>5, (ux>>3)>>4, (x<<14)<<1, (ux>>14)>>1, (x>>14)>>1)
	println("int16 sign", uint16(x>>3)>>15, uint16(x>>19)>>15)
	println("int16 triple", ((ux>>4)<<2)>>3, ((ux<<4)>>2)<<3, ((ux>>2)<<2)>>2, ((ux<<1)>>1)<<5, ((ux>>4)<<3)>>1, ((ux<<4)>>3)<<1, ((ux>>1)<<3)>>4, ((ux<<1)>>3)<<4)
	println("int16 mask", (ux>>12)&0xF0, (ux<<12)&0x0F, (ux>>12)&0x18, (ux<<12)&0x18)
	println("int16 ext", (ux<<8)>>8, (x<<8)>>8)
	println("int16 exttrunc", uint16(uint8(ux>>8)), int16(int8(int16(x)>>8)), uint16(uint8(ux>>9)), uint16(uint8(ux>>7)), int16(int8(int16(x)>>7)))
	println("int16 truncand", uint8(ux&255), uint8(ux&511), uint8(ux&254))
	println("int16 sext", int64(int32(uint16(x))), int32(int16(uint8(x))))
	println("int16 orand", (x&^3)|3, 3|(x&^3), (x&^3)|1)
	println("int16 absorb", x&(x&y), (y&x)&x, x|(x|y), x^(x^y), (y^x)^x, x&(x|y), x|(x&y), (-x)*(-y))
	println("int16 comneg", ^x+x, ^x^x, -x-^x, ^x-(-x), 1+^x, ^(x-1), -(^x), ^(-x))
	println("int16 gather", 5+(7-x), 5-(7-x), 5-(x+7), 3*(5*x), 0x3C&(0x0F&x), 0x30|(0x03|x), 0x5A^(0x0F^x))
	println("int16 outward", (x+3)+y, (x*3)*y, (x&0x3F)&y, (x|3)|y, (x^3)^y, (3-z)+x, x-(3-z), x-(z+3), (3-z)-x, (z+3)-x)
	println("int16 distrib", 3*(x+5), x*y+x*z, y*x+z*x, x*y-x*z, (x-y)-x, x-(x+y), x+(y+(z-x)))
	println("int16 modneg", x%-3, x%-4, x%-1, x%-32767)
	println("int16 nonneg", int16(b)/4, int16(b)%4, int16(b)/1, int16(b)%8, (int16(b)>>1)/2, int16(b)/16384)
}

//go:noinline
func f_uint16(x, y, z uint16, b uint8) {
	ux := uint16(x)
	println("uint16", x, y, z, b)
	println("uint16 amt", x<<uint32(3), x<<uint16(3), x<<uint8(3), x>>uint32(2), x>>uint16(2), x>>uint8(2), x<<uint8(16), x>>uint16(21), x>>uint32(200), x<<uint32(1<<31))
	println("uint16 comb", (x<<3)<<2, (x>>1)>>2, (x<<14)<<3, (x>>14)>>5, (ux>>3)>>4, (x<<14)<<1, (ux>>14)>>1, (x>>14)>>1)
	println("uint16 triple", ((ux>>4)<<2)>>3, ((ux<<4)>>2)<<3, ((ux>>2)<<2)>>2, ((ux<<1)>>1)<<5, ((ux>>4)<<3)>>1, ((ux<<4)>>3)<<1, ((ux>>1)<<3)>>4, ((ux<<1)>>3)<<4)
	println("uint16 mask", (ux>>12)&0xF0, (ux<<12)&0x0F, (ux>>12)&0x18, (ux<<12)&0x18)
	println("uint16 ext", (ux<<8)>>8, (x<<8)>>8)
	println("uint16 exttrunc", uint16(uint8(ux>>8)), int16(int8(int16(x)>>8)), uint16(uint8(ux>>9)), uint16(uint8(ux>>7)), int16(int8(int16(x)>>7)))
	println("uint16 truncand", uint8(ux&255), uint8(ux&511), uint8(ux&254))
	println("uint16 sext", int64(int32(uint16(x))), int32(int16(uint8(x))))
	println("uint16 orand", (x&^3)|3, 3|(x&^3), (x&^3)|1)
	println("uint16 absorb", x&(x&y), (y&x)&x, x|(x|y), x^(x^y), (y^x)^x, x&(x|y), x|(x&y), (-x)*(-y))
	println("uint16 comneg", ^x+x, ^x^x, -x-^x, ^x-(-x), 1+^x, ^(x-1), -(^x), ^(-x))
	println("uint16 gather", 5+(7-x), 5-(7-x), 5-(x+7), 3*(5*x), 0x3C&(0x0F&x), 0x30|(0x03|x), 0x5A^(0x0F^x))
	println("uint16 outward", (x+3)+y, (x*3)*y, (x&0x3F)&y, (x|3)|y, (x^3)^y, (3-z)+x, x-(3-z), x-(z+3), (3-z)-x, (z+3)-x)
	println("uint16 distrib", 3*(x+5), x*y+x*z, y*x+z*x, x*y-x*z, (x-y)-x, x-(x+y), x+(y+(z-x)))
}

//go:noinline
func f_int32(x, y, z int32, b uint8) {
	ux := uint32(x)
	println("int32", x, y, z, b)
	println("int32 amt", x<<uint32(3), x<<uint16(3), x<<uint8(3), x>>uint32(2), x>>uint16(2), x>>uint8(2), x<<uint8(32), x>>uint16(37), x>>uint32(200), x<<uint32(1<<31))
	println("int32 comb", (x<<3)<<2, (x>>1)>>2, (x<<30)<<3, (x>>30)>>5, (ux>>3)>>4, (x<<30)<<1, (ux>>30)>>1, (x>>30)>>1)
	println("int32 sign", uint32(x>>3)>>31, uint32(x>>35)>>31)
	println("int32 triple", ((ux>>4)<<2)>>3, ((ux<<4)>>2)<<3, ((ux>>2)<<2)>>2, ((ux<<1)>>1)<<5, ((ux>>4)<<3)>>1, ((ux<<4)>>3)<<1, ((ux>>1)<<3)>>4, ((ux<<1)>>3)<<4)
	println("int32 mask", (ux>>28)&0xF0, (ux<<28)&0x0F, (ux>>28)&0x18, (ux<<28)&0x18)
	println("int32 ext", (ux<<24)>>24, (x<<24)>>24, (ux<<16)>>16, (x<<16)>>16)
	println("int32 exttrunc", uint32(uint8(ux>>24)), int32(int8(int32(x)>>24)), uint32(uint8(ux>>25)), uint32(uint8(ux>>23)), int32(int8(int32(x)>>23)), uint32(uint16(ux>>16)), int32(int16(int32(x)>>16)), uint32(uint16(ux>>17)), uint32(uint16(ux>>15)), int32(int16(int32(x)>>15)))
	println("int32 truncand", uint8(ux&255), uint16(ux&65535), uint8(ux&511), uint16(ux&131071), uint8(ux&254), uint16(ux&65534))
	println("int32 trunctrunc", int8(int16(x)), uint8(uint16(x)))
	println("int32 orand", (x&^3)|3, 3|(x&^3), (x&^3)|1)
	println("int32 absorb", x&(x&y), (y&x)&x, x|(x|y), x^(x^y), (y^x)^x, x&(x|y), x|(x&y), (-x)*(-y))
	println("int32 comneg", ^x+x, ^x^x, -x-^x, ^x-(-x), 1+^x, ^(x-1), -(^x), ^(-x))
	println("int32 gather", 5+(7-x), 5-(7-x), 5-(x+7), 3*(5*x), 0x3C&(0x0F&x), 0x30|(0x03|x), 0x5A^(0x0F^x))
	println("int32 outward", (x+3)+y, (x*3)*y, (x&0x3F)&y, (x|3)|y, (x^3)^y, (3-z)+x, x-(3-z), x-(z+3), (3-z)-x, (z+3)-x)
	println("int32 distrib", 3*(x+5), x*y+x*z, y*x+z*x, x*y-x*z, (x-y)-x, x-(x+y), x+(y+(z-x)))
	println("int32 modneg", x%-3, x%-4, x%-1, x%-2147483647)
	println("int32 nonneg", int32(b)/4, int32(b)%4, int32(b)/1, int32(b)%8, (int32(b)>>1)/2, int32(b)/1073741824)
}

//go:noinline
func f_uint32(x, y, z uint32, b uint8) {
	ux := uint32(x)
	println("uint32", x, y, z, b)
	println("uint32 amt", x<<uint32(3), x<<uint16(3), x<<uint8(3), x>>uint32(2), x>>uint16(2), x>>uint8(2), x<<uint8(32), x>>uint16(37), x>>uint32(200), x<<uint32(1<<31))
	println("uint32 comb", (x<<3)<<2, (x>>1)>>2, (x<<30)<<3, (x>>30)>>5, (ux>>3)>>4, (x<<30)<<1, (ux>>30)>>1, (x>>30)>>1)
	println("uint32 triple", ((ux>>4)<<2)>>3, ((ux<<4)>>2)<<3, ((ux>>2)<<2)>>2, ((ux<<1)>>1)<<5, ((ux>>4)<<3)>>1, ((ux<<4)>>3)<<1, ((ux>>1)<<3)>>4, ((ux<<1)>>3)<<4)
	println("uint32 mask", (ux>>28)&0xF0, (ux<<28)&0x0F, (ux>>28)&0x18, (ux<<28)&0x18)
	println("uint32 ext", (ux<<24)>>24, (x<<24)>>24, (ux<<16)>>16, (x<<16)>>16)
	println("uint32 exttrunc", uint32(uint8(ux>>24)), int32(int8(int32(x)>>24)), uint32(uint8(ux>>25)), uint32(uint8(ux>>23)), int32(int8(int32(x)>>23)), uint32(uint16(ux>>16)), int32(int16(int32(x)>>16)), uint32(uint16(ux>>17)), uint32(uint16(ux>>15)), int32(int16(int32(x)>>15)))
	println("uint32 truncand", uint8(ux&255), uint16(ux&65535), uint8(ux&511), uint16(ux&131071), uint8(ux&254), uint16(ux&65534))
	println("uint32 trunctrunc", int8(int16(x)), uint8(uint16(x)))
	println("uint32 orand", (x&^3)|3, 3|(x&^3), (x&^3)|1)
	println("uint32 absorb", x&(x&y), (y&x)&x, x|(x|y), x^(x^y), (y^x)^x, x&(x|y), x|(x&y), (-x)*(-y))
	println("uint32 comneg", ^x+x, ^x^x, -x-^x, ^x-(-x), 1+^x, ^(x-1), -(^x), ^(-x))
	println("uint32 gather", 5+(7-x), 5-(7-x), 5-(x+7), 3*(5*x), 0x3C&(0x0F&x), 0x30|(0x03|x), 0x5A^(0x0F^x))
	println("uint32 outward", (x+3)+y, (x*3)*y, (x&0x3F)&y, (x|3)|y, (x^3)^y, (3-z)+x, x-(3-z), x-(z+3), (3-z)-x, (z+3)-x)
	println("uint32 distrib", 3*(x+5), x*y+x*z, y*x+z*x, x*y-x*z, (x-y)-x, x-(x+y), x+(y+(z-x)))
}

//go:noinline
func f_int64(x, y, z int64, b uint8) {
	ux := uint64(x)
	println("int64", x, y, z, b)
	println("int64 amt", x<<uint32(3), x<<uint16(3), x<<uint8(3), x>>uint32(2), x>>uint16(2), x>>uint8(2), x<<uint8(64), x>>uint16(69), x>>uint32(200), x<<uint32(1<<31))
	println("int64 comb", (x<<3)<<2, (x>>1)>>2, (x<<62)<<3, (x>>62)>>5, (ux>>3)>>4, (x<<62)<<1, (ux>>62)>>1, (x>>62)>>1)
	println("int64 sign", uint64(x>>3)>>63, uint64(x>>67)>>63)
	println("int64 triple", ((ux>>4)<<2)>>3, ((ux<<4)>>2)<<3, ((ux>>2)<<2)>>2, ((ux<<1)>>1)<<5, ((ux>>4)<<3)>>1, ((ux<<4)>>3)<<1, ((ux>>1)<<3)>>4, ((ux<<1)>>3)<<4)
	println("int64 mask", (ux>>60)&0xF0, (ux<<60)&0x0F, (ux>>60)&0x18, (ux<<60)&0x18)
	println("int64 ext", (ux<<56)>>56, (x<<56)>>56, (ux<<48)>>48, (x<<48)>>48, (ux<<32)>>32, (x<<32)>>32)
	println("int64 exttrunc", uint64(uint8(ux>>56)), int64(int8(int64(x)>>56)), uint64(uint8(ux>>57)), uint64(uint8(ux>>55)), int64(int8(int64(x)>>55)), uint64(uint16(ux>>48)), int64(int16(int64(x)>>48)), uint64(uint16(ux>>49)), uint64(uint16(ux>>47)), int64(int16(int64(x)>>47)), uint64(uint32(ux>>32)), int64(int32(int64(x)>>32)), uint64(uint32(ux>>33)), uint64(uint32(ux>>31)), int64(int32(int64(x)>>31)))
	println("int64 truncand", uint8(ux&255), uint16(ux&65535), uint32(ux&4294967295), uint8(ux&511), uint16(ux&131071), uint32(ux&8589934591), uint8(ux&254), uint16(ux&65534), uint32(ux&4294967294))
	println("int64 trunctrunc", int8(int32(x)), int16(int32(x)), int8(int16(x)), uint8(uint32(x)))
	println("int64 orand", (x&^3)|3, 3|(x&^3), (x&^3)|1)
	println("int64 absorb", x&(x&y), (y&x)&x, x|(x|y), x^(x^y), (y^x)^x, x&(x|y), x|(x&y), (-x)*(-y))
	println("int64 comneg", ^x+x, ^x^x, -x-^x, ^x-(-x), 1+^x, ^(x-1), -(^x), ^(-x))
	println("int64 gather", 5+(7-x), 5-(7-x), 5-(x+7), 3*(5*x), 0x3C&(0x0F&x), 0x30|(0x03|x), 0x5A^(0x0F^x))
	println("int64 outward", (x+3)+y, (x*3)*y, (x&0x3F)&y, (x|3)|y, (x^3)^y, (3-z)+x, x-(3-z), x-(z+3), (3-z)-x, (z+3)-x)
	println("int64 distrib", 3*(x+5), x*y+x*z, y*x+z*x, x*y-x*z, (x-y)-x, x-(x+y), x+(y+(z-x)))
	println("int64 modneg", x%-3, x%-4, x%-1, x%-9223372036854775807)
	println("int64 nonneg", int64(b)/4, int64(b)%4, int64(b)/1, int64(b)%8, (int64(b)>>1)/2, int64(b)/4611686018427387904)
}

//go:noinline
func f_uint64(x, y, z uint64, b uint8) {
	ux := uint64(x)
	println("uint64", x, y, z, b)
	println("uint64 amt", x<<uint32(3), x<<uint16(3), x<<uint8(3), x>>uint32(2), x>>uint16(2), x>>uint8(2), x<<uint8(64), x>>uint16(69), x>>uint32(200), x<<uint32(1<<31))
	println("uint64 comb", (x<<3)<<2, (x>>1)>>2, (x<<62)<<3, (x>>62)>>5, (ux>>3)>>4, (x<<62)<<1, (ux>>62)>>1, (x>>62)>>1)
	println("uint64 triple", ((ux>>4)<<2)>>3, ((ux<<4)>>2)<<3, ((ux>>2)<<2)>>2, ((ux<<1)>>1)<<5, ((ux>>4)<<3)>>1, ((ux<<4)>>3)<<1, ((ux>>1)<<3)>>4, ((ux<<1)>>3)<<4)
	println("uint64 mask", (ux>>60)&0xF0, (ux<<60)&0x0F, (ux>>60)&0x18, (ux<<60)&0x18)
	println("uint64 ext", (ux<<56)>>56, (x<<56)>>56, (ux<<48)>>48, (x<<48)>>48, (ux<<32)>>32, (x<<32)>>32)
	println("uint64 exttrunc", uint64(uint8(ux>>56)), int64(int8(int64(x)>>56)), uint64(uint8(ux>>57)), uint64(uint8(ux>>55)), int64(int8(int64(x)>>55)), uint64(uint16(ux>>48)), int64(int16(int64(x)>>48)), uint64(uint16(ux>>49)), uint64(uint16(ux>>47)), int64(int16(int64(x)>>47)), uint64(uint32(ux>>32)), int64(int32(int64(x)>>32)), uint64(uint32(ux>>33)), uint64(uint32(ux>>31)), int64(int32(int64(x)>>31)))
	println("uint64 truncand", uint8(ux&255), uint16(ux&65535), uint32(ux&4294967295), uint8(ux&511), uint16(ux&131071), uint32(ux&8589934591), uint8(ux&254), uint16(ux&65534), uint32(ux&4294967294))
	println("uint64 trunctrunc", int8(int32(x)), int16(int32(x)), int8(int16(x)), uint8(uint32(x)))
	println("uint64 orand", (x&^3)|3, 3|(x&^3), (x&^3)|1)
	println("uint64 absorb", x&(x&y), (y&x)&x, x|(x|y), x^(x^y), (y^x)^x, x&(x|y), x|(x&y), (-x)*(-y))
	println("uint64 comneg", ^x+x, ^x^x, -x-^x, ^x-(-x), 1+^x, ^(x-1), -(^x), ^(-x))
	println("uint64 gather", 5+(7-x), 5-(7-x), 5-(x+7), 3*(5*x), 0x3C&(0x0F&x), 0x30|(0x03|x), 0x5A^(0x0F^x))
	println("uint64 outward", (x+3)+y, (x*3)*y, (x&0x3F)&y, (x|3)|y, (x^3)^y, (3-z)+x, x-(3-z), x-(z+3), (3-z)-x, (z+3)-x)
	println("uint64 distrib", 3*(x+5), x*y+x*z, y*x+z*x, x*y-x*z, (x-y)-x, x-(x+y), x+(y+(z-x)))
}

func main() {
	{
		var a, b, c int8 = -128, 0, 127
		f_int8(int8(a), int8(b), int8(c), uint8(a))
	}
	{
		var a, b, c int8 = -1, 1, 0x55
		f_int8(int8(a), int8(b), int8(c), uint8(a))
	}
	{
		var a, b, c int8 = 0, 127, -100
		f_int8(int8(a), int8(b), int8(c), uint8(a))
	}
	{
		var a, b, c int8 = 1, 0x55, -128
		f_int8(int8(a), int8(b), int8(c), uint8(a))
	}
	{
		var a, b, c int8 = 127, -100, -1
		f_int8(int8(a), int8(b), int8(c), uint8(a))
	}
	{
		var a, b, c int8 = 0x55, -128, 0
		f_int8(int8(a), int8(b), int8(c), uint8(a))
	}
	{
		var a, b, c int8 = -100, -1, 1
		f_int8(int8(a), int8(b), int8(c), uint8(a))
	}
	{
		var a, b, c int8 = -128, 0, 127
		f_uint8(uint8(a), uint8(b), uint8(c), uint8(a))
	}
	{
		var a, b, c int8 = -1, 1, 0x55
		f_uint8(uint8(a), uint8(b), uint8(c), uint8(a))
	}
	{
		var a, b, c int8 = 0, 127, -100
		f_uint8(uint8(a), uint8(b), uint8(c), uint8(a))
	}
	{
		var a, b, c int8 = 1, 0x55, -128
		f_uint8(uint8(a), uint8(b), uint8(c), uint8(a))
	}
	{
		var a, b, c int8 = 127, -100, -1
		f_uint8(uint8(a), uint8(b), uint8(c), uint8(a))
	}
	{
		var a, b, c int8 = 0x55, -128, 0
		f_uint8(uint8(a), uint8(b), uint8(c), uint8(a))
	}
	{
		var a, b, c int8 = -100, -1, 1
		f_uint8(uint8(a), uint8(b), uint8(c), uint8(a))
	}
	{
		var a, b, c int16 = -32768, 0, 32767
		f_int16(int16(a), int16(b), int16(c), uint8(a))
	}
	{
		var a, b, c int16 = -1, 1, 0x5555
		f_int16(int16(a), int16(b), int16(c), uint8(a))
	}
	{
		var a, b, c int16 = 0, 32767, -30000
		f_int16(int16(a), int16(b), int16(c), uint8(a))
	}
	{
		var a, b, c int16 = 1, 0x5555, -32768
		f_int16(int16(a), int16(b), int16(c), uint8(a))
	}
	{
		var a, b, c int16 = 32767, -30000, -1
		f_int16(int16(a), int16(b), int16(c), uint8(a))
	}
	{
		var a, b, c int16 = 0x5555, -32768, 0
		f_int16(int16(a), int16(b), int16(c), uint8(a))
	}
	{
		var a, b, c int16 = -30000, -1, 1
		f_int16(int16(a), int16(b), int16(c), uint8(a))
	}
	{
		var a, b, c int16 = -32768, 0, 32767
		f_uint16(uint16(a), uint16(b), uint16(c), uint8(a))
	}
	{
		var a, b, c int16 = -1, 1, 0x5555
		f_uint16(uint16(a), uint16(b), uint16(c), uint8(a))
	}
	{
		var a, b, c int16 = 0, 32767, -30000
		f_uint16(uint16(a), uint16(b), uint16(c), uint8(a))
	}
	{
		var a, b, c int16 = 1, 0x5555, -32768
		f_uint16(uint16(a), uint16(b), uint16(c), uint8(a))
	}
	{
		var a, b, c int16 = 32767, -30000, -1
		f_uint16(uint16(a), uint16(b), uint16(c), uint8(a))
	}
	{
		var a, b, c int16 = 0x5555, -32768, 0
		f_uint16(uint16(a), uint16(b), uint16(c), uint8(a))
	}
	{
		var a, b, c int16 = -30000, -1, 1
		f_uint16(uint16(a), uint16(b), uint16(c), uint8(a))
	}
	{
		var a, b, c int32 = -2147483648, 0, 2147483647
		f_int32(int32(a), int32(b), int32(c), uint8(a))
	}
	{
		var a, b, c int32 = -1, 1, 0x55555555
		f_int32(int32(a), int32(b), int32(c), uint8(a))
	}
	{
		var a, b, c int32 = 0, 2147483647, -2000000000
		f_int32(int32(a), int32(b), int32(c), uint8(a))
	}
	{
		var a, b, c int32 = 1, 0x55555555, -2147483648
		f_int32(int32(a), int32(b), int32(c), uint8(a))
	}
	{
		var a, b, c int32 = 2147483647, -2000000000, -1
		f_int32(int32(a), int32(b), int32(c), uint8(a))
	}
	{
		var a, b, c int32 = 0x55555555, -2147483648, 0
		f_int32(int32(a), int32(b), int32(c), uint8(a))
	}
	{
		var a, b, c int32 = -2000000000, -1, 1
		f_int32(int32(a), int32(b), int32(c), uint8(a))
	}
	{
		var a, b, c int32 = -2147483648, 0, 2147483647
		f_uint32(uint32(a), uint32(b), uint32(c), uint8(a))
	}
	{
		var a, b, c int32 = -1, 1, 0x55555555
		f_uint32(uint32(a), uint32(b), uint32(c), uint8(a))
	}
	{
		var a, b, c int32 = 0, 2147483647, -2000000000
		f_uint32(uint32(a), uint32(b), uint32(c), uint8(a))
	}
	{
		var a, b, c int32 = 1, 0x55555555, -2147483648
		f_uint32(uint32(a), uint32(b), uint32(c), uint8(a))
	}
	{
		var a, b, c int32 = 2147483647, -2000000000, -1
		f_uint32(uint32(a), uint32(b), uint32(c), uint8(a))
	}
	{
		var a, b, c int32 = 0x55555555, -2147483648, 0
		f_uint32(uint32(a), uint32(b), uint32(c), uint8(a))
	}
	{
		var a, b, c int32 = -2000000000, -1, 1
		f_uint32(uint32(a), uint32(b), uint32(c), uint8(a))
	}
	{
		var a, b, c int64 = -9223372036854775808, 0, 9223372036854775807
		f_int64(int64(a), int64(b), int64(c), uint8(a))
	}
	{
		var a, b, c int64 = -1, 1, 0x5555555555555555
		f_int64(int64(a), int64(b), int64(c), uint8(a))
	}
	{
		var a, b, c int64 = 0, 9223372036854775807, -9000000000000000000
		f_int64(int64(a), int64(b), int64(c), uint8(a))
	}
	{
		var a, b, c int64 = 1, 0x5555555555555555, -9223372036854775808
		f_int64(int64(a), int64(b), int64(c), uint8(a))
	}
	{
		var a, b, c int64 = 9223372036854775807, -9000000000000000000, -1
		f_int64(int64(a), int64(b), int64(c), uint8(a))
	}
	{
		var a, b, c int64 = 0x5555555555555555, -9223372036854775808, 0
		f_int64(int64(a), int64(b), int64(c), uint8(a))
	}
	{
		var a, b, c int64 = -9000000000000000000, -1, 1
		f_int64(int64(a), int64(b), int64(c), uint8(a))
	}
	{
		var a, b, c int64 = -9223372036854775808, 0, 9223372036854775807
		f_uint64(uint64(a), uint64(b), uint64(c), uint8(a))
	}
	{
		var a, b, c int64 = -1, 1, 0x5555555555555555
		f_uint64(uint64(a), uint64(b), uint64(c), uint8(a))
	}
	{
		var a, b, c int64 = 0, 9223372036854775807, -9000000000000000000
		f_uint64(uint64(a), uint64(b), uint64(c), uint8(a))
	}
	{
		var a, b, c int64 = 1, 0x5555555555555555, -9223372036854775808
		f_uint64(uint64(a), uint64(b), uint64(c), uint8(a))
	}
	{
		var a, b, c int64 = 9223372036854775807, -9000000000000000000, -1
		f_uint64(uint64(a), uint64(b), uint64(c), uint8(a))
	}
	{
		var a, b, c int64 = 0x5555555555555555, -9223372036854775808, 0
		f_uint64(uint64(a), uint64(b), uint64(c), uint8(a))
	}
	{
		var a, b, c int64 = -9000000000000000000, -1, 1
		f_uint64(uint64(a), uint64(b), uint64(c), uint8(a))
	}
}
