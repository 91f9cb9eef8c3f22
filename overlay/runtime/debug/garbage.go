// goc: gc's runtime/debug links to gc's runtime internals; goc's collector
// is C (runtime/mgc.c), so this package declares its entry points.

// Package debug contains facilities for programs to control the runtime
// while they are running (goc: the collector's settings).
package debug

// SetGCPercent sets the collection target percentage (GOGC) and returns
// the previous setting; a negative value turns collection off.
func SetGCPercent(percent int) int

// FreeOSMemory forces a collection and returns as much memory to the
// operating system as possible.
func FreeOSMemory()
