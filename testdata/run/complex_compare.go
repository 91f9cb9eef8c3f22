// Golden test: complex equality compares both parts; NaN parts make values
// unequal to themselves; +0 and -0 parts are equal; complex values as
// struct fields, array elements and interface values compare by value.
package main

type Z struct {
	c    complex128
	name string
}

func main() {
	a, b := 1+2i, complex(1, 2)
	println(a == b, a != b, a == 1+3i, a == 2+2i)
	zero := 0.0
	nan := zero / zero
	n := complex(nan, 0)
	println(n == n, n != n)
	n2 := complex(1, nan)
	println(n2 == n2)
	pz, nz := complex(zero, zero), complex(-zero, -zero)
	println(pz == nz)

	println(Z{1i, "x"} == Z{complex(0, 1), "x"}, Z{1i, "x"} == Z{1i, "y"})
	arr1, arr2 := [2]complex64{1, 2i}, [2]complex64{1, 2i}
	println(arr1 == arr2)
	arr2[1] = 2
	println(arr1 == arr2)

	var e1, e2 interface{} = 3 + 0i, complex(3, 0)
	println(e1 == e2)
	var e3 interface{} = complex64(3)
	println(e1 == e3) // different dynamic types

	switch c := 2i * 2i; c {
	case -4:
		println("2i*2i == -4")
	default:
		println("other", c)
	}
}
