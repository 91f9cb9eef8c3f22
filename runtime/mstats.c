/* runtime/mstats.c — runtime.ReadMemStats and the other Go entry points of
 * the memory system (gc: mstats.go, mgc.go's GC, mfinal.go's KeepAlive).
 *
 * The Go side is overlay/runtime/mstats.go; GoMemStats below must keep its
 * layout, which is gc's runtime.MemStats.  Figures are gc's where goc has
 * the same thing, and otherwise the nearest goc has:
 *   - HeapAlloc: bytes of allocated slots in in-use spans, including dead
 *     objects not yet swept (as gc's);
 *   - Mallocs counts every allocation (tiny ones too); Frees counts freed
 *     slots plus tiny allocations that shared a block, so that HeapObjects
 *     = Mallocs - Frees, as in gc;
 *   - StackInuse/StackSys: the bytes of goroutine stacks in use: each
 *     goroutine's small first segment, plus its big segment from its saved
 *     SP to the top, page-rounded, when it is on it (goroutine 1: its one
 *     stack the same way); the big segments are large lazily committed
 *     reservations, so gc's span-based figure has no exact counterpart;
 *   - GCSys: the heap bitmap for the heap in use (1/64 of it);
 *   - MSpanInuse/Sys, MCacheInuse/Sys: span structs and per-P caches.
 * ReadMemStats stops the world so the numbers agree with each other.
 *
 * Invariants: called from Go code on a goroutine with a P; allocates nothing.
 */
#include "rt.h"

typedef struct GoMemStats {
	uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
	uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
	uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
	uint64_t BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
	uint64_t PauseNs[256], PauseEnd[256];
	uint32_t NumGC, NumForcedGC;
	double GCCPUFraction;
	bool EnableGC, DebugGC;
	struct {
		uint32_t Size;
		uint64_t Mallocs, Frees;
	} BySize[61];
} GoMemStats;
_Static_assert(offsetof(GoMemStats, PauseNs) == 192 && offsetof(GoMemStats, NumGC) == 4288 &&
               offsetof(GoMemStats, GCCPUFraction) == 4296 && offsetof(GoMemStats, BySize) == 4312 &&
               sizeof(GoMemStats) == 4312 + 61 * 24, "gc's runtime.MemStats layout");

void rt_ReadMemStats(GoMemStats *m) __asm__("runtime.ReadMemStats");
void rt_GC(void);  // runtime.GC: asm_amd64.S clears the registers first
void rt_KeepAlive(GoEface x) __asm__("runtime.KeepAlive");

typedef struct SpanSums {
	uint64_t allocBytes, allocObjects, nspans;
} SpanSums;
static SpanSums sums;

static void sumspan(MSpan *s)
{
	sums.allocBytes += (uint64_t)s->allocCount * s->elemsize;
	sums.allocObjects += s->allocCount;
	sums.nspans++;
}

static void sumstack(G *gp, void *arg)
{
	uint64_t *n = arg;
	uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) & ~G_SCAN;
	if (st == G_DEAD || st == G_IDLE)
		return;
	uintptr_t sp = gp == rt_getg() ? (uintptr_t)__builtin_frame_address(0) : gp->sched_sp;
	Stack part[2];
	int k = rt_stackspans(gp, sp, part);
	if (gp->segmented)  // the first segment is allocated whole; the big one is committed as touched
		*n += SMALL_STACK_SIZE;
	for (int i = 0; i < k; i++)
		if (!gp->segmented || part[i].hi != gp->stack.hi)
			*n += ((part[i].hi - part[i].lo) + 4095) & ~(uintptr_t)4095;
}

void rt_ReadMemStats(GoMemStats *m)
{
	rt_stopTheWorld();
	uint64_t mallocs = 0, tiny = 0, byclass[NUM_SIZE_CLASSES] = {0};
	int32_t ncache = 0;
	for (int32_t i = 0; i < rt_gomaxprocs; i++) {
		MCache *c = rt_allp[i]->mcache;
		if (!c)
			continue;
		ncache++;
		mallocs += c->nmalloc;
		tiny += c->tinyallocs;
		for (int k = 0; k < NUM_SIZE_CLASSES; k++)
			byclass[k] += c->nmallocclass[k];
	}
	sums = (SpanSums){0, 0, 0};
	rt_mheap_forEachSpan(sumspan);
	uint64_t stacks = 0;
	rt_forEachG(sumstack, &stacks);
	HeapStats hs = rt_mheap_stats();
	// The allocator caches carry counts of slots they took but did not use.
	memset(m, 0, sizeof *m);
	m->HeapAlloc = m->Alloc = sums.allocBytes;
	m->TotalAlloc = sums.allocBytes + __atomic_load_n(&rt_gc.nfreebytes, __ATOMIC_RELAXED);
	m->Mallocs = mallocs;
	m->Frees = __atomic_load_n(&rt_gc.nfree, __ATOMIC_RELAXED) + tiny;
	m->HeapObjects = m->Mallocs > m->Frees ? m->Mallocs - m->Frees : 0;
	m->HeapSys = hs.sys;
	m->HeapInuse = hs.inuse;
	m->HeapIdle = hs.sys - hs.inuse;
	m->HeapReleased = hs.released;
	m->StackInuse = m->StackSys = stacks;
	m->MSpanInuse = m->MSpanSys = sums.nspans * sizeof(MSpan);
	m->MCacheInuse = m->MCacheSys = (uint64_t)(ncache + 1) * sizeof(MCache);
	m->GCSys = hs.inuse / 64;
	m->Sys = m->HeapSys + m->StackSys + m->MSpanSys + m->MCacheSys + m->GCSys;
	m->NextGC = rt_gc.goal == ~(uint64_t)0 ? 0 : rt_gc.goal;
	m->LastGC = (uint64_t)rt_gc.lastgc;
	m->PauseTotalNs = rt_gc.pauseTotalNs;
	memmove(m->PauseNs, rt_gc.pauseNs, sizeof m->PauseNs);
	memmove(m->PauseEnd, rt_gc.pauseEnd, sizeof m->PauseEnd);
	m->NumGC = rt_gc.numgc;
	m->NumForcedGC = rt_gc.numforced;
	int64_t elapsed = rt_nanotime() - rt_gc.initTime;
	if (elapsed > 0)
		m->GCCPUFraction = (double)rt_gc.cpuNs / ((double)elapsed * (double)rt_gomaxprocs);
	m->EnableGC = true;
	for (int k = 0; k < 61 && k < NUM_SIZE_CLASSES; k++) {
		m->BySize[k].Size = rt_class_to_size[k];
		m->BySize[k].Mallocs = k == 0 ? 0 : byclass[k];
		m->BySize[k].Frees = k == 0 ? 0 : __atomic_load_n(&rt_gc.nfreeclass[k], __ATOMIC_RELAXED);
	}
	rt_startTheWorld();
}

/* runtime.GC: wait for a cycle in progress, run a whole one on this
 * goroutine, and finish its sweep (gc: GC). */
/* Zero the n bytes of this goroutine's stack below the caller's frame.
 * Stacks are scanned conservatively: dead frames of earlier, deeper calls
 * (a function that made an object and dropped it, the runtime's own C
 * frames) leave its address behind, and the collector's C frames, built
 * over them, would present it as a root.  Clearing first keeps runtime.GC()
 * from retaining what the program no longer reaches (Boehm GC's
 * GC_clear_stack does the same). */
NOINLINE static void clearstack(uintptr_t n)
{
	G *gp = rt_getg();
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	Stack seg = rt_stacksegment(gp, sp);  // the segment we are on (stack.c); not the canary of a first one
	if (seg.hi == 0)
		return;
	uintptr_t lo = sp > n ? sp - n : 0;
	if (lo < seg.lo + 64)
		lo = seg.lo + 64;
	for (volatile uintptr_t *p = (volatile uintptr_t *)(lo & ~(uintptr_t)7); (uintptr_t)p < sp - 256; p++)
		*p = 0;
}

void rt_GC(void)
{
	clearstack(32 << 10);
	for (;;) {
		while (__atomic_load_n(&rt_gc.running, __ATOMIC_ACQUIRE))
			rt_gosched();
		if (rt_gcStart(GC_TRIGGER_USER))
			break;
	}
	while (rt_sweepone())
		;
}

/* runtime.KeepAlive: x was live in the caller until this call. */
NOINLINE void rt_KeepAlive(GoEface x) { __asm__ volatile("" : : "r"(x.type), "r"(x.data) : "memory"); }

/* ---- runtime/debug (gc's source; these are its bodyless functions,
 * stubs.go, mod.go and garbage.go) ---- */

int32_t rt_debug_setGCPercent(int32_t percent) __asm__("\"runtime/debug.setGCPercent\"");
void rt_debug_freeOSMemory(void) __asm__("\"runtime/debug.freeOSMemory\"");
void rt_debug_readGCStats(GoSlice *pauses) __asm__("\"runtime/debug.readGCStats\"");
int64_t rt_debug_setMaxStack(int64_t n) __asm__("\"runtime/debug.setMaxStack\"");
int64_t rt_debug_setMaxThreads(int64_t n) __asm__("\"runtime/debug.setMaxThreads\"");
int64_t rt_debug_setMemoryLimit(int64_t n) __asm__("\"runtime/debug.setMemoryLimit\"");
uint8_t rt_debug_setPanicOnFault(uint64_t on) __asm__("\"runtime/debug.setPanicOnFault\"");
GoPair rt_debug_modinfo(void) __asm__("\"runtime/debug.modinfo\"");
void rt_debug_WriteHeapDump(uintptr_t fd) __asm__("\"runtime/debug.WriteHeapDump\"");

/* gc: setGCPercent.  The new goal applies from now: a cycle may start at
 * the next allocation. */
static int64_t setgcpercent(int64_t percent)
{
	if (percent < 0)
		percent = -1;
	if (percent > 1000000000)
		percent = 1000000000;
	while (__atomic_load_n(&rt_gc.running, __ATOMIC_ACQUIRE))
		rt_gosched();
	rt_stopTheWorld();
	int64_t old = rt_gc.gcpercent;
	rt_gc.gcpercent = (int32_t)percent;
	rt_gcsetgoal(rt_gc.heapMarked);
	rt_startTheWorld();
	return old;
}

int32_t rt_debug_setGCPercent(int32_t percent) { return (int32_t)setgcpercent(percent); }

/* gc: debug.FreeOSMemory: a full collection, then give every free page back. */
void rt_debug_freeOSMemory(void)
{
	rt_GC();
	rt_scavenge(0);
}

/* gc: readGCStats_m: the recent pauses (newest first), their end times,
 * then the last collection's time, the number of collections and the
 * total pause, in a slice debug.ReadGCStats made big enough */
void rt_debug_readGCStats(GoSlice *pauses)
{
	enum { N = sizeof rt_gc.pauseNs / sizeof rt_gc.pauseNs[0] };
	if (pauses->cap < N + 3)
		THROW("short slice passed to readGCStats");
	uint64_t *p = pauses->ptr;
	uint32_t numgc = rt_gc.numgc, n = numgc < N ? numgc : N;
	for (uint32_t i = 0; i < n; i++) {
		uint32_t j = (numgc - 1 - i) % N;
		p[i] = rt_gc.pauseNs[j];
		p[n + i] = rt_gc.pauseEnd[j];
	}
	p[n + n] = (uint64_t)rt_gc.lastgc;
	p[n + n + 1] = numgc;
	p[n + n + 2] = rt_gc.pauseTotalNs;
	pauses->len = n + n + 3;
}

/* Limits goc records and reports back, as gc's setters do, but does not
 * enforce: goroutine stacks are fixed segments (stack.c: 1 GiB for
 * goroutine 1, 256 MiB for the others), the scheduler starts threads as
 * needed, and the pacer has no memory limit (mgc.c). */
static int64_t maxstack = 1000000000, maxthreads = 10000, memlimit = INT64_MAX;

int64_t rt_debug_setMaxStack(int64_t n) { return __atomic_exchange_n(&maxstack, n, __ATOMIC_RELAXED); }
int64_t rt_debug_setMaxThreads(int64_t n) { return __atomic_exchange_n(&maxthreads, n, __ATOMIC_RELAXED); }
int64_t rt_debug_setMemoryLimit(int64_t n)
{
	return n < 0 ? memlimit : __atomic_exchange_n(&memlimit, n, __ATOMIC_RELAXED);  // < 0: just read it (gc)
}

/* gc: setPanicOnFault: per goroutine (signal_unix.c's rt_sigpanic) */
uint8_t rt_debug_setPanicOnFault(uint64_t on)
{
	G *gp = rt_getg();
	bool old = gp->paniconfault;
	gp->paniconfault = on & 1;
	return old;
}

/* The module information go build embeds; goc's binaries carry none, so
 * debug.ReadBuildInfo reports ok == false, as for gc binaries linked
 * without it. */
GoPair rt_debug_modinfo(void) { return (GoPair){0, 0}; }

void rt_debug_WriteHeapDump(uintptr_t fd)
{
	(void)fd;
	THROW("debug.WriteHeapDump is not supported by goc yet");
}
