// Golden test: pointers: new, &local (the variable outlives the call when
// its address escapes), * to read and write, automatic dereference for field
// access, pointers to array elements and struct fields, pointer to array
// indexing and len, pointer equality, and pointers to pointers.
package main

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int {
	x := v
	return &x // x escapes to the heap
}

func incr(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	p := new(int)
	println(*p)
	*p = 42
	incr(p)
	println(*p)

	a, b := 1, 2
	swap(&a, &b)
	println(a, b)

	q := newInt(7)
	r := newInt(7)
	println(*q, *r, q == r, *q == *r, q != nil)
	var np *int
	println(np == nil)

	// Pointers to struct fields and array elements alias the original.
	type pt struct{ x, y int }
	s := pt{1, 2}
	px := &s.x
	*px = 10
	ps := &s
	ps.y = 20 // (*ps).y
	println(s.x, s.y, (*ps).x)

	arr := [4]int{1, 2, 3, 4}
	pe := &arr[2]
	*pe *= 100
	pa := &arr
	pa[0] = -1 // (*pa)[0]
	println(arr[0], arr[2], len(pa), pa[3], cap(pa[1:]))
	for i, v := range pa {
		print(i, "=", v, " ")
	}
	println()
	sl := pa[1:3]
	sl[0] = 50
	println(arr[1])

	// A linked list.
	var head *Node
	for i := 5; i >= 1; i-- {
		head = &Node{Val: i, Next: head}
	}
	sum := 0
	for n := head; n != nil; n = n.Next {
		sum += n.Val
	}
	println(sum, head.Next.Next.Val)
	// Reverse it in place.
	var prev *Node
	for cur := head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	for n := prev; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()

	// Pointer to pointer.
	x := 5
	px2 := &x
	ppx := &px2
	**ppx = 6
	y := 9
	*ppx = &y
	println(x, *px2, px2 == &y)

	// Pointers into a slice element and to a composite literal.
	nodes := []Node{{Val: 1}, {Val: 2}}
	first := &nodes[0]
	first.Val = 11
	lit := &pt{3, 4}
	lit.x += lit.y
	println(nodes[0].Val, lit.x)
	// Escaping locals in a loop: each iteration's variable is a new one
	// when declared inside the body.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		v := i * i
		ptrs = append(ptrs, &v)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])
}
