// stdsmoke: image image/color image/png image/draw
package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/png"
)

func main() {
	img := image.NewRGBA(image.Rect(0, 0, 16, 8))
	for y := 0; y < 8; y++ {
		for x := 0; x < 16; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 16), uint8(y * 32), 128, 255})
		}
	}
	draw.Draw(img, image.Rect(4, 2, 8, 6), &image.Uniform{color.White}, image.Point{}, draw.Src)
	var buf bytes.Buffer
	fmt.Println(png.Encode(&buf, img), buf.Len(), crc32.ChecksumIEEE(buf.Bytes()))
	m, format, err := image.Decode(bytes.NewReader(buf.Bytes()))
	fmt.Println(format, err, m.Bounds(), m.At(5, 3), m.At(15, 7))
	g := image.NewGray(image.Rect(0, 0, 4, 4))
	g.SetGray(1, 1, color.Gray{200})
	r, gg, b, a := color.NRGBA{255, 0, 0, 128}.RGBA()
	fmt.Println(g.At(1, 1), r, gg, b, a, color.GrayModel.Convert(color.RGBA{100, 150, 200, 255}))
	cfg, _, err := image.DecodeConfig(bytes.NewReader(buf.Bytes()))
	fmt.Println(cfg.Width, cfg.Height, err)
}
