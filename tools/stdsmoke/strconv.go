// stdsmoke: strconv
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-123), strconv.FormatInt(255, 16), strconv.FormatUint(1<<63, 2))
	n, err := strconv.Atoi("456")
	fmt.Println(n, err)
	_, err = strconv.Atoi("4x")
	fmt.Println(err)
	i, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(i, err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	u, err := strconv.ParseUint("777", 8, 32)
	fmt.Println(u, err)
	for _, s := range []string{"3.14159", "1e100", "-0", "inf", "NaN", "0x1p-2", "1.7976931348623157e308", "5e-324"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	for _, f := range []float64{0.1, 1.0 / 3, 1e21, 123456789, 2.5e-8} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 4, 32))
	}
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err, strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hi\n\"there\"\x00é"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.IsPrint('\u00ad'))
}
