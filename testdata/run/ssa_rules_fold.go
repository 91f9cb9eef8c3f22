// Code generated for the opt pass's rules (ssa/rules/generic.rules): constant
// folding of every integer op at every width, on boundary values. Locals
// assigned constants are constants in SSA, so each expression folds.
package main

func fold_int8() {
	{
		a, b := int8(-128), int8(-128)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(-128), int8(-1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(-128), int8(0)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int8(-128), int8(1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(-128), int8(7)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(-128), int8(127)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(-1), int8(-128)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(-1), int8(-1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(-1), int8(0)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int8(-1), int8(1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(-1), int8(7)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(-1), int8(127)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(0), int8(-128)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(0), int8(-1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(0), int8(0)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int8(0), int8(1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(0), int8(7)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(0), int8(127)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(1), int8(-128)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(1), int8(-1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(1), int8(0)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int8(1), int8(1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(1), int8(7)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(1), int8(127)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(7), int8(-128)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(7), int8(-1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(7), int8(0)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int8(7), int8(1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(7), int8(7)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(7), int8(127)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(127), int8(-128)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(127), int8(-1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(127), int8(0)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int8(127), int8(1)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(127), int8(7)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int8(127), int8(127)
		println("int8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a := int8(-128)
		println("int8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int8(-128)
		println("int8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int8(-128)
		println("int8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int8(-128)
		println("int8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int8(-1)
		println("int8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int8(-1)
		println("int8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int8(-1)
		println("int8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int8(-1)
		println("int8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int8(0)
		println("int8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int8(0)
		println("int8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int8(0)
		println("int8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int8(0)
		println("int8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int8(1)
		println("int8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int8(1)
		println("int8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int8(1)
		println("int8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int8(1)
		println("int8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int8(7)
		println("int8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int8(7)
		println("int8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int8(7)
		println("int8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int8(7)
		println("int8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int8(127)
		println("int8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int8(127)
		println("int8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int8(127)
		println("int8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int8(127)
		println("int8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int8(-128)
		println("int8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int8(-1)
		println("int8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int8(0)
		println("int8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int8(1)
		println("int8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int8(7)
		println("int8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int8(127)
		println("int8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
}

func fold_int16() {
	{
		a, b := int16(-32768), int16(-32768)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-32768), int16(-129)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-32768), int16(-1)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-32768), int16(0)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int16(-32768), int16(3)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-32768), int16(255)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-32768), int16(32767)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-129), int16(-32768)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-129), int16(-129)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-129), int16(-1)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-129), int16(0)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int16(-129), int16(3)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-129), int16(255)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-129), int16(32767)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-1), int16(-32768)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-1), int16(-129)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-1), int16(-1)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-1), int16(0)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int16(-1), int16(3)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-1), int16(255)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(-1), int16(32767)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(0), int16(-32768)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(0), int16(-129)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(0), int16(-1)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(0), int16(0)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int16(0), int16(3)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(0), int16(255)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(0), int16(32767)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(3), int16(-32768)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(3), int16(-129)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(3), int16(-1)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(3), int16(0)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int16(3), int16(3)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(3), int16(255)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(3), int16(32767)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(255), int16(-32768)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(255), int16(-129)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(255), int16(-1)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(255), int16(0)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int16(255), int16(3)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(255), int16(255)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(255), int16(32767)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(32767), int16(-32768)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(32767), int16(-129)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(32767), int16(-1)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(32767), int16(0)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int16(32767), int16(3)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(32767), int16(255)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int16(32767), int16(32767)
		println("int16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a := int16(-32768)
		println("int16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int16(-32768)
		println("int16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int16(-32768)
		println("int16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int16(-32768)
		println("int16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int16(-129)
		println("int16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int16(-129)
		println("int16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int16(-129)
		println("int16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int16(-129)
		println("int16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int16(-1)
		println("int16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int16(-1)
		println("int16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int16(-1)
		println("int16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int16(-1)
		println("int16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int16(0)
		println("int16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int16(0)
		println("int16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int16(0)
		println("int16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int16(0)
		println("int16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int16(3)
		println("int16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int16(3)
		println("int16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int16(3)
		println("int16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int16(3)
		println("int16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int16(255)
		println("int16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int16(255)
		println("int16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int16(255)
		println("int16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int16(255)
		println("int16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int16(32767)
		println("int16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int16(32767)
		println("int16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int16(32767)
		println("int16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int16(32767)
		println("int16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int16(-32768)
		println("int16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int16(-129)
		println("int16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int16(-1)
		println("int16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int16(0)
		println("int16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int16(3)
		println("int16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int16(255)
		println("int16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int16(32767)
		println("int16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
}

func fold_int32() {
	{
		a, b := int32(-2147483648), int32(-2147483648)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-2147483648), int32(-65536)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-2147483648), int32(-1)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-2147483648), int32(0)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int32(-2147483648), int32(5)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-2147483648), int32(2147483647)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-65536), int32(-2147483648)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-65536), int32(-65536)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-65536), int32(-1)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-65536), int32(0)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int32(-65536), int32(5)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-65536), int32(2147483647)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-1), int32(-2147483648)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-1), int32(-65536)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-1), int32(-1)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-1), int32(0)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int32(-1), int32(5)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(-1), int32(2147483647)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(0), int32(-2147483648)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(0), int32(-65536)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(0), int32(-1)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(0), int32(0)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int32(0), int32(5)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(0), int32(2147483647)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(5), int32(-2147483648)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(5), int32(-65536)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(5), int32(-1)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(5), int32(0)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int32(5), int32(5)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(5), int32(2147483647)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(2147483647), int32(-2147483648)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(2147483647), int32(-65536)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(2147483647), int32(-1)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(2147483647), int32(0)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int32(2147483647), int32(5)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int32(2147483647), int32(2147483647)
		println("int32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a := int32(-2147483648)
		println("int32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int32(-2147483648)
		println("int32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int32(-2147483648)
		println("int32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int32(-2147483648)
		println("int32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int32(-65536)
		println("int32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int32(-65536)
		println("int32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int32(-65536)
		println("int32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int32(-65536)
		println("int32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int32(-1)
		println("int32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int32(-1)
		println("int32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int32(-1)
		println("int32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int32(-1)
		println("int32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int32(0)
		println("int32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int32(0)
		println("int32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int32(0)
		println("int32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int32(0)
		println("int32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int32(5)
		println("int32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int32(5)
		println("int32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int32(5)
		println("int32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int32(5)
		println("int32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int32(2147483647)
		println("int32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int32(2147483647)
		println("int32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int32(2147483647)
		println("int32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int32(2147483647)
		println("int32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int32(-2147483648)
		println("int32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int32(-65536)
		println("int32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int32(-1)
		println("int32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int32(0)
		println("int32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int32(5)
		println("int32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int32(2147483647)
		println("int32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
}

func fold_int64() {
	{
		a, b := int64(-9223372036854775808), int64(-9223372036854775808)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-9223372036854775808), int64(-4294967296)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-9223372036854775808), int64(-1)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-9223372036854775808), int64(0)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int64(-9223372036854775808), int64(9)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-9223372036854775808), int64(9223372036854775807)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-4294967296), int64(-9223372036854775808)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-4294967296), int64(-4294967296)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-4294967296), int64(-1)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-4294967296), int64(0)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int64(-4294967296), int64(9)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-4294967296), int64(9223372036854775807)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-1), int64(-9223372036854775808)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-1), int64(-4294967296)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-1), int64(-1)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-1), int64(0)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int64(-1), int64(9)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(-1), int64(9223372036854775807)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(0), int64(-9223372036854775808)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(0), int64(-4294967296)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(0), int64(-1)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(0), int64(0)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int64(0), int64(9)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(0), int64(9223372036854775807)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(9), int64(-9223372036854775808)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(9), int64(-4294967296)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(9), int64(-1)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(9), int64(0)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int64(9), int64(9)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(9), int64(9223372036854775807)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(9223372036854775807), int64(-9223372036854775808)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(9223372036854775807), int64(-4294967296)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(9223372036854775807), int64(-1)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(9223372036854775807), int64(0)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := int64(9223372036854775807), int64(9)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := int64(9223372036854775807), int64(9223372036854775807)
		println("int64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a := int64(-9223372036854775808)
		println("int64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int64(-9223372036854775808)
		println("int64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int64(-9223372036854775808)
		println("int64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int64(-9223372036854775808)
		println("int64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int64(-4294967296)
		println("int64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int64(-4294967296)
		println("int64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int64(-4294967296)
		println("int64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int64(-4294967296)
		println("int64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int64(-1)
		println("int64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int64(-1)
		println("int64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int64(-1)
		println("int64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int64(-1)
		println("int64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int64(0)
		println("int64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int64(0)
		println("int64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int64(0)
		println("int64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int64(0)
		println("int64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int64(9)
		println("int64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int64(9)
		println("int64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int64(9)
		println("int64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int64(9)
		println("int64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int64(9223372036854775807)
		println("int64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := int64(9223372036854775807)
		println("int64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := int64(9223372036854775807)
		println("int64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := int64(9223372036854775807)
		println("int64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := int64(-9223372036854775808)
		println("int64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int64(-4294967296)
		println("int64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int64(-1)
		println("int64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int64(0)
		println("int64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int64(9)
		println("int64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := int64(9223372036854775807)
		println("int64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
}

func fold_uint8() {
	{
		a, b := uint8(0), uint8(0)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint8(0), uint8(1)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(0), uint8(7)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(0), uint8(128)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(0), uint8(255)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(1), uint8(0)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint8(1), uint8(1)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(1), uint8(7)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(1), uint8(128)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(1), uint8(255)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(7), uint8(0)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint8(7), uint8(1)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(7), uint8(7)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(7), uint8(128)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(7), uint8(255)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(128), uint8(0)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint8(128), uint8(1)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(128), uint8(7)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(128), uint8(128)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(128), uint8(255)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(255), uint8(0)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint8(255), uint8(1)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(255), uint8(7)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(255), uint8(128)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint8(255), uint8(255)
		println("uint8", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a := uint8(0)
		println("uint8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint8(0)
		println("uint8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint8(0)
		println("uint8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint8(0)
		println("uint8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint8(1)
		println("uint8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint8(1)
		println("uint8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint8(1)
		println("uint8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint8(1)
		println("uint8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint8(7)
		println("uint8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint8(7)
		println("uint8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint8(7)
		println("uint8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint8(7)
		println("uint8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint8(128)
		println("uint8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint8(128)
		println("uint8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint8(128)
		println("uint8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint8(128)
		println("uint8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint8(255)
		println("uint8 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint8(255)
		println("uint8 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint8(255)
		println("uint8 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint8(255)
		println("uint8 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint8(0)
		println("uint8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint8(1)
		println("uint8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint8(7)
		println("uint8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint8(128)
		println("uint8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint8(255)
		println("uint8 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
}

func fold_uint16() {
	{
		a, b := uint16(0), uint16(0)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint16(0), uint16(1)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(0), uint16(255)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(0), uint16(32768)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(0), uint16(65535)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(1), uint16(0)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint16(1), uint16(1)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(1), uint16(255)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(1), uint16(32768)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(1), uint16(65535)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(255), uint16(0)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint16(255), uint16(1)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(255), uint16(255)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(255), uint16(32768)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(255), uint16(65535)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(32768), uint16(0)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint16(32768), uint16(1)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(32768), uint16(255)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(32768), uint16(32768)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(32768), uint16(65535)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(65535), uint16(0)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint16(65535), uint16(1)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(65535), uint16(255)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(65535), uint16(32768)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint16(65535), uint16(65535)
		println("uint16", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a := uint16(0)
		println("uint16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint16(0)
		println("uint16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint16(0)
		println("uint16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint16(0)
		println("uint16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint16(1)
		println("uint16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint16(1)
		println("uint16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint16(1)
		println("uint16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint16(1)
		println("uint16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint16(255)
		println("uint16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint16(255)
		println("uint16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint16(255)
		println("uint16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint16(255)
		println("uint16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint16(32768)
		println("uint16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint16(32768)
		println("uint16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint16(32768)
		println("uint16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint16(32768)
		println("uint16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint16(65535)
		println("uint16 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint16(65535)
		println("uint16 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint16(65535)
		println("uint16 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint16(65535)
		println("uint16 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint16(0)
		println("uint16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint16(1)
		println("uint16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint16(255)
		println("uint16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint16(32768)
		println("uint16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint16(65535)
		println("uint16 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
}

func fold_uint32() {
	{
		a, b := uint32(0), uint32(0)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint32(0), uint32(1)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(0), uint32(65535)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(0), uint32(2147483648)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(0), uint32(4294967295)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(1), uint32(0)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint32(1), uint32(1)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(1), uint32(65535)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(1), uint32(2147483648)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(1), uint32(4294967295)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(65535), uint32(0)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint32(65535), uint32(1)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(65535), uint32(65535)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(65535), uint32(2147483648)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(65535), uint32(4294967295)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(2147483648), uint32(0)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint32(2147483648), uint32(1)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(2147483648), uint32(65535)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(2147483648), uint32(2147483648)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(2147483648), uint32(4294967295)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(4294967295), uint32(0)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint32(4294967295), uint32(1)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(4294967295), uint32(65535)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(4294967295), uint32(2147483648)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint32(4294967295), uint32(4294967295)
		println("uint32", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a := uint32(0)
		println("uint32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint32(0)
		println("uint32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint32(0)
		println("uint32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint32(0)
		println("uint32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint32(1)
		println("uint32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint32(1)
		println("uint32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint32(1)
		println("uint32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint32(1)
		println("uint32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint32(65535)
		println("uint32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint32(65535)
		println("uint32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint32(65535)
		println("uint32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint32(65535)
		println("uint32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint32(2147483648)
		println("uint32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint32(2147483648)
		println("uint32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint32(2147483648)
		println("uint32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint32(2147483648)
		println("uint32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint32(4294967295)
		println("uint32 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint32(4294967295)
		println("uint32 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint32(4294967295)
		println("uint32 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint32(4294967295)
		println("uint32 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint32(0)
		println("uint32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint32(1)
		println("uint32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint32(65535)
		println("uint32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint32(2147483648)
		println("uint32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint32(4294967295)
		println("uint32 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
}

func fold_uint64() {
	{
		a, b := uint64(0), uint64(0)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint64(0), uint64(1)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(0), uint64(4294967295)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(0), uint64(9223372036854775808)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(0), uint64(18446744073709551615)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(1), uint64(0)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint64(1), uint64(1)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(1), uint64(4294967295)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(1), uint64(9223372036854775808)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(1), uint64(18446744073709551615)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(4294967295), uint64(0)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint64(4294967295), uint64(1)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(4294967295), uint64(4294967295)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(4294967295), uint64(9223372036854775808)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(4294967295), uint64(18446744073709551615)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(9223372036854775808), uint64(0)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint64(9223372036854775808), uint64(1)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(9223372036854775808), uint64(4294967295)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(9223372036854775808), uint64(9223372036854775808)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(9223372036854775808), uint64(18446744073709551615)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(18446744073709551615), uint64(0)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	{
		a, b := uint64(18446744073709551615), uint64(1)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(18446744073709551615), uint64(4294967295)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(18446744073709551615), uint64(9223372036854775808)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a, b := uint64(18446744073709551615), uint64(18446744073709551615)
		println("uint64", a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, a == b, a != b, a < b, a <= b, a > b, a >= b, a / b, a % b)
	}
	{
		a := uint64(0)
		println("uint64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint64(0)
		println("uint64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint64(0)
		println("uint64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint64(0)
		println("uint64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint64(1)
		println("uint64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint64(1)
		println("uint64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint64(1)
		println("uint64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint64(1)
		println("uint64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint64(4294967295)
		println("uint64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint64(4294967295)
		println("uint64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint64(4294967295)
		println("uint64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint64(4294967295)
		println("uint64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint64(9223372036854775808)
		println("uint64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint64(9223372036854775808)
		println("uint64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint64(9223372036854775808)
		println("uint64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint64(9223372036854775808)
		println("uint64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint64(18446744073709551615)
		println("uint64 shift uint8", a, a << uint8(0), a >> uint8(0), a << uint8(1), a >> uint8(1), a << uint8(7), a >> uint8(7), a << uint8(8), a >> uint8(8), a << uint8(31), a >> uint8(31), a << uint8(63), a >> uint8(63), a << uint8(64), a >> uint8(64), a << uint8(255), a >> uint8(255))
	}
	{
		a := uint64(18446744073709551615)
		println("uint64 shift uint16", a, a << uint16(0), a >> uint16(0), a << uint16(15), a >> uint16(15), a << uint16(16), a >> uint16(16), a << uint16(257), a >> uint16(257))
	}
	{
		a := uint64(18446744073709551615)
		println("uint64 shift uint32", a, a << uint32(0), a >> uint32(0), a << uint32(31), a >> uint32(31), a << uint32(32), a >> uint32(32), a << uint32(65536), a >> uint32(65536))
	}
	{
		a := uint64(18446744073709551615)
		println("uint64 shift uint64", a, a << uint64(0), a >> uint64(0), a << uint64(1), a >> uint64(1), a << uint64(63), a >> uint64(63), a << uint64(64), a >> uint64(64), a << uint64(4294967297), a >> uint64(4294967297))
	}
	{
		a := uint64(0)
		println("uint64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint64(1)
		println("uint64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint64(4294967295)
		println("uint64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint64(9223372036854775808)
		println("uint64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
	{
		a := uint64(18446744073709551615)
		println("uint64 conv", a, int8(a), int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	}
}

func divzero(name string, f func()) {
	defer func() { println(name, recover().(error).Error()) }()
	f()
}

func main() {
	fold_int8()
	fold_int16()
	fold_int32()
	fold_int64()
	fold_uint8()
	fold_uint16()
	fold_uint32()
	fold_uint64()
	divzero("int8 div", func() { a, b := int8(7), int8(0); println(a / b) })
	divzero("int8 mod", func() { a, b := int8(7), int8(0); println(a % b) })
	divzero("int16 div", func() { a, b := int16(7), int16(0); println(a / b) })
	divzero("int16 mod", func() { a, b := int16(7), int16(0); println(a % b) })
	divzero("int32 div", func() { a, b := int32(7), int32(0); println(a / b) })
	divzero("int32 mod", func() { a, b := int32(7), int32(0); println(a % b) })
	divzero("int64 div", func() { a, b := int64(7), int64(0); println(a / b) })
	divzero("int64 mod", func() { a, b := int64(7), int64(0); println(a % b) })
	divzero("uint8 div", func() { a, b := uint8(7), uint8(0); println(a / b) })
	divzero("uint8 mod", func() { a, b := uint8(7), uint8(0); println(a % b) })
	divzero("uint16 div", func() { a, b := uint16(7), uint16(0); println(a / b) })
	divzero("uint16 mod", func() { a, b := uint16(7), uint16(0); println(a % b) })
	divzero("uint32 div", func() { a, b := uint32(7), uint32(0); println(a / b) })
	divzero("uint32 mod", func() { a, b := uint32(7), uint32(0); println(a % b) })
	divzero("uint64 div", func() { a, b := uint64(7), uint64(0); println(a / b) })
	divzero("uint64 mod", func() { a, b := uint64(7), uint64(0); println(a % b) })
}
