// Golden test: Go 1.19 loop variable semantics.  A 3-clause for loop and a
// range loop each have ONE variable for the whole loop: closures created in
// different iterations share it and see its final value; copying it in the
// body (v := v) gives each closure its own; passing it as an argument to a
// func literal also copies it.  Deferred closures see the final value too.
package main

func threeClause() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println("(shared: final i is 3)")
}

func rangeLoop() {
	var fs []func() string
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return s })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println("(shared: last element)")
}

func copied() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
}

func viaArgument() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func(n int) func() int {
			return func() int { return n + 100 }
		}(i))
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
}

func deferred() {
	for i := 0; i < 3; i++ {
		defer func() { print("d", i, " ") }()
	}
	for i := 0; i < 3; i++ {
		defer func(n int) { print("a", n, " ") }(i)
	}
}

func modifyInClosure() {
	// the closure writes the loop variable: it affects the loop
	n := 0
	for i := 0; i < 10; i++ {
		skip := func() { i += 2 }
		skip()
		n++
	}
	println("iterations:", n)
}

func rangeKeyAndValue() {
	var fs []func() int
	arr := []int{10, 20, 30}
	for k, v := range arr {
		fs = append(fs, func() int { return k*1000 + v })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
}

func main() {
	threeClause()
	rangeLoop()
	copied()
	viaArgument()
	deferred()
	println()
	modifyInClosure()
	rangeKeyAndValue()
}
