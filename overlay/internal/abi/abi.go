// goc's internal/abi: the description of the calling convention that
// package reflect builds call frames for.  gc's says Go passes arguments in
// 9 integer and 15 floating-point registers (ABIInternal); goc's functions
// use LLVM's C convention instead, which reflect cannot lay out, so goc
// tells reflect there are no argument registers: reflect then lays every
// argument and result out in memory in ABI0 order, and goc's reflect.call
// (runtime/reflect.c) moves them through a per-signature thunk that the
// compiler generates next to each func type descriptor.

package abi

import "unsafe"

const (
	// IntArgRegs and FloatArgRegs are 0: arguments travel in memory.
	IntArgRegs            = 0
	FloatArgRegs          = 0
	EffectiveFloatRegSize = 0
)

// RegArgs holds the register arguments of a call made through reflect;
// with no argument registers it is empty.
type RegArgs struct {
	Ints        [IntArgRegs]uintptr
	Floats      [FloatArgRegs]uint64
	Ptrs        [IntArgRegs]unsafe.Pointer
	ReturnIsPtr IntArgRegBitmap
}

// Dump prints the registers (none).
func (r *RegArgs) Dump() {
	println("Ints: Floats: Ptrs:")
}

// IntRegArgAddr would return the address of an integer register's slot.
func (r *RegArgs) IntRegArgAddr(reg int, argSize uintptr) unsafe.Pointer {
	panic("internal/abi: goc passes no arguments in registers")
}

// IntArgRegBitmap is a bitmap over the integer argument registers.
type IntArgRegBitmap [(IntArgRegs + 7) / 8]uint8

// Set sets bit i.
func (b *IntArgRegBitmap) Set(i int) {
	b[i/8] |= uint8(1) << (i % 8)
}

// Get reports bit i.
func (b *IntArgRegBitmap) Get(i int) bool {
	return b[i/8]&(uint8(1)<<(i%8)) != 0
}

// FuncPCABI0 returns the code address of the function f (a func value).
// goc has one calling convention: both functions return the code word of
// f's closure object (runtime/reflect.c).
func FuncPCABI0(f any) uintptr

// FuncPCABIInternal is FuncPCABI0.
func FuncPCABIInternal(f any) uintptr
