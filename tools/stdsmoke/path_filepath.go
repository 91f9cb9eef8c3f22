// stdsmoke: path/filepath
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	fmt.Println(filepath.Join("a", "b", "..", "c.txt"), filepath.Clean("a//b/./../c"), filepath.Base("/p/q.go"), filepath.Dir("/p/q.go"), filepath.Ext("x.y.z"))
	rel, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(rel, err, filepath.IsAbs("/x"), filepath.ToSlash("a/b"), filepath.SplitList("/bin:/usr/bin"))
	m, _ := filepath.Match("*.txt", "notes.txt")
	fmt.Println(m, filepath.VolumeName("/x"))
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	for _, p := range []string{"a/b", "a/c", "d"} {
		os.MkdirAll(filepath.Join(dir, p), 0755)
		os.WriteFile(filepath.Join(dir, p, "f.txt"), []byte(p), 0644)
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		r, _ := filepath.Rel(dir, p)
		fmt.Println(r, d.IsDir())
		return nil
	})
	matches, _ := filepath.Glob(filepath.Join(dir, "a", "*", "f.txt"))
	for _, m := range matches {
		r, _ := filepath.Rel(dir, m)
		fmt.Println("glob", r)
	}
	abs, _ := filepath.Abs("/x/../y")
	fmt.Println(abs)
}
