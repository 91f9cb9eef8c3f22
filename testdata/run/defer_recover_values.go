// Golden test: recover returns exactly the value passed to panic, of any
// type: ints, strings, floats, bools, structs, pointers, errors, slices,
// maps, funcs, and nested interfaces.
package main

type P struct{ a, b int }

type MyErr struct{ code int }

func (e MyErr) Error() string { return "myerr" }

func catch(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	r := catch(func() { panic(42) })
	println("int:", r.(int))
	r = catch(func() { panic("msg") })
	println("string:", r.(string))
	r = catch(func() { panic(2.5) })
	println("float:", r.(float64))
	r = catch(func() { panic(true) })
	println("bool:", r.(bool))
	r = catch(func() { panic(P{3, 4}) })
	println("struct:", r.(P).a, r.(P).b)
	x := 7
	r = catch(func() { panic(&x) })
	*r.(*int) = 8
	println("pointer:", x)
	r = catch(func() { panic(MyErr{5}) })
	e := r.(error)
	println("error:", e.Error(), r.(MyErr).code)
	r = catch(func() { panic([]int{1, 2, 3}) })
	println("slice:", len(r.([]int)))
	r = catch(func() { panic(map[string]int{"k": 9}) })
	println("map:", r.(map[string]int)["k"])
	r = catch(func() { panic(func() int { return 11 }) })
	println("func:", r.(func() int)())
	var inner interface{} = int8(-3)
	r = catch(func() { panic(inner) })
	println("iface:", r.(int8))
	r = catch(func() { panic(uint64(1) << 63) })
	println("uint64:", r.(uint64))
	r = catch(func() { panic(complex(1, 2)) })
	println("complex:", r.(complex128))
	r = catch(func() {})
	println("no panic:", r == nil)
	// panic with an error value: recover gives the same dynamic type
	var perr error = MyErr{9}
	r = catch(func() { panic(perr) })
	me, ok := r.(MyErr)
	println("error type kept:", ok, me.code)
}
