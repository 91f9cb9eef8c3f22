// Golden test: a mutex built from a channel of capacity 1 protects a
// shared counter incremented by 100 goroutines 1000 times each.
package main

type Mutex struct {
	ch chan struct{}
}

func NewMutex() *Mutex { return &Mutex{make(chan struct{}, 1)} }

func (m *Mutex) Lock()   { m.ch <- struct{}{} }
func (m *Mutex) Unlock() { <-m.ch }

type Counter struct {
	mu *Mutex
	n  int
	m  map[int]int
}

func (c *Counter) Inc(k int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	c.m[k%10]++
}

func main() {
	c := &Counter{mu: NewMutex(), m: map[int]int{}}
	done := make(chan bool)
	for g := 0; g < 100; g++ {
		go func(g int) {
			for i := 0; i < 1000; i++ {
				c.Inc(g*1000 + i)
			}
			done <- true
		}(g)
	}
	for g := 0; g < 100; g++ {
		<-done
	}
	println("counter", c.n)
	for k := 0; k < 10; k++ {
		print(c.m[k], " ")
	}
	println()
	// A wait group from a counter and a channel: the last goroutine out
	// closes the channel.
	mu := NewMutex()
	left := 50
	all := make(chan struct{})
	total := 0
	for g := 0; g < 50; g++ {
		go func(g int) {
			mu.Lock()
			total += g
			left--
			if left == 0 {
				close(all)
			}
			mu.Unlock()
		}(g)
	}
	<-all
	mu.Lock()
	println("total", total, "left", left)
	mu.Unlock()
}
