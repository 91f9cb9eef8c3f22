// Golden test: embedded structs: promoted fields and methods, access via
// the embedded type's name, shadowing by a shallower field, embedding a
// pointer, and methods of the embedded type seeing only their part.
package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base " + b.Name }

func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) { t.Updated = now }

type User struct {
	Base
	Timestamps
	Email string
	Name  string // shadows Base.Name
}

type Admin struct {
	*User
	Level int
}

func (a Admin) Describe() string { return "admin " + a.User.Describe() }

func main() {
	u := User{Base: Base{ID: 1, Name: "base-name"}, Email: "u@x", Name: "user-name"}
	println(u.ID, u.Name, u.Base.Name, u.Email)
	println(u.Describe()) // promoted from Base: sees Base.Name
	u.Rename("renamed")   // (&u.Base).Rename
	println(u.Name, u.Base.Name)
	u.Touch(42)
	u.Created = 7
	println(u.Created, u.Updated, u.Timestamps.Updated)

	a := Admin{User: &u, Level: 3}
	println(a.ID, a.Email, a.Level, a.Describe())
	a.Rename("via-admin") // through the pointer: changes u
	a.Touch(99)
	println(u.Base.Name, u.Updated)

	// Copying the outer struct copies the embedded struct value...
	v := u
	v.ID = 2
	v.Base.Name = "copy"
	println(u.ID, u.Base.Name, v.ID, v.Base.Name)
	// ...but copying a struct that embeds a pointer shares the target.
	b := a
	b.ID = 500
	println(a.ID, u.ID)

	// Comparison of structs with embedded structs.
	x := User{Base: Base{1, "n"}, Email: "e"}
	y := User{Base: Base{1, "n"}, Email: "e"}
	println(x == y)
	y.Updated = 1
	println(x == y)

	// Multi-level promotion.
	type L3 struct{ Deep int }
	type L2 struct{ L3 }
	type L1 struct {
		L2
		Top int
	}
	var l L1
	l.Deep = 5
	l.L2.L3.Deep++
	println(l.Deep, l.L2.Deep, l.Top)
}
