// errorcheck

// goc has no standard library yet: importing anything but unsafe fails
// cleanly at the import, and nothing else is reported for that file.

package main

import (
	"fmt" // ERROR "could not import fmt \(goc: standard library not supported yet\)"
	"os"  // ERROR "could not import os \(goc: standard library not supported yet\)"
)

func main() {
	fmt.Println("hello")
	os.Exit(1)
	var x int = "not reported: the file failed to import"
}
