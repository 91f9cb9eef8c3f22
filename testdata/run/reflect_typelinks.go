// Types reflect builds (ArrayOf, SliceOf, MapOf, PointerTo, ChanOf, FuncOf,
// StructOf) are the compiler's own when the program has them (gc's
// typelinks): equal as reflect.Types, and a value made through reflect
// converts to the static type, a method expression's func value too.
package main

import (
	"fmt"
	"reflect"
)

type M struct{ x int }

func (m M) Get(k int) int { return m.x + k }

func main() {
	str := reflect.TypeOf("")
	i := reflect.TypeOf(0)
	fmt.Println(reflect.ArrayOf(8, str) == reflect.TypeOf([8]string{}))
	fmt.Println(reflect.SliceOf(i) == reflect.TypeOf([]int(nil)))
	fmt.Println(reflect.MapOf(str, i) == reflect.TypeOf(map[string]int(nil)))
	fmt.Println(reflect.PointerTo(i) == reflect.TypeOf((*int)(nil)))
	fmt.Println(reflect.ChanOf(reflect.BothDir, i) == reflect.TypeOf((chan int)(nil)))
	fmt.Println(reflect.FuncOf([]reflect.Type{i}, []reflect.Type{str}, false) == reflect.TypeOf((func(int) string)(nil)))
	st := reflect.StructOf([]reflect.StructField{{Name: "A", Type: i}, {Name: "B", Type: str}})
	fmt.Println(st == reflect.TypeOf(struct {
		A int
		B string
	}{}))

	a := reflect.New(reflect.ArrayOf(3, i)).Elem()
	a.Index(1).SetInt(7)
	fmt.Println(a.Interface().([3]int))
	m := reflect.MakeMap(reflect.MapOf(str, i))
	m.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(5))
	fmt.Println(m.Interface().(map[string]int))

	g := reflect.ValueOf(M.Get).Interface().(func(M, int) int)
	fmt.Println(g(M{1}, 2))

	// a type the program never names: reflect makes it
	fmt.Println(reflect.ArrayOf(5, reflect.TypeOf(int16(0))).String())
}
