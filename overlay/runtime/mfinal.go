// goc: the collector is C (runtime/mgc.c); this is its Go entry point.

package runtime

// KeepAlive marks its argument as reachable until the call: the value is
// live in the caller's frame (which goc scans) up to this point.
func KeepAlive(x any)
