// stdsmoke: encoding/xml
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type address struct {
	City, State string
}

type person struct {
	XMLName xml.Name `xml:"person"`
	ID      int      `xml:"id,attr"`
	First   string   `xml:"name>first"`
	Last    string   `xml:"name>last"`
	Age     int      `xml:"age"`
	Emails  []string `xml:"email"`
	Comment string   `xml:",comment"`
	address
}

func main() {
	p := &person{ID: 13, First: "John", Last: "Doe", Age: 42, Emails: []string{"a@b", "c@d"}, Comment: " Need more details. "}
	p.address = address{"Hanga Roa", "Easter Island"}
	out, err := xml.MarshalIndent(p, " ", "  ")
	fmt.Println(string(out), err)
	var q person
	err = xml.Unmarshal(out, &q)
	fmt.Println(err, q.ID, q.First, q.Last, q.Age, q.Emails, q.City)
	d := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text &amp; more</b><!-- c --><c/></a>`))
	for {
		tok, err := d.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Println("start", t.Name.Local, t.Attr)
		case xml.EndElement:
			fmt.Println("end", t.Name.Local)
		case xml.CharData:
			fmt.Printf("chardata %q\n", string(t))
		case xml.Comment:
			fmt.Printf("comment %q\n", string(t))
		}
	}
	err = xml.Unmarshal([]byte("<person><age>x</age></person>"), &q)
	fmt.Println(err)
}
