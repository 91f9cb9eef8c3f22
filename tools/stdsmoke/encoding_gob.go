// stdsmoke: encoding/gob
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type P struct {
	X, Y, Z int
	Name    string
	Tags    []string
	M       map[string]int
}

type Q struct {
	X, Y *int32
	Name string
}

func main() {
	var network bytes.Buffer
	enc := gob.NewEncoder(&network)
	dec := gob.NewDecoder(&network)
	err := enc.Encode(P{3, 4, 5, "Pythagoras", []string{"a"}, map[string]int{"k": 1}})
	fmt.Println(err)
	var q Q
	err = dec.Decode(&q)
	fmt.Println(err, q.Name, *q.X, *q.Y)
	enc.Encode(P{X: 1, Name: "second"})
	var p P
	fmt.Println(dec.Decode(&p), p.X, p.Name, p.Tags == nil)
}
