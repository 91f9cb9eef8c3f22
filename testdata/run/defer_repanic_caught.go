// Golden test: panics raised inside deferred calls can be recovered by
// earlier-deferred calls; the newest panic is what recover returns; after
// recovery the function returns normally with its named results.
package main

func layered() (log string) {
	defer func() {
		r := recover()
		log += " final:" + r.(string)
	}()
	defer func() {
		r := recover()
		log += " mid:" + r.(string)
		panic("from-mid")
	}()
	defer func() {
		log += " (no recover)"
		panic("from-inner")
	}()
	log = "start"
	panic("original")
}

func replace() (v int) {
	defer func() {
		v = recover().(int) * 10
	}()
	defer func() {
		panic(recover().(int) + 1)
	}()
	panic(4)
}

func deep(n int) {
	defer func() {
		if n == 0 {
			println("bottom caught:", recover().(string))
		}
	}()
	if n == 3 {
		panic("at 3")
	}
	deep(n + 1)
}

func main() {
	println(layered())
	println(replace())
	func() {
		defer func() { println("wrapper: nothing left to recover:", recover() == nil) }()
		deep(0)
	}()
	println("main done")
}
