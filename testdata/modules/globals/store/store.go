// Package store: package variables of every shape, used and changed by main.
package store

type Config struct {
	Name  string
	Level int
	tags  []string
}

func (c *Config) AddTag(t string) { c.tags = append(c.tags, t) }
func (c Config) Tags() int        { return len(c.tags) }

var (
	Cfg     = Config{Name: "default"}
	Arr     [4]int
	Slice   = []string{"a", "b"}
	Map     = map[string]int{"one": 1}
	Ptr     *Config
	Fn      = func(x int) int { return x * x }
	counter int
)

func Next() int {
	counter++
	return counter
}

// A closure over a package variable.
var Gen = func() func() int {
	return func() int { return Next() * 10 }
}()

// A recursive type.
type Node struct {
	Val  int
	Next *Node
}

func List(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{i, head}
	}
	return head
}

type Level int

const (
	Low Level = iota + 1
	High
)

// I has an unexported method: J in main embeds it.
type I interface {
	M() int
	hidden() int
}

type Impl struct{ N int }

func (i Impl) M() int      { return i.N }
func (i Impl) hidden() int { return -i.N }

func Hidden(i I) int { return i.hidden() }
