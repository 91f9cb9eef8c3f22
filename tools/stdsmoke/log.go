// stdsmoke: log
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "prefix: ", 0)
	l.Println("hello", 42)
	l.Printf("formatted %q", "x")
	l.SetPrefix("[p] ")
	l.SetFlags(log.Lmsgprefix)
	l.Print("msgprefix")
	fmt.Print(buf.String())
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("std logger")
	fmt.Println(l.Flags(), l.Prefix())
	defer func() { fmt.Println("recovered:", recover()) }()
	log.Panicf("panic %d", 1)
}
