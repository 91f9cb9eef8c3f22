// stdsmoke: fmt
package main

import (
	"errors"
	"fmt"
	"os"
)

type point struct {
	X, Y int
	Name string
}

func (p point) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type raw struct {
	A []int
	M map[string]int
	P *int
}

func main() {
	fmt.Println("hello", 1, 2.5, true, nil, 'x', []byte("ab"))
	fmt.Printf("%d %5d %-5d| %05d %x %X %o %b %c %q %U\n", 42, 42, 42, 42, 255, 255, 8, 5, 'G', 'G', 0x1F600)
	fmt.Printf("%f %.2f %e %g %G %8.3f %v\n", 3.14159, 3.14159, 123456.789, 1e21, 1e-7, -2.5, float32(0.1))
	fmt.Printf("%s %q %x % x %10s|%-10s|\n", "go", "quote\"d", "hi", "hi", "r", "l")
	fmt.Printf("%v %+v %#v\n", point{1, 2, "p"}, raw{A: []int{1, 2}, M: map[string]int{"b": 2, "a": 1}}, raw{A: []int{3}})
	fmt.Printf("%t %v %p\n", false, [3]string{"a", "b", "c"}, nil)
	fmt.Printf("%T %T %T %T\n", 1, "s", point{}, map[string][]int{})
	fmt.Printf("%6.2f%%|%+d|%x\n", 99.5, 7, []int{10, 11})
	fmt.Printf("%!|%d\n", "notint")
	fmt.Printf("%d %d\n", 1)
	s := fmt.Sprint("a", 1, 2, "b", 3.0)
	fmt.Println(s, len(s))
	err := fmt.Errorf("wrap: %w", errors.New("inner"))
	fmt.Println(err, errors.Unwrap(err))
	var a, b int
	var w string
	n, e := fmt.Sscanf("10 20 word", "%d %d %s", &a, &b, &w)
	fmt.Println(n, e, a, b, w)
	n, e = fmt.Sscan("3 4", &a, &b)
	fmt.Println(n, e, a+b)
	fmt.Fprintln(os.Stdout, "to stdout", complex(1, -2))
	fmt.Fprintf(os.Stderr, "to stderr %v\n", point{3, 4, ""})
}
