// Golden test: an unrecovered panic whose value has a String method (and
// no Error method) prints via String (Go 1.18+); a named string type prints
// as main.T("..."), a float64 in print's format.
package main

type S struct{ v int }

func (s S) String() string { return "S-stringer" }

type Name string

func main() {
	defer func() {
		defer func() {
			panic(S{1})
		}()
		panic(Name("bob"))
	}()
	panic(2.5)
}
