// errorcheck

// An import path that names no package: go build's loader reports it at the
// import (gc's compile says "could not import nosuch/pkg (file not found)";
// goc compile loads imports as go build does), and nothing else is
// reported for the file.

package main

import (
	"fmt"
	"nosuch/pkg" // ERROR "package nosuch/pkg is not in GOROOT"
)

func main() {
	fmt.Println("hello")
	pkg.F()
}
