// Golden test: recovering many times in a loop must not leak stack or
// defer records: 200000 panics, each recovered one or more frames down,
// with deferred calls in the intermediate frames; then a deep recursion
// that panics at the bottom and is recovered at the top.
package main

var unwound int

func leaf(i int) {
	if i%3 == 0 {
		var a []int
		_ = a[i]
	}
	panic(i)
}

func middle(i int) {
	defer func() { unwound++ }()
	leaf(i)
}

func catch(i int) (r int) {
	defer func() {
		switch v := recover().(type) {
		case int:
			r = v
		case error:
			r = -1
		}
	}()
	middle(i)
	return 0
}

func deep(n int) int {
	var pad [16]int
	pad[n%16] = n
	defer func() { unwound += pad[n%16] - n }()
	if n == 0 {
		panic("bottom")
	}
	return deep(n-1) + 1
}

func main() {
	sum, errs := 0, 0
	for i := 0; i < 200000; i++ {
		r := catch(i)
		if r < 0 {
			errs++
		} else {
			sum += r
		}
	}
	println(sum, errs, unwound)
	unwound = 0
	func() {
		defer func() { println("deep:", recover().(string), unwound) }()
		deep(10000)
	}()
}
