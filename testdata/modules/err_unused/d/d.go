package d

func F() {}
