// stdsmoke: html
package main

import (
	"fmt"
	"html"
)

func main() {
	s := `<a href="x?a=1&b=2">'Tom' & "Jerry"</a>`
	e := html.EscapeString(s)
	fmt.Println(e)
	fmt.Println(html.UnescapeString(e) == s, html.UnescapeString("&lt;&eacute;&#65;&#x42;&amp;&nbsp;&copy;&notanentity;"))
}
