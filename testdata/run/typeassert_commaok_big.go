// x, ok := i.(T) for a T that does not fit in SSA values (arrays, big
// structs): the zero value on failure and the copy on success.
package main

import "fmt"

type X struct {
	p1, p2 *int
	a      [2]*int
}

type Y struct{ X }

type Big struct {
	a, b, c, d, e int
	s             string
}

func assertY(i interface{}) (Y, bool) {
	y, ok := i.(Y)
	return y, ok
}

func main() {
	n := 7
	var i interface{} = X{p1: &n, a: [2]*int{&n, nil}}
	y, ok := i.(Y)
	fmt.Println(y.p1 == nil, y.a[0] == nil, ok)
	x, ok := i.(X)
	fmt.Println(*x.p1, *x.a[0], x.a[1] == nil, ok)
	i = Y{X{p2: &n}}
	y, ok = assertY(i)
	fmt.Println(*y.p2, ok)
	var arr interface{} = [3]string{"a", "b", "c"}
	a, ok := arr.([3]string)
	fmt.Println(a, ok)
	b, ok := arr.([4]string)
	fmt.Println(len(b), b[0] == "", ok)
	var bi interface{} = Big{1, 2, 3, 4, 5, "six"}
	if v, ok := bi.(Big); ok {
		fmt.Println(v.a+v.e, v.s)
	}
	if _, ok := bi.(Y); !ok {
		fmt.Println("not a Y")
	}
}
