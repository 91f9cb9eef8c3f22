// stdsmoke: net/url
package main

import (
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("https://user:pa%20ss@example.com:8080/path/to%2Fx?q=go+lang&x=1&x=2#frag")
	fmt.Println(err, u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawPath, u.RawQuery, u.Fragment)
	pw, _ := u.User.Password()
	fmt.Println(u.User.Username(), pw, u.Query()["x"], u.Query().Get("q"), u.String())
	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("tag", "a&b")
	v.Add("tag", "c")
	fmt.Println(v.Encode())
	fmt.Println(url.QueryEscape("a b/c?d"), url.PathEscape("a b/c?d"))
	s, err := url.QueryUnescape("a%20b+c")
	fmt.Println(s, err)
	_, err = url.QueryUnescape("%zz")
	fmt.Println(err)
	base, _ := url.Parse("http://h/a/b/c")
	ref, _ := url.Parse("../d?e")
	fmt.Println(base.ResolveReference(ref), base.IsAbs(), ref.IsAbs())
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	q, _ := url.ParseQuery("a=1&b=2&a=3")
	fmt.Println(q, q.Has("b"))
	fmt.Println(u.JoinPath("more", "../x"))
}
