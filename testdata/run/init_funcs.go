// Golden test: init functions: a file may declare several; they run in the
// order they appear, after all package-level variables are initialised and
// before main.  init cannot be referred to, only declared.
package main

var order []string

var ready = setup()

func setup() bool {
	order = append(order, "var")
	return true
}

func init() {
	order = append(order, "init1")
	println("init1: ready =", ready, "len =", len(order))
}

func init() {
	order = append(order, "init2")
	counter += 10
}

var counter = 5

func init() {
	order = append(order, "init3")
	counter *= 2
	println("init3: counter =", counter)
}

func main() {
	order = append(order, "main")
	for _, s := range order {
		print(s, " ")
	}
	println()
	println("counter", counter)
}
