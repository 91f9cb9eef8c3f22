// Golden test: a deferred call panics while a panic is in progress without
// recovering it; gc prints both panics, the first not marked recovered.
// The other deferred calls still run.
package main

func main() {
	defer println("first deferred still runs")
	defer func() {
		panic("second")
	}()
	panic("first")
}
