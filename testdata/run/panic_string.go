// Golden test: panic with a string prints "panic: " and the string; output
// printed before the panic stays.
package main

func check(n int) {
	if n > 2 {
		panic("n is too big")
	}
	println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
