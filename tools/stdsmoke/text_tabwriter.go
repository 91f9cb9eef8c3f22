// stdsmoke: text/tabwriter
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "name\tsize\tkind\t")
	fmt.Fprintln(w, "a.go\t1234\tfile\t")
	fmt.Fprintln(w, "longer-name.txt\t5\tfile\t")
	fmt.Fprintln(w, "dir\t-\tdirectory\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc")
	fmt.Fprintln(w, "aaaa\tb\tccccc")
	w.Flush()
}
