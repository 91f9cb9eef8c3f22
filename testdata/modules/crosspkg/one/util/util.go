package util

type T struct{ X int }

func Make() interface{} { return T{1} }
