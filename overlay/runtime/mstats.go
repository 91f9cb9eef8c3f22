// goc: the allocator's statistics come from the C runtime (runtime/mstats.c),
// which fills this structure: its layout must stay gc's.

package runtime

// A MemStats records statistics about the memory allocator (gc's fields and
// meanings; see ReadMemStats).
type MemStats struct {
	Alloc         uint64 // bytes of allocated heap objects
	TotalAlloc    uint64 // cumulative bytes allocated for heap objects
	Sys           uint64 // bytes of memory obtained from the OS
	Lookups       uint64 // pointer lookups by the runtime (always 0, as in gc)
	Mallocs       uint64 // cumulative count of heap objects allocated
	Frees         uint64 // cumulative count of heap objects freed
	HeapAlloc     uint64 // bytes of allocated heap objects (= Alloc)
	HeapSys       uint64 // bytes of heap memory obtained from the OS
	HeapIdle      uint64 // bytes in idle (unused) spans
	HeapInuse     uint64 // bytes in in-use spans
	HeapReleased  uint64 // bytes of physical memory returned to the OS
	HeapObjects   uint64 // number of allocated heap objects
	StackInuse    uint64 // bytes of goroutine stacks in use
	StackSys      uint64 // bytes of stack memory obtained from the OS
	MSpanInuse    uint64 // bytes of allocated span structures
	MSpanSys      uint64 // bytes obtained from the OS for span structures
	MCacheInuse   uint64 // bytes of allocated per-P caches
	MCacheSys     uint64 // bytes obtained from the OS for per-P caches
	BuckHashSys   uint64 // bytes of profiling bucket hash tables
	GCSys         uint64 // bytes of garbage collection metadata
	OtherSys      uint64 // bytes of miscellaneous off-heap runtime allocations
	NextGC        uint64 // the heap size the next collection aims to stay under
	LastGC        uint64 // when the last collection finished, in ns since 1970
	PauseTotalNs  uint64 // cumulative stop-the-world time
	PauseNs       [256]uint64 // recent pause times, most recent at [(NumGC+255)%256]
	PauseEnd      [256]uint64 // recent pause end times, ns since 1970
	NumGC         uint32 // number of completed collections
	NumForcedGC   uint32 // number of collections forced by calling GC
	GCCPUFraction float64 // fraction of CPU time used by the collector since the program started
	EnableGC      bool   // always true
	DebugGC       bool   // currently unused
	// BySize reports per-size class allocation statistics.
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics, consistent as
// of one moment: it briefly stops the world.
//
//go:noescape
func ReadMemStats(m *MemStats)

// MemProfileRate is the number of bytes allocated per sampled allocation
// of the memory profile (gc's default).  goc keeps no memory profile yet:
// the variable exists for programs that set it.
var MemProfileRate int = 512 * 1024
