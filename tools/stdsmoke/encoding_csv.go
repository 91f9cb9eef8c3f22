// stdsmoke: encoding/csv
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := "name,qty,note\n\"Smith, J\",3,\"said \"\"hi\"\"\"\nDoe,5,\n"
	r := csv.NewReader(strings.NewReader(in))
	recs, err := r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	r = csv.NewReader(strings.NewReader("a;b\n# comment\nc;d;e\n"))
	r.Comma = ';'
	r.Comment = '#'
	r.FieldsPerRecord = -1
	recs, err = r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"x", "with,comma", "with \"quote\"", ""})
	w.WriteAll([][]string{{"1", "2"}, {"multi\nline", "3"}})
	fmt.Println(w.Error())
}
