package main

import (
	"container/list"
	"container/ring"
	"image/color"
	"math/bits"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	// unicode/utf8
	s := "héllo, 世界!"
	println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		print(r, ":", n, " ")
		i += n
	}
	println()
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	println(n, buf[0], buf[1], buf[2], utf8.RuneLen('😀'), utf8.FullRune([]byte{0xe2, 0x82}))
	r, size := utf8.DecodeLastRuneInString("añ")
	println(r, size, string(utf8.AppendRune(nil, 'ß')))

	// unicode/utf16
	u := utf16.Encode([]rune("a😀b"))
	println(len(u), u[0], u[1], u[2], u[3], string(utf16.Decode(u)), utf16.IsSurrogate(rune(u[1])))

	// unicode
	println(unicode.IsUpper('Ä'), unicode.IsLetter('ж'), unicode.IsDigit('٣'), unicode.IsSpace('\u00a0'),
		unicode.IsPunct('!'), string(unicode.ToUpper('ß')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('ǆ')))
	println(unicode.Is(unicode.Han, '世'), unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.SimpleFold('K'))

	// math/bits
	println(bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.OnesCount(255), bits.RotateLeft32(1, -1), bits.Reverse8(1), bits.Len(1023))
	hi, lo := bits.Mul64(1<<63, 6)
	q, rem := bits.Div64(1, 5, 7)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	println(hi, lo, q, rem, sum, carry, bits.ReverseBytes32(0x01020304))

	// container/list
	l := list.New()
	for i := 1; i <= 4; i++ {
		l.PushBack(i * i)
	}
	l.PushFront(0)
	l.MoveToBack(l.Front())
	l.Remove(l.Front().Next())
	for e := l.Front(); e != nil; e = e.Next() {
		print(e.Value.(int), " ")
	}
	println(l.Len())

	// container/ring
	rg := ring.New(5)
	for i := 0; i < rg.Len(); i++ {
		rg.Value = i
		rg = rg.Next()
	}
	total := 0
	rg.Do(func(p any) { total += p.(int) })
	rg.Unlink(2)
	println(total, rg.Len())

	// image/color
	c := color.RGBA{R: 255, G: 128, B: 0, A: 255}
	r32, g32, b32, a32 := c.RGBA()
	gray := color.GrayModel.Convert(c).(color.Gray)
	y, cb, cr := color.RGBToYCbCr(255, 128, 0)
	nr, ng, nb := color.YCbCrToRGB(y, cb, cr)
	println(r32, g32, b32, a32, gray.Y, y, cb, cr, nr, ng, nb)
	println(color.Palette{color.Black, color.White}.Index(color.Gray{200}))
}
