// Golden test (program): arbitrary-precision unsigned arithmetic on
// []uint32 limbs using uint64 intermediates: 100!, 2^500, and a few
// Fibonacci numbers, printed in decimal by repeated division.
package main

type nat []uint32 // little-endian limbs

func (x nat) mulSmall(m uint32) nat {
	var carry uint64
	for i := range x {
		t := uint64(x[i])*uint64(m) + carry
		x[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		x = append(x, uint32(carry))
	}
	return x
}

func add(x, y nat) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(nat, len(x), len(x)+1)
	var carry uint64
	for i := range x {
		t := uint64(x[i]) + carry
		if i < len(y) {
			t += uint64(y[i])
		}
		z[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		z = append(z, uint32(carry))
	}
	return z
}

// divSmall divides x by d in place and returns the remainder.
func (x nat) divSmall(d uint32) (nat, uint32) {
	var rem uint64
	for i := len(x) - 1; i >= 0; i-- {
		t := rem<<32 | uint64(x[i])
		x[i] = uint32(t / uint64(d))
		rem = t % uint64(d)
	}
	for len(x) > 0 && x[len(x)-1] == 0 {
		x = x[:len(x)-1]
	}
	return x, uint32(rem)
}

func (x nat) String() string {
	if len(x) == 0 {
		return "0"
	}
	y := append(nat(nil), x...)
	var digits []byte
	for len(y) > 0 {
		var r uint32
		y, r = y.divSmall(1000000000)
		for k := 0; k < 9; k++ {
			digits = append(digits, byte('0'+r%10))
			r /= 10
		}
	}
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	for i, j := 0, len(digits)-1; i < j; i, j = i+1, j-1 {
		digits[i], digits[j] = digits[j], digits[i]
	}
	return string(digits)
}

func main() {
	f := nat{1}
	for i := uint32(2); i <= 100; i++ {
		f = f.mulSmall(i)
	}
	s := f.String()
	println("100! =", s)
	println("digits:", len(s), "limbs:", len(f))
	p := nat{1}
	for i := 0; i < 500; i++ {
		p = p.mulSmall(2)
	}
	println("2^500 =", p.String())
	a, b := nat{0}, nat{1}
	for i := 1; i <= 300; i++ {
		a, b = b, add(a, b)
		if i%100 == 0 {
			println("fib", i, "=", a.String())
		}
	}
}
