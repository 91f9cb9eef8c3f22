// Benchmark: hello world with fmt (binary size and start-up).
package main

import "fmt"

func main() { fmt.Println("hello, world") }
