// goc: the scheduler is C (runtime/proc.c); these are its Go entry points.

package runtime

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()
