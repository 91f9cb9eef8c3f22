// stdsmoke: math/rand
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int63(), r.Int31n(100), r.Intn(1000), r.Uint32(), r.Uint64())
	fmt.Printf("%.10f %.10f %.10f\n", r.Float64(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	rand.Seed(7)
	fmt.Println(rand.Intn(1<<30), rand.Int63n(1e12))
	buf := make([]byte, 8)
	r.Read(buf)
	fmt.Println(buf)
	z := rand.NewZipf(rand.New(rand.NewSource(1)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
}
