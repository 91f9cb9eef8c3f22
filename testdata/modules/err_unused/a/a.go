package a

func F() {}
