package util

type T struct{ X int }

func (t T) Get() int { return t.X + 1 }

func (t *T) Set(x int) { t.X = x }
