// Golden test: panic with an int value; gc prints it with its dynamic type
// when the type is not a predeclared basic type.
package main

func main() {
	println("before")
	panic(42)
}
