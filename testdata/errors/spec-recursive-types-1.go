// errorcheck

// Invalid recursive types (cycles without indirection).

package main

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }

type C struct{ c C } // ERROR "invalid recursive type C"

type D [2]D // ERROR "invalid recursive type D"

type E interface{ E } // ERROR "invalid recursive type E"

type F *F

type G struct{ g *G }

type H1 H2 // ERROR "invalid recursive type H1"
type H2 H1

func main() {}
