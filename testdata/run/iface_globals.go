// Golden test: package-level variables of interface, map-of-interface and
// closure type initialised before main; a method value taken at package
// initialisation binds the value then; init functions may defer and
// recover; arrays and structs of interfaces in interfaces compare by value.
package main

type I interface{ M() int }
type T struct{ n int }

func (t T) M() int { return t.n }

var table = map[interface{}]I{1: T{1}, "two": T{2}, T{3}: T{3}, [2]int{4, 4}: &T{4}}
var counter = func() func() int { n := 0; return func() int { n++; return n } }()
var global I = T{7}
var gm = global.M

var initLog string

func init() {
	defer func() {
		initLog += "recovered:" + recover().(string)
	}()
	counter()
	panic("in init")
}

func init() {
	initLog += ";second init"
}

func main() {
	println(initLog)
	println(len(table), table[1].M(), table["two"].M(), table[T{3}].M(), table[[2]int{4, 4}].M())
	println(counter(), counter(), gm())
	global = T{8}
	println(gm(), global.M())
	var arr [3]I
	arr[1] = T{5}
	sum := 0
	for _, x := range arr {
		if x != nil {
			sum += x.M()
		}
	}
	println(sum)
	var e interface{} = arr
	arr2 := e.([3]I)
	println(arr2[1].M(), e == interface{}(arr))
	type pair struct {
		a, b interface{}
	}
	p := pair{1, "x"}
	var pe interface{} = p
	println(pe == interface{}(pair{1, "x"}), pe == interface{}(pair{1, "y"}))
}
