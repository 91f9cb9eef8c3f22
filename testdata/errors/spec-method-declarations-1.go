// errorcheck

// Method declarations: receiver base types, duplicates, field clashes.

package main

type T struct{ M int }

func (T) M() {} // ERROR "field and method with the same name M"

type U int

func (U) A() {}
func (U) A() {} // ERROR "U\.A redeclared in this block"

type P *int

func (P) B() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type I interface{ C() }

func (I) C() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func (int) D() {} // ERROR "cannot define new methods on non\-local type int"

func (x *T) E(y int) {}
func (x T) F(x int) {} // ERROR "x redeclared in this block"

func main() {}
