// Packages os, syscall, path and io/fs compiled from Go 1.19's source: the
// environment, files in a temporary directory, *PathError texts, pipes
// between goroutines, os.Exit.  No fmt: println and os.Stdout.WriteString.
package main

import (
	"io/fs"
	"os"
	"path"
	"syscall"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

// hide replaces the temporary directory's name in s by $DIR.
func hide(s, dir string) string {
	for i := 0; i+len(dir) <= len(s); i++ {
		if s[i:i+len(dir)] == dir {
			return s[:i] + "$DIR" + hide(s[i+len(dir):], dir)
		}
	}
	return s
}

func check(what string, err error) {
	if err != nil {
		out(what + ": " + err.Error())
	}
}

func main() {
	defer out("deferred: not printed, os.Exit skips it")

	// command line and process
	println("args", len(os.Args), len(os.Args[0]) > 0)
	println("pid", os.Getpid() > 0, syscall.Getpid() == os.Getpid(), os.Getppid() > 0)
	println("pagesize", os.Getpagesize(), syscall.Getpagesize())
	wd, err := os.Getwd()
	println("getwd", err == nil, len(wd) > 0 && wd[0] == '/')
	_, err = os.Hostname()
	println("hostname", err == nil)

	// environment
	check("setenv", os.Setenv("GOC_STD_OS_TEST", "hello env"))
	out("getenv: " + os.Getenv("GOC_STD_OS_TEST"))
	v, ok := os.LookupEnv("GOC_STD_OS_TEST")
	println("lookupenv", v, ok)
	found := false
	for _, kv := range os.Environ() {
		if kv == "GOC_STD_OS_TEST=hello env" {
			found = true
		}
	}
	println("in environ", found)
	out("expand: " + os.ExpandEnv("[$GOC_STD_OS_TEST] [${GOC_STD_OS_NOPE}]"))
	check("unsetenv", os.Unsetenv("GOC_STD_OS_TEST"))
	v, ok = os.LookupEnv("GOC_STD_OS_TEST")
	println("after unsetenv", v == "", ok)

	// files in a temporary directory
	dir, err := os.MkdirTemp(os.TempDir(), "goc-std-os-")
	check("mkdirtemp", err)
	name := path.Join(dir, "a.txt")
	check("writefile", os.WriteFile(name, []byte("first line\nsecond line\n"), 0644))
	data, err := os.ReadFile(name)
	check("readfile", err)
	os.Stdout.WriteString("readfile: " + string(data))
	fi, err := os.Stat(name)
	check("stat", err)
	println("stat", fi.Name() == "a.txt", fi.Size(), fi.IsDir(), fi.Mode().IsRegular())
	check("chmod", os.Chmod(name, 0600))
	fi, _ = os.Stat(name)
	out("mode: " + fi.Mode().String())

	f, err := os.OpenFile(name, os.O_RDWR|os.O_APPEND, 0)
	check("openfile", err)
	n, err := f.WriteString("third line\n")
	println("append", n, err == nil)
	buf := make([]byte, 4)
	n, err = f.ReadAt(buf, 6)
	println("readat", n, err == nil, string(buf[:n]))
	off, err := f.Seek(-5, 2)
	println("seek", off, err == nil)
	n, _ = f.Read(buf)
	out("read after seek: " + string(buf[:n]))
	check("close", f.Close())
	out("close again: " + hide(f.Close().Error(), dir))

	check("mkdirall", os.MkdirAll(path.Join(dir, "sub", "deeper"), 0755))
	check("rename", os.Rename(name, path.Join(dir, "sub", "b.txt")))
	check("writefile", os.WriteFile(path.Join(dir, "c.txt"), nil, 0644))
	entries, err := os.ReadDir(dir)
	check("readdir", err)
	for _, e := range entries {
		println("entry", e.Name(), e.IsDir())
	}
	check("truncate", os.Truncate(path.Join(dir, "sub", "b.txt"), 5))
	data, _ = os.ReadFile(path.Join(dir, "sub", "b.txt"))
	out("truncated: " + string(data))

	// errors
	_, err = os.Open(path.Join(dir, "missing.txt"))
	out(hide(err.Error(), dir))
	pe, ok := err.(*fs.PathError)
	println("*PathError", ok, pe.Op, pe.Path == path.Join(dir, "missing.txt"), pe.Err == syscall.ENOENT)
	println("IsNotExist", os.IsNotExist(err), os.IsExist(err), pe.Err.Error())
	out(os.Remove("/nonexistent/goc-std-os").Error())
	out(os.Rename("/nonexistent/a", "/nonexistent/b").Error())
	err = os.Mkdir(dir, 0755)
	println("mkdir existing", os.IsExist(err))
	_, err = os.ReadFile(dir)
	out(hide(err.Error(), dir))

	check("removeall", os.RemoveAll(dir))
	_, err = os.Stat(dir)
	println("removed", os.IsNotExist(err))

	// a pipe between goroutines: the reader blocks in read(2)
	r, w, err := os.Pipe()
	check("pipe", err)
	done := make(chan string)
	go func() {
		b := make([]byte, 100)
		total := ""
		for {
			n, err := r.Read(b)
			total += string(b[:n])
			if err != nil {
				out("reader: " + err.Error())
				break
			}
		}
		done <- total
	}()
	for i := 0; i < 3; i++ {
		w.WriteString("ping ")
	}
	w.Close()
	out("pipe: " + <-done)

	// path and io/fs
	out(path.Join("a", "b/../c", "/d") + " " + path.Base("/x/y.go") + " " + path.Ext("y.tar.gz") + " " + path.Clean("/../a//b/./c/"))
	m, _ := path.Match("*.go", "main.go")
	println("match", m, fs.ValidPath("a/b"), fs.ValidPath("../a"))
	out(fs.ErrNotExist.Error() + ", " + fs.ModeDir.String() + ", " + fs.FileMode(0755).String())

	os.Stdout.WriteString("exiting with status 3\n")
	os.Exit(3)
}
