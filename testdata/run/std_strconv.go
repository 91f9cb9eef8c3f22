// Golden test: package strconv compiled from Go's source: integer and float
// formatting and parsing (shortest, fixed, exponent forms, Eisel-Lemire and
// the slow path), quoting, errors (*NumError through errors.Is).
package main

import (
	"errors"
	"math"
	"strconv"
)

func pf(s string, bits int) {
	f, err := strconv.ParseFloat(s, bits)
	if err != nil {
		println("ParseFloat", s, bits, "->", err.Error(), errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		return
	}
	println("ParseFloat", s, bits, "->", strconv.FormatFloat(f, 'g', -1, bits))
}

func pi(s string, base, bits int) {
	i, err := strconv.ParseInt(s, base, bits)
	if err != nil {
		println("ParseInt", s, base, bits, "->", i, err.Error())
		return
	}
	println("ParseInt", s, base, bits, "->", i)
}

func pu(s string, base, bits int) {
	u, err := strconv.ParseUint(s, base, bits)
	if err != nil {
		println("ParseUint", s, base, bits, "->", u, err.Error())
		return
	}
	println("ParseUint", s, base, bits, "->", u)
}

func main() {
	println(strconv.Itoa(0), strconv.Itoa(-123456789), strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64))
	for _, base := range []int{2, 8, 10, 16, 36} {
		println(base, strconv.FormatInt(-1234567, base), strconv.FormatUint(math.MaxUint64, base))
	}
	println(string(strconv.AppendInt([]byte("n="), 42, 10)), string(strconv.AppendBool(nil, true)), strconv.FormatBool(false))

	floats := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 1e21, 1e-7, 123456789.125, math.Pi, math.E, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 5e-324, 1.7976931348623157e308, math.Inf(1), math.Inf(-1), math.NaN(), -0.0, 100, 1e100, 0.000001234}
	for _, f := range floats {
		println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 4, 64),
			strconv.FormatFloat(f, 'G', 5, 64), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64))
	}
	for _, f := range []float32{0.1, 1.0 / 3, 16777216, 3.4028235e38, 1e-45} {
		println(strconv.FormatFloat(float64(f), 'g', -1, 32), strconv.FormatFloat(float64(f), 'e', -1, 32))
	}
	println(strconv.FormatFloat(1234.5678, 'f', 0, 64), strconv.FormatFloat(0.5, 'f', 0, 64), strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64))
	println(strconv.FormatFloat(123456789, 'e', 20, 64), strconv.FormatFloat(1e23, 'f', -1, 64), strconv.FormatFloat(1e23, 'e', 30, 64))

	for _, s := range []string{"0", "1", "-1.5", "3.14159265358979323846", "1e308", "1e309", "-1e309", "2.2250738585072011e-308",
		"4.9e-324", "2e-324", "0x1.8p1", "0x1p-1074", "inf", "-Infinity", "NaN", "1_000.5", "1__0", ".5", "5.", "abc", "",
		"123456789012345678901234567890", "0.1e-5", "1.00000000000000011102230246251565404236316680908203125",
		"9007199254740993", "7.038531e-26"} {
		pf(s, 64)
	}
	pf("3.4028236e38", 32)
	pf("1e-46", 32)
	pf("0.1", 32)

	pi("123", 10, 64)
	pi("-9223372036854775808", 10, 64)
	pi("9223372036854775808", 10, 64)
	pi("0x7f", 0, 8)
	pi("0x80", 0, 8)
	pi("-0b1010", 0, 64)
	pi("0o17", 0, 64)
	pi("017", 0, 64)
	pi("1_000_000", 0, 64)
	pi("zz", 36, 64)
	pi("12a", 10, 64)
	pi("", 10, 64)
	pu("18446744073709551615", 10, 64)
	pu("18446744073709551616", 10, 64)
	pu("-1", 10, 64)
	pu("ffff", 16, 16)
	pu("10000", 16, 16)

	n, err := strconv.Atoi("-42")
	println(n, err == nil)
	_, err = strconv.Atoi("4x2")
	ne := err.(*strconv.NumError)
	println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, err.Error())
	b, err := strconv.ParseBool("TRUE")
	println(b, err == nil)
	_, err = strconv.ParseBool("yes")
	println(err.Error())

	for _, s := range []string{"hello", "tab\there", "quote\"d", "nl\n", "é日本", "\x00\x7f\xff", "\u2028", "back\\slash"} {
		println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\n'), strconv.QuoteRune(0x10ffff+1))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u65e5本\U0001F600"`, `"bad`, `'ab'`, `"\x41\101"`} {
		u, err := strconv.Unquote(s)
		if err != nil {
			println("Unquote", s, "->", err.Error())
		} else {
			println("Unquote", s, "->", u)
		}
	}
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	println(r, mb, tail, err == nil)
	println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u3000'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ok"))
	c, err := strconv.ParseComplex("(1+2i)", 128)
	println(real(c), imag(c), err == nil, strconv.FormatComplex(complex(1.5, -2), 'f', 1, 128))
}
