// Package c is named differently from its directory.
package cname

func F() {}
