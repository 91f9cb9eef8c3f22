package main

import (
	"math"
	"math/cmplx"
)

func show(name string, x float64) {
	println(name, math.Float64bits(x))
}

func main() {
	xs := []float64{0, 0.5, -1.25, 3, 10.75, 1e-300, 1e300, math.Inf(1), math.NaN(), -0.0}
	for _, x := range xs {
		show("sqrt", math.Sqrt(x))
		show("floor", math.Floor(x))
		show("ceil", math.Ceil(x))
		show("trunc", math.Trunc(x))
		show("round", math.Round(x))
		show("even", math.RoundToEven(x))
		show("exp", math.Exp(x))
		show("exp2", math.Exp2(x))
		show("expm1", math.Expm1(x))
		show("log", math.Log(x))
		show("log2", math.Log2(x))
		show("log10", math.Log10(x))
		show("log1p", math.Log1p(x))
		show("sin", math.Sin(x))
		show("cos", math.Cos(x))
		show("tan", math.Tan(x))
		show("atan", math.Atan(x))
		show("sinh", math.Sinh(x))
		show("tanh", math.Tanh(x))
		show("asinh", math.Asinh(x))
		show("cbrt", math.Cbrt(x))
		show("erf", math.Erf(x))
		show("gamma", math.Gamma(x))
		show("j0", math.J0(x))
		show("atan2", math.Atan2(x, -2))
		show("hypot", math.Hypot(x, 3))
		show("mod", math.Mod(x, 0.75))
		show("rem", math.Remainder(x, 0.75))
		show("max", math.Max(x, 1))
		show("min", math.Min(x, 1))
		show("dim", math.Dim(x, 1))
		show("fma", math.FMA(x, 3, 0.1))
		fr, ex := math.Frexp(x)
		show("frexp", fr)
		println(ex)
		ip, fp := math.Modf(x)
		show("modf", ip+fp)
		lg, sign := math.Lgamma(x)
		show("lgamma", lg)
		println(sign, math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.Ilogb(x))
		show("nextafter", math.Nextafter(x, 100))
		show("ldexp", math.Ldexp(x, 7))
	}
	println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxInt8, math.MinInt64, math.MaxUint32)
	println(math.Float32bits(float32(math.Pi)), math.Float32frombits(0x40490fdb))
}

func init() {
	z := complex(3, 4)
	println(cmplx.Abs(z), cmplx.Conj(z), cmplx.Phase(-1), cmplx.Sqrt(-4), cmplx.IsNaN(cmplx.NaN()), cmplx.Inf())
	r, th := cmplx.Polar(z)
	println(math.Float64bits(r), math.Float64bits(th))
}
