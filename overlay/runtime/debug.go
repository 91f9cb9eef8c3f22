// goc: the scheduler is C (runtime/proc.c); these are its Go entry points.

package runtime

// GOMAXPROCS sets the number of Ps (threads running Go code at once) and
// returns the previous setting; n < 1 only reports it.
func GOMAXPROCS(n int) int

// NumCPU returns the number of CPUs the process may run on.
func NumCPU() int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int
