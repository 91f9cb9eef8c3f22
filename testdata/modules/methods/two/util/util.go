package util

type T struct{ X int }

func (t T) Get() int { return t.X + 2 }

func (t *T) Set(x int) { t.X = x * 2 }
