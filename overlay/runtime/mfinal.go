// goc: the collector is C (runtime/mgc.c); this is its Go entry point.

package runtime

// KeepAlive marks its argument as reachable until the call: the value is
// live in the caller's frame (which goc scans) up to this point.
func KeepAlive(x any)

// SetFinalizer sets the finalizer of obj, a pointer to an object the
// program allocated, to finalizer: when the collector finds obj
// unreachable, it keeps it for one more cycle and runs finalizer(obj) on a
// goroutine of its own.  A nil finalizer removes it.  The finalizer's one
// parameter is obj's type, a pointer type with the same element type, or an
// interface obj's type implements.
func SetFinalizer(obj any, finalizer any)
