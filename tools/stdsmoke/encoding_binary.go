// stdsmoke: encoding/binary
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Size    int64
	Vals    [3]float32
}

func main() {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	binary.BigEndian.PutUint16(b[4:], 0x1234)
	fmt.Printf("% x %x %x\n", b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint16(b[4:]))
	var buf bytes.Buffer
	h := header{0xcafebabe, 2, 7, -5, [3]float32{1.5, -2, 0.25}}
	fmt.Println(binary.Write(&buf, binary.BigEndian, h), buf.Len(), binary.Size(h))
	fmt.Printf("% x\n", buf.Bytes())
	var h2 header
	fmt.Println(binary.Read(&buf, binary.BigEndian, &h2), h2 == h)
	vb := make([]byte, binary.MaxVarintLen64)
	for _, v := range []int64{0, 1, -1, 300, -70000, 1 << 40} {
		n := binary.PutVarint(vb, v)
		x, m := binary.Varint(vb[:n])
		fmt.Print(n, " ", x, " ", m, "; ")
	}
	fmt.Println()
	n := binary.PutUvarint(vb, 1<<63)
	u, m := binary.Uvarint(vb[:n])
	fmt.Println(n, u, m, binary.AppendUvarint(nil, 150))
}
