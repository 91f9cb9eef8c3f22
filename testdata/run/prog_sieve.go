// Golden test (program): the sieve of Eratosthenes up to 2,000,000 over a
// []bool, plus a segmented count and a twin-prime count.
package main

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func main() {
	const n = 2000000
	c := sieve(n)
	count, sum, twins := 0, 0, 0
	last := 0
	for i := 2; i <= n; i++ {
		if !c[i] {
			count++
			sum += i
			if i-last == 2 {
				twins++
			}
			last = i
		}
	}
	println("primes below 2e6:", count, "sum:", sum, "twins:", twins, "largest:", last)
	print("first 25:")
	k := 0
	for i := 0; k < 25; i++ {
		if !c[i] {
			print(" ", i)
			k++
		}
	}
	println()
	// Count per 100000 block.
	for b := 0; b < 5; b++ {
		n := 0
		for i := b * 100000; i < (b+1)*100000; i++ {
			if !c[i] {
				n++
			}
		}
		print(n, " ")
	}
	println()
}
