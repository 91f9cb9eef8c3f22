// stdsmoke: reflect
package main

import (
	"fmt"
	"reflect"
)

type inner struct{ V int }

type sample struct {
	Name  string `json:"name" db:"n"`
	Count int
	Tags  []string
	M     map[string]int
	In    inner
	p     *int
}

func (s sample) Hello() string { return "hi " + s.Name }
func (s *sample) Ptr()         {}

func main() {
	s := sample{Name: "x", Count: 3, Tags: []string{"a"}, M: map[string]int{"k": 1}}
	t := reflect.TypeOf(s)
	fmt.Println(t, t.Kind(), t.NumField(), t.NumMethod(), reflect.PtrTo(t).NumMethod(), t.Size() > 0)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.IsExported(), f.Index)
	}
	fmt.Println(t.Method(0).Name, t.Method(0).Type)
	v := reflect.ValueOf(&s).Elem()
	v.Field(0).SetString("changed")
	v.FieldByName("Count").SetInt(42)
	v.Field(2).Set(reflect.Append(v.Field(2), reflect.ValueOf("b")))
	v.Field(3).SetMapIndex(reflect.ValueOf("z"), reflect.ValueOf(26))
	fmt.Printf("%+v %v\n", s, v.Field(5).CanSet())
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {2}}))
	sl := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 5)
	sl.Index(1).SetInt(7)
	fmt.Println(sl.Interface(), sl.Len(), sl.Cap())
	m := reflect.MakeMap(reflect.TypeOf(map[string]bool{}))
	m.SetMapIndex(reflect.ValueOf("t"), reflect.ValueOf(true))
	fmt.Println(m.Interface(), m.Len())
	var e error
	fmt.Println(reflect.TypeOf(&e).Elem().Kind(), reflect.TypeOf(fmt.Println), reflect.ValueOf(nil).IsValid())
	p := reflect.New(reflect.TypeOf(0))
	p.Elem().SetInt(9)
	fmt.Println(*(p.Interface().(*int)), reflect.Zero(t).Field(1).Int())
	fmt.Println(reflect.TypeOf([3]byte{}).Len(), reflect.TypeOf(make(chan int)).ChanDir(), reflect.TypeOf(map[int]string{}).Key())
	var x any = 3.5
	fmt.Println(reflect.ValueOf(x).Float(), reflect.ValueOf(x).Type().ConvertibleTo(reflect.TypeOf(0)), reflect.ValueOf(x).Convert(reflect.TypeOf(0)).Int())
}
