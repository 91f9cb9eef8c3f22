// Package trace records the order in which package initialisation runs.
package trace

var Log []string

var n = start()

func start() int {
	println("trace: var init")
	return 1
}

func init() { println("trace: init") }

func Add(s string) string {
	Log = append(Log, s)
	println("  ", s)
	return s
}
