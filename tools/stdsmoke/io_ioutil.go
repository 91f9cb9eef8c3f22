// stdsmoke: io/ioutil
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "smoke")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "f")
	fmt.Println(ioutil.WriteFile(p, []byte("data\n"), 0600))
	b, err := ioutil.ReadFile(p)
	fmt.Printf("%q %v\n", b, err)
	infos, err := ioutil.ReadDir(dir)
	fmt.Println(len(infos), infos[0].Name(), infos[0].Size(), err)
	b, _ = ioutil.ReadAll(strings.NewReader("all"))
	fmt.Println(string(b))
	n, _ := ioutil.Discard.Write([]byte("xyz"))
	fmt.Println(n)
}
