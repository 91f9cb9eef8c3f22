// Golden test: re-panicking a recovered runtime error with panic(r): the
// report shows the original marked [recovered], then the same error again;
// for a nil dereference the [signal ...] line follows the first panic.
package main

type T struct{ x int }

func main() {
	defer func() {
		r := recover()
		println("got:", r.(error).Error())
		panic(r)
	}()
	var p *T
	println(p.x)
}
