// Golden test: the forms of for: three-clause, condition only, infinite
// with break, range over arrays/slices/strings/pointers to arrays, ranges
// with one or no variables, and what range evaluates once (the range
// expression; an array is copied, a slice is not).
package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println("3-clause", sum)

	n := 1
	for n < 1000 {
		n *= 3
	}
	println("cond", n)

	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	println("infinite", k)

	// Omitted clauses.
	j := 0
	for ; j < 3; {
		j++
	}
	for j = 10; j > 0; j -= 4 {
	}
	println("omitted", j)

	// Several variables, post statement with a tuple assignment.
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		print(a, ",", b, " ")
	}
	println()

	// Countdown with unsigned: the condition must avoid wrapping.
	for u := uint(3); u > 0; u-- {
		print(u, " ")
	}
	println()

	arr := [5]int{1, 2, 3, 4, 5}
	for i, v := range arr {
		arr[4] = 100 // the range works on a copy of the array
		if i == 4 {
			println("array copy", v)
		}
	}
	sl := []int{1, 2, 3, 4, 5}
	for i, v := range sl {
		sl[4] = 100 // a slice is not copied
		if i == 4 {
			println("slice shared", v)
		}
	}
	// Appending during range does not extend the loop: the length is read once.
	count := 0
	for range sl {
		sl = append(sl, 0)
		count++
	}
	println("iterations", count, len(sl))
	// Range over a pointer to an array does not copy.
	pa := &[3]string{"x", "y", "z"}
	for i := range pa {
		pa[2] = "changed"
		print(i, pa[i], " ")
	}
	println()
	// Range with only the index; with neither.
	total := 0
	for i := range [4]int{} {
		total += i
	}
	cnt := 0
	for range "abc" {
		cnt++
	}
	println(total, cnt)
	// Range over nil and empty slices runs zero times.
	var ns []int
	for range ns {
		println("never")
	}
	// Nested loops.
	for i := 1; i <= 3; i++ {
		for j := 1; j <= i; j++ {
			print(i*j, " ")
		}
		println()
	}
	// The loop variable is one variable reused (Go 1.19 semantics): after the
	// loop its address holds the final value.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])
	// continue
	odd := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	println("odd", odd)
}
