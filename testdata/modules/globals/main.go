package main

import "example.com/globals/store"

type J interface {
	store.I
	Extra() string
}

type Wrapped struct{ store.Impl }

func (Wrapped) Extra() string { return "extra" }

func main() {
	// package variables of another package: addresses, fields, elements
	p := &store.Cfg
	p.Level = 3
	store.Cfg.Name = "changed"
	store.Cfg.AddTag("x")
	store.Cfg.AddTag("y")
	println(store.Cfg.Name, store.Cfg.Level, store.Cfg.Tags())
	store.Arr[2] = 7
	store.Arr[len(store.Arr)-1]++
	println(store.Arr[2], store.Arr[3], len(store.Arr))
	store.Slice = append(store.Slice, "c")
	for i, s := range store.Slice {
		print(i, s, " ")
	}
	println()
	store.Map["two"] = 2
	println(store.Map["one"], store.Map["two"], len(store.Map))
	store.Ptr = &store.Config{Name: "ptr"}
	println(store.Ptr.Name)
	println(store.Fn(7))
	store.Fn = func(x int) int { return -x }
	println(store.Fn(7))
	println(store.Gen(), store.Gen(), store.Next())

	// a recursive type of another package
	sum := 0
	for n := store.List(4); n != nil; n = n.Next {
		sum += n.Val
	}
	println(sum)

	// constants of another package's type in a switch
	for _, l := range []store.Level{store.Low, store.High, 7} {
		switch l {
		case store.Low:
			println("low")
		case store.High:
			println("high")
		default:
			println("level", int(l))
		}
	}

	// an interface embedding one with an unexported method
	var j J = Wrapped{store.Impl{N: 5}}
	println(j.M(), j.Extra(), store.Hidden(j))

	// a local variable shadows the package name
	{
		store := 3
		println(store + 1)
	}
}
