package dot

func Hello() string { return "hello" }

var Counter int
