// stdsmoke: os io/fs
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir, err := os.MkdirTemp("", "stdsmoke")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(name, []byte("line1\nline2\n"), 0644); err != nil {
		panic(err)
	}
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	n, err := f.WriteString("line3\n")
	fmt.Println(n, err, f.Close())
	st, err := os.Stat(name)
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode().Perm(), err)
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), nil, 0600)
	fmt.Println(os.Rename(name, filepath.Join(dir, "c.txt")))
	ents, err := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, fmt.Sprintf("%s:%v", e.Name(), e.IsDir()))
	}
	sort.Strings(names)
	fmt.Println(names, err)
	os.Setenv("STDSMOKE_VAR", "value")
	fmt.Println(os.Getenv("STDSMOKE_VAR"), os.ExpandEnv("x=$STDSMOKE_VAR"))
	v, ok := os.LookupEnv("STDSMOKE_NOPE")
	fmt.Printf("%q %v\n", v, ok)
	os.Unsetenv("STDSMOKE_VAR")
	fmt.Println(os.Getenv("STDSMOKE_VAR") == "")
	fmt.Println(len(os.Args), os.Getpid() > 0, os.PathSeparator)
	_, err = os.Open("/nonexistent/file")
	fmt.Println(err)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	fmt.Println(os.Remove(filepath.Join(dir, "sub")) != nil)
}
