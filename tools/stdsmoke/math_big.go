// stdsmoke: math/big
package main

import (
	"fmt"
	"math/big"
)

func main() {
	a, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	b := new(big.Int).Exp(big.NewInt(3), big.NewInt(200), nil)
	fmt.Println(new(big.Int).Mul(a, b))
	q, m := new(big.Int).DivMod(b, a, new(big.Int))
	fmt.Println(q, m)
	fmt.Println(new(big.Int).Lsh(a, 77), new(big.Int).Rsh(b, 33), new(big.Int).Sub(a, b))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462)), b.BitLen(), a.Text(16), a.Cmp(b))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), big.NewInt(1000003).ProbablyPrime(10))
	f := new(big.Int).MulRange(1, 50)
	fmt.Println(f, new(big.Int).Sqrt(f))
	r := big.NewRat(355, 113)
	fmt.Println(r, r.FloatString(20), new(big.Rat).Add(r, big.NewRat(1, 3)))
	x := new(big.Float).SetPrec(200).SetInt64(2)
	fmt.Println(new(big.Float).SetPrec(200).Sqrt(x).Text('g', 50))
	y, _ := new(big.Float).SetString("1.5e100")
	fmt.Println(y, y.Prec())
	var fib [2]*big.Int
	fib[0], fib[1] = big.NewInt(0), big.NewInt(1)
	for i := 0; i < 300; i++ {
		fib[0].Add(fib[0], fib[1])
		fib[0], fib[1] = fib[1], fib[0]
	}
	fmt.Println(fib[0])
	fmt.Printf("%x %08d %s\n", big.NewInt(255), big.NewInt(42), big.NewInt(-7).String())
}
