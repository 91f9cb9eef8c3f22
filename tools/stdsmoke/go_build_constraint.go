// stdsmoke: go/build/constraint
package main

import (
	"fmt"
	"go/build/constraint"
)

func main() {
	for _, line := range []string{"//go:build linux && (amd64 || arm64) && !cgo", "// +build linux,386 darwin", "//go:build ("} {
		e, err := constraint.Parse(line)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(e, e.Eval(func(tag string) bool { return tag == "linux" || tag == "amd64" }))
	}
	lines, err := constraint.PlusBuildLines(constraint.Expr(&constraint.AndExpr{X: &constraint.TagExpr{Tag: "a"}, Y: &constraint.NotExpr{X: &constraint.TagExpr{Tag: "b"}}}))
	fmt.Println(lines, err, constraint.IsGoBuild("//go:build x"), constraint.IsPlusBuild("// +build x"))
}
