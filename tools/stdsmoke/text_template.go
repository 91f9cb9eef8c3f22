// stdsmoke: text/template text/template/parse
package main

// Only field access, variables and control structures: functions and
// methods in templates (len, printf, index, FuncMap...) need
// reflect.Value.Call, which goc does not support yet.

import (
	"fmt"
	"os"
	"text/template"
)

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
	template.Must(template.New("m").Option("missingkey=zero").Parse("{{.a}} {{.zz}}\n")).Execute(os.Stdout, map[string]int{"a": 1})
}
