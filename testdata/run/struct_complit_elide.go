// Golden test: in composite literals of slices, arrays and maps whose
// element (or key) type is *T, the element literal may omit &T: {..}
// means &T{..}.  Each such element is a distinct new variable.
package main

type P struct{ x, y int }

func main() {
	ps := []*P{{1, 2}, {3, 4}, nil}
	ps[0].x = 10
	println(ps[0].x, ps[0].y, ps[1].x, ps[2] == nil, ps[0] != ps[1])

	arr := [2]*P{{5, 6}}
	println(arr[0].y, arr[1] == nil)

	m := map[string]*P{"a": {7, 8}}
	m["a"].y++
	println(m["a"].y)

	keys := map[*P]bool{{1, 1}: true, {1, 1}: false} // distinct pointers
	println(len(keys))

	nested := [][]*P{{{1, 1}, {2, 2}}, {}}
	println(len(nested), len(nested[0]), nested[0][1].x)

	type Node struct {
		v    int
		kids []*Node
	}
	tree := &Node{1, []*Node{{2, nil}, {3, []*Node{{4, nil}}}}}
	var sum func(n *Node) int
	sum = func(n *Node) int {
		s := n.v
		for _, k := range n.kids {
			s += sum(k)
		}
		return s
	}
	println(sum(tree))
}
