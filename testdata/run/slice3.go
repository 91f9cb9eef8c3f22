// Golden test: full slice expressions s[lo:hi:max] set cap to max-lo, so a
// later append must reallocate instead of writing into the original array.
package main

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	println(len(s), cap(s), s[0], s[2])
	s = append(s, 50) // fits: cap 5 > len 3, writes arr[5]
	println(arr[5], len(s), cap(s))
	s = append(s, 60) // writes arr[6]
	println(arr[6], len(s), cap(s))
	s = append(s, 70) // exceeds cap: new array; arr[7] stays 7
	s[0] = 200
	println(arr[7], arr[2], len(s), s[0], s[5])

	// A slice limited to its length protects the rest of the array.
	base := []int{1, 2, 3, 4, 5}
	head := base[:2:2]
	head = append(head, 30)
	println(base[2], head[2], cap(base[1:3:4]))

	// Reslicing within the capacity of a 3-index slice.
	t := arr[1:2:6]
	println(len(t), cap(t), len(t[:5]), t[:5][4])
	// Omitted low bound; max equal to len.
	u := arr[:3:3]
	println(len(u), cap(u))
	// On a slice rather than an array.
	sl := []string{"a", "b", "c", "d", "e"}
	v := sl[1:3:4]
	println(len(v), cap(v), v[0], v[:3][2])
	// An empty full slice expression.
	w := arr[4:4:4]
	println(len(w), cap(w))
}
