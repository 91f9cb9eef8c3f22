// Golden test: range over a map evaluates the map once: setting the
// variable to nil or another map during the loop does not change what is
// iterated; the key/value variables are copies; ranging with only the key;
// ranging a nil map does nothing; a map of maps iterated two levels deep
// with the inner maps changed during the outer loop.
package main

func main() {
	m := map[int]int{1: 10, 2: 20, 3: 30}
	count, sum := 0, 0
	for k, v := range m {
		m = nil
		count++
		sum += k + v
	}
	println(count, sum, m == nil)

	a := map[string]int{"x": 1, "y": 2}
	b := map[string]int{"p": 100}
	cur := a
	n := 0
	for _, v := range cur {
		cur = b
		n += v
	}
	println(n)

	arrs := map[int][2]int{1: {1, 2}, 2: {3, 4}}
	for _, v := range arrs {
		v[0] = 99 // modifies the copy only
	}
	println(arrs[1][0], arrs[2][0])

	keys := 0
	for k := range arrs {
		keys += k
	}
	println(keys)

	var nm map[string]bool
	for range nm {
		println("never")
	}

	outer := map[int]map[int]int{}
	for i := 0; i < 4; i++ {
		outer[i] = map[int]int{}
		for j := 0; j <= i; j++ {
			outer[i][j] = i * j
		}
	}
	total := 0
	for i, inner := range outer {
		inner[100] = i // changing the inner map we are looking at
		for _, v := range inner {
			total += v
		}
	}
	println(total, len(outer[3]))

	// assigning into the map through the range key while ranging
	sq := map[int]int{}
	for i := 1; i <= 10; i++ {
		sq[i] = 0
	}
	for k := range sq {
		sq[k] = k * k
	}
	s := 0
	for _, v := range sq {
		s += v
	}
	println(s)

	// writing to a nested nil map panics
	defer func() { println("recovered:", recover().(error).Error()) }()
	mm := map[int]map[int]int{}
	mm[1][2] = 3
}
