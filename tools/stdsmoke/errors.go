// stdsmoke: errors
package main

import (
	"errors"
	"fmt"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

var sentinel = errors.New("sentinel")

func main() {
	e1 := fmt.Errorf("layer1: %w", sentinel)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2, errors.Is(e2, sentinel), errors.Unwrap(e2) == e1)
	var me *myErr
	e3 := fmt.Errorf("wrapped: %w", &myErr{42})
	fmt.Println(errors.As(e3, &me), me.code)
	fmt.Println(errors.Is(errors.New("x"), errors.New("x")), errors.Unwrap(sentinel) == nil)
}
