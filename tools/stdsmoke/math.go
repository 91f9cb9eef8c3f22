// stdsmoke: math
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 0.5, 1, 2, 10, -3.7, 1e-10, 123.456}
	for _, x := range xs {
		fmt.Printf("%.6g %.6g %.6g %.6g %.6g %.6g %.6g\n", math.Sqrt(math.Abs(x)), math.Exp(x/10), math.Log1p(math.Abs(x)), math.Sin(x), math.Cos(x), math.Atan2(x, 2), math.Pow(math.Abs(x), 1.5))
		fmt.Println(math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x+0.5), math.Mod(x, 3))
	}
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi, math.E, math.SmallestNonzeroFloat64)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Log2(1024), math.Log10(0.001), math.Max(3, math.NaN()), math.Min(-0.0, 0))
	fr, ex := math.Frexp(10)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), math.Float64bits(1.5), math.Float32frombits(0x40490fdb))
	ip, fp := math.Modf(-2.75)
	fmt.Println(ip, fp, math.Signbit(-0.0), math.Copysign(3, -1), math.Gamma(5), math.Erf(0.5))
	fmt.Println(math.Tanh(0.5), math.Asin(0.5), math.Acos(0.5), math.Sinh(1), math.Expm1(1e-5), math.Nextafter(1, 2))
}
