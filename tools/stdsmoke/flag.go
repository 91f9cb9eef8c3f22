// stdsmoke: flag
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 1, "count")
	name := fs.String("name", "x", "a name")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("d", time.Second, "delay")
	var f float64
	fs.Float64Var(&f, "f", 0.5, "factor")
	err := fs.Parse([]string{"-n", "5", "-name=bob", "-v", "-d", "1m30s", "-f", "2.25", "rest", "args"})
	fmt.Println(err, *n, *name, *v, *d, f, fs.Args(), fs.NArg(), fs.NFlag())
	fs.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
	fs.PrintDefaults()
	err = fs.Parse([]string{"-bogus"})
	fmt.Println(err)
	err = fs.Parse([]string{"-n", "notanumber"})
	fmt.Println(err)
}
