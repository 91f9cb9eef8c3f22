// stdsmoke: image/jpeg image/color/palette
package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/color/palette"
	"image/jpeg"
)

func main() {
	img := image.NewRGBA(image.Rect(0, 0, 24, 16))
	for y := 0; y < 16; y++ {
		for x := 0; x < 24; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 10), uint8(y * 15), uint8((x + y) * 5), 255})
		}
	}
	var buf bytes.Buffer
	fmt.Println(jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}), buf.Len(), crc32.ChecksumIEEE(buf.Bytes()))
	m, err := jpeg.Decode(&buf)
	fmt.Println(err, m.Bounds(), m.At(3, 4), m.At(20, 10))
	fmt.Println(len(palette.Plan9), len(palette.WebSafe), color.Palette(palette.WebSafe).Index(color.RGBA{0x30, 0x60, 0x90, 0xff}))
}
