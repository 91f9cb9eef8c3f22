// stdsmoke: html/template
package main

import (
	"html/template"
	"os"
	"strings"
)

type P struct {
	Name string
	Tags []string
}

func (p P) Upper() string { return strings.ToUpper(p.Name) }

func main() {
	t := template.Must(template.New("p").Funcs(template.FuncMap{"join": strings.Join}).Parse(
		`<h1 title="{{.Name}}">{{.Upper}}</h1><a href="/q?x={{.Name}}">{{join .Tags ", "}}</a><script>var n = {{.Name}};</script>
{{range $i, $t := .Tags}}{{if $i}}, {{end}}<b>{{$t | printf "%q"}}</b>{{end}}
`))
	if err := t.Execute(os.Stdout, P{Name: `<Tom & "Jerry">`, Tags: []string{"a<b", "c&d"}}); err != nil {
		panic(err)
	}
}
