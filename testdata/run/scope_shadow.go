// Golden test: scopes and shadowing: := in an inner block declares a new
// variable that hides the outer one until the block ends; if/for/switch
// statements open implicit blocks; := with several names reuses variables
// already declared in the same scope; predeclared names can be shadowed.
package main

var x = "package"

func show() string { return x }

func main() {
	println(x)
	x := "main"
	println(x, show())
	{
		x := "block"
		println(x)
		{
			x = "block-assigned" // assigns the block's x
			x := 3               // a new x, an int
			println(x)
		}
		println(x)
	}
	println(x)

	if x := 10; x > 5 {
		x := x * 2 // shadows the if's x inside the then-block
		println("if", x)
	} else {
		println("else", x)
	}
	println(x)

	for x := 0; x < 2; x++ {
		x := "loop body"
		print(x, " ")
	}
	println(x)

	switch x := 5; {
	case x > 3:
		x := "case"
		println(x)
	}

	// := reuses an existing variable in the same scope when at least one
	// name is new.
	a, b := 1, 2
	b, c := 20, 30 // b is assigned, c is new
	println(a, b, c)
	a, d := a+1, b+c
	println(a, d)

	// Predeclared identifiers are just names in the universe scope.
	{
		true := false
		len := func(s string) int { return 42 }
		println(true, len("abc"))
	}
	println(true, len("abc"))
	{
		type int = string // an alias shadowing int
		var s int = "i am a string"
		println(s)
	}
	// Function parameters and results are in the function's outermost scope.
	f := func(x int) (y int) {
		{
			y := 100 // a new y; the result is unaffected
			_ = y
		}
		y = x + 1
		return
	}
	println(f(1))
	// A closure captures the variable of the scope where it is written.
	v := 1
	get := func() int { return v }
	{
		v := 2
		_ = v
	}
	println(get())
}
