package main

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/template"
)

type T struct{ N int }

func (t T) Double(k int) int        { return t.N * 2 * k }
func (t *T) Name(p string) string   { return p + fmt.Sprint(t.N) }
func (t T) Pair() (string, error)   { return "pair", nil }

func add(a, b int) int                    { return a + b }
func join(s []string, sep string) string  { return strings.Join(s, sep) }
func fl(x float64, y float32) (float64, bool) { return x * float64(y), x > 1 }
func big(a [3]int, s struct{ A, B, C, D, E int }) [3]int { return [3]int{a[0] + s.E, a[1], a[2]} }

func main() {
	fmt.Println(reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(40)})[0].Int())
	fmt.Println(reflect.ValueOf(join).Call([]reflect.Value{reflect.ValueOf([]string{"a", "b"}), reflect.ValueOf("-")})[0])
	r := reflect.ValueOf(fl).Call([]reflect.Value{reflect.ValueOf(1.5), reflect.ValueOf(float32(2))})
	fmt.Println(r[0].Float(), r[1].Bool())
	b := reflect.ValueOf(big).Call([]reflect.Value{reflect.ValueOf([3]int{1, 2, 3}), reflect.ValueOf(struct{ A, B, C, D, E int }{E: 10})})
	fmt.Println(b[0].Interface())
	t := &T{21}
	fmt.Println(reflect.ValueOf(t).MethodByName("Double").Call([]reflect.Value{reflect.ValueOf(2)})[0].Int())
	fmt.Println(reflect.ValueOf(t).MethodByName("Name").Call([]reflect.Value{reflect.ValueOf("n=")})[0])
	fmt.Println(reflect.ValueOf(*t).MethodByName("Pair").Call(nil)[0])
	var s fmt.Stringer = reflect.TypeOf(0)
	fmt.Println(reflect.ValueOf(&s).Elem().MethodByName("String").Call(nil)[0])
	fs := fmt.Sprintf
	fmt.Println(reflect.ValueOf(fs).Call([]reflect.Value{reflect.ValueOf("%d-%s"), reflect.ValueOf(7), reflect.ValueOf("x")})[0])
	tm := template.Must(template.New("x").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(
		"{{printf \"%05d\" .N}} {{up \"hi\"}} {{len \"abc\"}} {{index .L 1}} {{.P.Name \"p\"}}\n"))
	tm.Execute(os.Stdout, map[string]interface{}{"N": 42, "Double": 0, "L": []int{7, 8}, "P": t})
}
