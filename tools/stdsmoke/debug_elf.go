// stdsmoke: debug/elf
package main

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"fmt"
)

// A minimal ELF64 header built by hand: no sections, no program headers.
func main() {
	var b bytes.Buffer
	b.Write([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0})
	b.Write(make([]byte, 8))
	hdr := struct {
		Type, Machine uint16
		Version       uint32
		Entry, Phoff  uint64
		Shoff         uint64
		Flags         uint32
		Ehsize        uint16
		Phentsize     uint16
		Phnum         uint16
		Shentsize     uint16
		Shnum         uint16
		Shstrndx      uint16
	}{Type: uint16(elf.ET_EXEC), Machine: uint16(elf.EM_X86_64), Version: 1, Entry: 0x401000, Ehsize: 64, Phentsize: 56, Shentsize: 64}
	binary.Write(&b, binary.LittleEndian, hdr)
	f, err := elf.NewFile(bytes.NewReader(b.Bytes()))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Class, f.Data, f.OSABI, f.Type, f.Machine, f.Entry, len(f.Sections), len(f.Progs))
	_, err = f.Symbols()
	fmt.Println(err, elf.SHT_PROGBITS, elf.PT_LOAD, elf.R_X86_64_PC32)
	_, err = elf.NewFile(bytes.NewReader([]byte("not an elf file at all, too short")))
	fmt.Println(err)
}
