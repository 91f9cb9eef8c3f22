// goc: the collector is C (runtime/mgc.c); this is its Go entry point.

package runtime

// GC runs a garbage collection and blocks the caller until it is complete,
// sweeping included.
func GC()
