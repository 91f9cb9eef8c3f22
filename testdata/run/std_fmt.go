// Every fmt verb and flag on every kind of value, compared byte for byte with gc.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Inner *Point
	m     map[string]int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Err struct{ Code int }

func (e *Err) Error() string { return fmt.Sprintf("err %d", e.Code) }

type Formatted struct{}

func (Formatted) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	if !pok {
		p = -1 // unset: fmt leaves whatever a recycled printer had
	}
	if !wok {
		w = -1
	}
	fmt.Fprintf(f, "F[%c w=%d,%v p=%d,%v plus=%v minus=%v sharp=%v zero=%v space=%v]", verb, w, wok, p, pok,
		f.Flag('+'), f.Flag('-'), f.Flag('#'), f.Flag('0'), f.Flag(' '))
}

type GoStr struct{ a int }

func (GoStr) GoString() string { return "GoStr!" }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

func main() {
	// integers
	for _, v := range []int{0, 7, -7, 255, 1 << 40} {
		fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%c|%q|%U|%#U|%v\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v%1000+65, v%1000+65, v%1000+65, v%1000+65, v)
	}
	fmt.Printf("%d %d %d %d %d\n", int8(-128), int16(32767), int32(-5), int64(1<<62), uint64(1<<63))
	fmt.Printf("%x %X %o %b\n", uint8(200), uint16(0xbeef), uint32(8), uintptr(5))
	fmt.Printf("%8.3d|%-8.3d|%.0d|%.0d\n", 7, 7, 0, 3)
	// floats
	for _, f := range []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789.125} {
		fmt.Printf("%v|%g|%G|%e|%E|%f|%.2f|%8.3f|%-10.1e|%+.3g|%#g|%x|%X|%b\n", f, f, f, f, f, f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("%v %v %v %.3v %6.2f\n", float32(0.1), float32(1e10), float32(-2.5), float32(3.14159), float32(2.345))
	// complex
	fmt.Printf("%v %.2f %g %e\n", complex(1, -2), complex(3.14159, 2.71828), complex64(complex(1.5, 0.5)), 2i)
	// strings and bytes
	s := "héllo, \"world\"\n\x01"
	fmt.Printf("%s|%q|%+q|%#q|%x|% x|%X|%10s|%-10s|%.3s|%v\n", s, s, s, "back`tick", "hi", "hi", "hi", "r", "l", "abcdef", s)
	b := []byte("bytes")
	fmt.Printf("%s|%q|%x|%X|% x|%v|%d\n", b, b, b, b, b, b, b)
	fmt.Printf("%c|%q|%U|%q\n", 'é', 'é', 'é', '\n')
	// booleans and pointers
	fmt.Printf("%t|%v|%5t|%-6t|\n", true, false, true, false)
	var np *int
	fmt.Printf("%v|%p|%t\n", np, nil, np == nil)
	// composite values
	p := Point{1, -2}
	n := Named{"n", []string{"a", "b"}, &p, map[string]int{"z": 26, "a": 1}}
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	fmt.Printf("%v|%+v\n", n.Tags, n.m)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%#v\n", n.m)
	fmt.Printf("%v %+v\n", []interface{}{1, "a", nil, 2.5}, [2]bool{true, false})
	fmt.Printf("%#v %#v %#v %#v\n", []interface{}{1, "a", nil}, [2]bool{}, struct{ A int }{3}, map[int]string{2: "b", 1: "a"})
	fmt.Printf("%v %d %x %s\n", []int{1, 2, 3}, []int{10, 11}, []int{10, 255}, []string{"x", "y"})
	fmt.Printf("%v\n", map[Point]string{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("%v %v\n", &p, &[]int{1})
	fmt.Printf("%v|%s|%d|%v\n", Celsius(21.5), Celsius(-3), Celsius(1), []Celsius{1, 2})
	fmt.Printf("%v|%s|%d|%x\n", Green, Red, Green, Green)
	fmt.Printf("%v|%s\n", &Err{3}, error(&Err{4}))
	fmt.Printf("%v|%d|%10.3x|%+#-v\n", Formatted{}, Formatted{}, Formatted{}, Formatted{})
	fmt.Printf("%#v|%v\n", GoStr{1}, GoStr{2})
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.5, []byte(nil), map[string][]int{}, (*Err)(nil))
	fmt.Printf("%T %T %T\n", nil, error(nil), func(int) string { return "" })
	// argument errors
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!|%z|%-\n", 1)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]d|%[0]d|%[x]d\n", 1)
	fmt.Printf("%*d|%-*d|%.*f|%*d\n", 5, 1, 5, 2, 2, 3.14159, "x", 4)
	fmt.Printf("%v\n", struct {
		a *int
		b []int
		c map[int]int
		d chan int
		e func()
		f interface{}
		g error
	}{})
	// Sprint family
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, true))
	fmt.Println(fmt.Sprintln("x", 1, 'c'), fmt.Sprint())
	fmt.Print("print", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "to stdout", []string{"q"})
	fmt.Fprint(os.Stdout, "fprint\n")
	// Errorf and %w
	base := errors.New("base")
	w := fmt.Errorf("wrapped: %w", base)
	fmt.Println(w, errors.Is(w, base), errors.Unwrap(w) == base)
	w2 := fmt.Errorf("no wrap: %v", base)
	fmt.Println(w2, errors.Unwrap(w2) == nil)
	w3 := fmt.Errorf("two %w %w", base, base)
	fmt.Println(w3)
	// Sscan family
	var i1, i2 int
	var f1 float64
	var s1 string
	cnt, err := fmt.Sscan("10 20 2.5 word", &i1, &i2, &f1, &s1)
	fmt.Println(cnt, err, i1, i2, f1, s1)
	cnt, err = fmt.Sscanf("7-abc", "%d-%s", &i1, &s1)
	fmt.Println(cnt, err, i1, s1)
	cnt, err = fmt.Sscanln("1 2\n3", &i1, &i2)
	fmt.Println(cnt, err, i1, i2)
	cnt, err = fmt.Sscan("x", &i1)
	fmt.Println(cnt, err)
	var hx int
	var bb bool
	var r rune
	cnt, err = fmt.Sscanf("ff true Z", "%x %t %c", &hx, &bb, &r)
	fmt.Println(cnt, err, hx, bb, string(r))
	// width and padding with unicode
	fmt.Printf("[%6s][%-6s][%06d][%x][% X]\n", "日本", "日本", -42, "日本", "日本")
	fmt.Printf("%6.2f%%|%v|%v\n", 99.5, int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%v %v\n", []error{nil, &Err{1}}, [][]int{{1}, {2, 3}})
	fmt.Printf("%s\n", []fmt.Stringer{Celsius(1), Green})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%08.3f|%-8.3f|%+08d|%x|%X\n", -3.14159, 2.5, 42, -255, []byte{1, 171})
	fmt.Printf("%q %v %x\n", []string{"a b", "c"}, [3]uint8{1, 2, 3}, "")
	fmt.Printf("%5.1q|%.1x|%10.4v|\n", "abc", "abc", "abcdefg")
	fmt.Printf("%v %s\n", errors.New("plain error"), fmt.Sprint(Point{3, 4}))
	type inner struct{ P *Point }
	fmt.Printf("%+v %+v\n", inner{nil}, *inner{&Point{5, 6}}.P)
}
