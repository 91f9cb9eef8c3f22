// Golden test: methods on named slice, map, array, pointer-free func and
// channel-free basic types, with value and pointer receivers, satisfying
// interfaces; a pointer-receiver method on a named slice grows it in place;
// zero-size values of different types in interfaces are different.
package main

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }
func (s Set) Len() int     { return len(s) }

type Grid [3][3]byte

func (g *Grid) Put(r, c int, b byte) { g[r][c] = b }
func (g Grid) Len() int {
	n := 0
	for _, row := range g {
		for _, b := range row {
			if b != 0 {
				n++
			}
		}
	}
	return n
}

type Celsius float64

func (c Celsius) Len() int { return int(c) }

type Lener interface{ Len() int }

type Empty1 struct{}
type Empty2 struct{}

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	println(s.Pop(), s.Len())
	var sp interface {
		Push(int)
		Pop() int
	} = &s
	sp.Push(10)
	println(s.Len(), s[2])

	set := Set{}
	set.Add("a")
	set.Add("b")
	set.Add("a")

	var g Grid
	g.Put(0, 0, 'x')
	g.Put(1, 1, 'o')
	g.Put(0, 0, 'o')

	ls := []Lener{s, &s, set, g, &g, Celsius(36.9)}
	for _, l := range ls {
		print(l.Len(), " ")
	}
	println()

	var e1, e2 interface{} = Empty1{}, Empty2{}
	println(e1 == e2, e1 == Empty1{}, e2 == interface{}(Empty2{}))
	m := map[interface{}]int{Empty1{}: 1, Empty2{}: 2, [0]int{}: 3, struct{}{}: 4}
	println(len(m), m[Empty1{}], m[[0]int{}], m[struct{}{}])

	// break and continue inside type switches in loops
	vals := []interface{}{1, "skip", 2, 3.5, 4, "stop", 5}
	sum := 0
loop:
	for _, v := range vals {
		switch x := v.(type) {
		case string:
			if x == "stop" {
				break loop
			}
			continue
		case int:
			sum += x
		default:
			break
		}
		sum += 100
	}
	println(sum)
}
