// Golden test (program): bubble sort, insertion sort, quicksort and merge
// sort over the same pseudo-random data, checked against each other.
package main

var seed uint32 = 12345

func rand() int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) & 0x7fff
}

func bubble(a []int) {
	for n := len(a); n > 1; n-- {
		swapped := false
		for i := 1; i < n; i++ {
			if a[i-1] > a[i] {
				a[i-1], a[i] = a[i], a[i-1]
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
}

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i
		for j > 0 && a[j-1] > v {
			a[j] = a[j-1]
			j--
		}
		a[j] = v
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func merge(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := merge(a[:m]), merge(a[m:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out = append(out, l[0])
			l = l[1:]
		} else {
			out = append(out, r[0])
			r = r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func sorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	const n = 3000
	data := make([]int, n)
	for i := range data {
		data[i] = rand()
	}
	a := append([]int(nil), data...)
	b := append([]int(nil), data...)
	c := append([]int(nil), data...)
	bubble(a)
	insertion(b)
	quick(c)
	d := merge(data)
	println(sorted(a), sorted(b), sorted(c), sorted(d), sorted(data))
	println(equal(a, b), equal(b, c), equal(c, d))
	println("min", a[0], "median", a[n/2], "max", a[n-1])
	sum := 0
	for i := 0; i < n; i += 300 {
		print(a[i], " ")
		sum += a[i]
	}
	println(sum)
	// Edge cases.
	e := []int{}
	quick(e)
	one := []int{1}
	bubble(one)
	same := []int{5, 5, 5, 5}
	quick(same)
	rev := []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
	quick(rev)
	println(len(e), one[0], sorted(same), sorted(rev), rev[0], rev[9])
}
