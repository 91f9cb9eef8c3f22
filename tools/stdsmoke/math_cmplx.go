// stdsmoke: math/cmplx
package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	z := complex(3, 4)
	fmt.Println(cmplx.Abs(z), cmplx.Conj(z), cmplx.Phase(z))
	fmt.Printf("%.6f %.6f %.6f\n", cmplx.Sqrt(z), cmplx.Exp(z), cmplx.Log(z))
	fmt.Printf("%.6f %.6f %.6f\n", cmplx.Pow(z, 2), cmplx.Sin(z), cmplx.Sqrt(-1))
	r, th := cmplx.Polar(z)
	fmt.Printf("%.6f %.6f %.6f\n", r, th, cmplx.Rect(r, th))
	fmt.Println(cmplx.IsNaN(cmplx.NaN()), cmplx.Inf(), z*z/complex(1, 1))
}
