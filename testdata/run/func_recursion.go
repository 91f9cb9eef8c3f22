// Golden test: recursion: fib, Ackermann, mutual recursion, recursion
// through function values, and deep recursion (stack growth: 100000 frames).
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 4 && *moves < 10 {
		println("move disk 4 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func depth(n int) int {
	var pad [8]int // make each frame bigger
	pad[n%8] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1 + pad[n%8] - n
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func main() {
	for i := 0; i <= 25; i += 5 {
		print(fib(i), " ")
	}
	println()
	println(ack(2, 3), ack(3, 3), ack(3, 5))
	println(isEven(10), isOdd(7), isEven(7), isOdd(100))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	println("moves", moves)
	println("depth", depth(100000))
	println(gcd(1071, 462), gcd(17, 5), power(3, 13), power(2, 62))
	// A recursive closure needs a declared variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(10), fact(20))
}
