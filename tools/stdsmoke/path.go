// stdsmoke: path
package main

import (
	"fmt"
	"path"
)

func main() {
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Clean("/../a//b/./c/.."), path.Base("/x/y.txt"), path.Dir("/x/y.txt"))
	fmt.Println(path.Ext("f.tar.gz"), path.IsAbs("/a"), path.IsAbs("a"))
	d, f := path.Split("static/css/site.css")
	fmt.Println(d, f)
	for _, p := range []string{"*.go", "a?c", "[a-c]x", "\\*"} {
		m, err := path.Match(p, "abc")
		m2, _ := path.Match(p, "main.go")
		fmt.Println(p, m, m2, err)
	}
	_, err := path.Match("[", "x")
	fmt.Println(err)
}
