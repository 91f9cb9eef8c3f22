// stdsmoke: math/bits
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 0xff, 0x8000000000000000, 0x123456789abcdef0} {
		fmt.Println(bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 13))
	}
	fmt.Println(bits.LeadingZeros32(1), bits.OnesCount8(0xf0), bits.Len16(0x100), bits.Reverse8(1), bits.UintSize)
	hi, lo := bits.Mul64(0xffffffffffffffff, 0xfedcba9876543210)
	fmt.Println(hi, lo)
	q, r := bits.Div64(hi, lo, 0xffffffffffffffff)
	fmt.Println(q, r)
	s, c := bits.Add64(1<<63, 1<<63, 1)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(s, c, d, b, bits.Rem64(1, 2, 7))
}
