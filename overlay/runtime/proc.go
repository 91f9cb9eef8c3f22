// goc: the scheduler is C (runtime/proc.c); these are its Go entry points.

package runtime

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it, after running its deferred
// calls; recover returns nil in them.
func Goexit()

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// LockOSThread wires the calling goroutine to its current operating system
// thread: it always runs on that thread, and no other goroutine does, until
// it calls UnlockOSThread as many times as it called LockOSThread.
func LockOSThread()

// UnlockOSThread undoes one earlier call to LockOSThread.
func UnlockOSThread()
