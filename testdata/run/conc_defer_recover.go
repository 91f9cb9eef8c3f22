// Golden test: defer and recover inside goroutines: each goroutine's
// deferred calls run in LIFO order, a panic in one goroutine is recovered
// there without affecting the others, and results come back on channels.
package main

type result struct {
	id  int
	msg string
}

func safeDiv(id, a, b int, out chan<- result) {
	defer func() {
		if r := recover(); r != nil {
			out <- result{id, "recovered: " + r.(error).Error()}
		}
	}()
	out <- result{id, itoa(a / b)}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func main() {
	out := make(chan result)
	divisors := []int{2, 0, 5, 0, -3}
	for i, d := range divisors {
		go safeDiv(i, 100, d, out)
	}
	var msgs [5]string
	for range divisors {
		r := <-out
		msgs[r.id] = r.msg
	}
	for i, m := range msgs {
		println(i, m)
	}
	// Deferred calls in a goroutine run in LIFO order before it signals.
	log := make(chan string, 10)
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		for i := 0; i < 3; i++ {
			defer func(i int) { log <- "deferred " + itoa(i) }(i)
		}
		log <- "body"
	}()
	<-done
	close(log)
	for s := range log {
		println(s)
	}
	// A goroutine that panics with a custom value and re-panics inside a
	// defer; the outer defer recovers the second value.
	vals := make(chan interface{})
	go func() {
		defer func() {
			vals <- recover()
		}()
		defer func() {
			r := recover()
			panic(r.(string) + " again")
		}()
		panic("first")
	}()
	println((<-vals).(string))
	// recover returns nil when the goroutine is not panicking.
	go func() {
		defer func() { vals <- recover() }()
	}()
	println(<-vals == nil)
	// Many goroutines panicking and recovering at once.
	count := make(chan int)
	for i := 0; i < 100; i++ {
		go func(i int) {
			defer func() {
				count <- recover().(int)
			}()
			var s []int
			if i%2 == 0 {
				panic(i)
			}
			func() {
				defer func() {
					recover()
					panic(i * 1000)
				}()
				_ = s[i]
			}()
		}(i)
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-count
	}
	println("sum", sum)
}
