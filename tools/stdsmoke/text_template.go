// stdsmoke: text/template text/template/parse
package main

// Fields, variables, control structures, and calls (builtins, a FuncMap,
// methods, pipelines) through reflect.Value.Call.

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

func (it *item) Label(p string) string { return p + ":" + it.Name }

type item struct {
	Name  string
	Price float64
	Tags  []string
	Stock map[string]int
	Next  *item
}

func main() {
	t := template.Must(template.New("t").Parse(
		`{{define "tag"}}[{{.}}]{{end}}{{/* a comment */ -}}
Items:
{{range $i, $it := .}}{{$i}}: {{$it.Name}} {{.Price}}{{range .Tags}} {{template "tag" .}}{{else}} none{{end}}
{{- with .Next}} next={{.Name}}{{end}}
{{end}}{{with $x := "literal"}}{{$x}}{{end}} {{if .}}non-empty{{else}}empty{{end}}
{{range .}}{{range $k, $v := .Stock}}{{$k}}={{$v}};{{end}}{{end}}
`))
	milk := &item{Name: "milk", Price: 0.99, Tags: []string{"dairy"}, Stock: map[string]int{"b": 2, "a": 1}}
	items := []*item{{Name: "apple", Price: 1.5, Tags: []string{"fruit", "red"}, Next: milk}, {Name: "bread", Price: 2.25}, milk}
	if err := t.Execute(os.Stdout, items); err != nil {
		fmt.Println(err)
	}
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
	_, err = template.New("bad2").Parse("{{range}}{{end}}")
	fmt.Println(err)
	err = template.Must(template.New("e").Parse("{{.Missing}}\n")).Execute(os.Stdout, items[0])
	fmt.Println(err)
	fm := template.FuncMap{
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
		"fail":  func() (string, error) { return "", errors.New("boom") },
		"pair":  func(s string, n ...int) string { return fmt.Sprint(s, n) },
	}
	t2 := template.Must(template.New("f").Funcs(fm).Parse(
		`{{len .Tags}} {{index .Tags 1}} {{printf "%-6s|%5.2f" .Name .Price}} {{.Name | printf "%q"}} {{join .Tags "+"}}
{{add 2 40}} {{.Label "x"}} {{.Next.Label "y"}} {{pair "p"}} {{pair "p" 1 2}} {{html "<a>"}} {{js "it's"}} {{urlquery "a b"}}
{{if and .Tags (not .Stock)}}and/not{{end}} {{or "" "dflt"}} {{eq .Name "apple" "pear"}} {{lt 1 2}} {{slice .Name 1 3}} {{call .Fn 3}}
`))
	wrap := struct {
		*item
		Fn func(int) int
	}{items[0], func(n int) int { return n * n }}
	if err := t2.Execute(os.Stdout, wrap); err != nil {
		fmt.Println(err)
	}
	err = template.Must(template.New("g").Funcs(fm).Parse("{{fail}}\n")).Execute(os.Stdout, nil)
	fmt.Println(err)
	template.Must(template.New("m").Option("missingkey=zero").Parse("{{.a}} {{.zz}}\n")).Execute(os.Stdout, map[string]int{"a": 1})
}
