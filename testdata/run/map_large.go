// Golden test: a map grown to a million entries, read back, half deleted,
// refilled (reusing deleted slots), and iterated; string keys built at run
// time; checksums only.
package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func main() {
	const N = 1 << 20
	m := make(map[int]int)
	for i := 0; i < N; i++ {
		m[i*2654435761%(1<<40)] = i
	}
	println(len(m))
	bad := 0
	for i := 0; i < N; i++ {
		if m[i*2654435761%(1<<40)] != i {
			bad++
		}
	}
	println("bad lookups:", bad)
	for i := 0; i < N; i += 2 {
		delete(m, i*2654435761%(1<<40))
	}
	println(len(m))
	for i := 0; i < N; i += 2 {
		m[i*2654435761%(1<<40)] = -i
	}
	sum, cnt := 0, 0
	for _, v := range m {
		sum += v
		cnt++
	}
	println(len(m), cnt, sum)

	// pre-sized map with string keys
	sm := make(map[string]int, 100000)
	for i := 0; i < 100000; i++ {
		sm["key-"+itoa(i)] = i
	}
	total := 0
	for i := 0; i < 100000; i += 1000 {
		total += sm["key-"+itoa(i)]
	}
	println(len(sm), total)
}
