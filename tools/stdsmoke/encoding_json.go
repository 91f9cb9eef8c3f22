// stdsmoke: encoding/json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Emails  []string          `json:"emails"`
	Addr    *address          `json:"addr,omitempty"`
	Meta    map[string]any    `json:"meta"`
	private int
	Skip    string `json:"-"`
	Score   float64 `json:"score,string"`
}

func main() {
	p := person{Name: "Ann", Age: 30, Emails: []string{"a@x", "b@y"}, Addr: &address{Street: "Main"},
		Meta: map[string]any{"z": 1, "a": []int{1, 2}, "m": nil}, Score: 9.5}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]int{"b": 2, "a": 1}, "", "  ")
	fmt.Println(string(b))
	var q person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"emails":["c@z"],"addr":{"street":"Elm","city":"Oslo"},"meta":{"k":[true,null,1.5,"s"]},"score":"3.25"}`), &q)
	fmt.Printf("%v %+v %+v %v\n", err, q.Addr, q.Meta, q.Score)
	var anyv any
	json.Unmarshal([]byte(`[1, "two", {"three": 3}, false]`), &anyv)
	fmt.Printf("%#v\n", anyv)
	var bad struct{ A int }
	err = json.Unmarshal([]byte(`{"A":"str"}`), &bad)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"A":`), &bad)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} {"a":3}`))
	for {
		var v map[string]int
		if err := dec.Decode(&v); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(v["a"])
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "\t")
	enc.Encode([]any{1, "<html>", 2.5, nil})
	fmt.Println(json.Valid([]byte(`{"x":[1,2]}`)), json.Valid([]byte(`{x}`)))
	var raw json.RawMessage
	json.Unmarshal([]byte(` {"keep": "raw"} `), &raw)
	fmt.Println(string(raw))
}
