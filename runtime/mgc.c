/* runtime/mgc.c — the garbage collector: a non-moving, mostly concurrent
 * tri-color mark-sweep collector (gc: mgc.go, mgcmark.go, mgcpacer.go,
 * mbarrier.go, mgcwork.go).
 *
 * A cycle starts when the heap reaches its trigger (or every N allocations
 * under GODEBUG=gcstress=N, or on runtime.GC), in gc's phases:
 *   1. sweep termination (world stopped, short): finish sweeping the last
 *      cycle's spans, take every span back from the per-P caches, turn on
 *      the write barrier and black allocation;
 *   2. concurrent mark (world running): the GC worker (goroutine 4, a
 *      system goroutine holding one P, yielding every ~100 µs) shades the
 *      roots and blackens grey objects; allocating goroutines assist with
 *      a share of the work; the write barrier shades every pointer the
 *      program stores into the heap or a global;
 *   3. mark termination (world stopped): the roots are scanned again (the
 *      program changes stacks, globals and the runtime's root pools without
 *      barriers) -- but not the stack of a goroutine that has not run since
 *      its concurrent scan (G.stackclean: only its own code writes its
 *      stack without a barrier; the runtime's writes into a parked G's
 *      stack, a channel's direct send, shade through rt_typedmemmove);
 *      only the goroutines on the rescan list are even looked at --
 *      the grey objects left are blackened, and the barrier goes
 *      off; the sweep generation flips, the next goal is set, the world
 *      starts and the background sweeper wakes (mgcsweep.c).
 * Colours: white = mark bit clear; grey = mark bit set and the object queued
 * (its pointers not yet followed); black = mark bit set and scanned.
 * Pointer-free ("noscan") objects go straight to black.  Objects allocated
 * while marking are black (rt_gcmarknewobject).
 *
 * The barrier is Dijkstra's insertion barrier (gc 1.5-1.7's, before the
 * hybrid barrier of 1.8): shade(new pointer) on every heap/global pointer
 * store, plus the rescan of roots at mark termination.  gc's hybrid
 * barrier avoids that rescan but needs stacks scanned precisely one at a
 * time; goc scans stacks conservatively (LLVM gives no stack maps), so the
 * rescan is the price, paid in the second pause: proportional to the
 * stacks and root pools, not to the heap.
 *
 * What is scanned, and how:
 *   - heap objects precisely: their pointer words are recorded in the heap
 *     bitmap (mheap.c) from the type's gcdata when allocated;
 *   - globals (every writable PT_LOAD segment of the executable: .data,
 *     .bss, the runtime's own state) conservatively;
 *   - the runtime's root pools (M, P, sudogs: mheap.c) conservatively;
 *   - every goroutine's G and its stack from its saved SP (which covers the
 *     callee-saved registers mcall pushed, and every register for a
 *     goroutine stopped by the preemption signal, asm_amd64.S) to its top,
 *     conservatively -- on the big segment, that segment from SP and the
 *     first one from __morestack's frame (stack.c); the collecting
 *     goroutine's own stack after spilling its registers.
 *   A conservative word keeps an object alive if it points anywhere inside
 *   an allocated object (rt_spanOf + slot index + allocation state), as in
 *   TinyGo, gccgo and gollvm.
 *
 * Grey objects wait on one global stack (greylock); markers take batches
 * into a local buffer, and each P's write barrier fills its own buffer
 * (P.wbuf), flushed when full and at mark termination.
 *
 * Pacing (gc 1.19: gcControllerState): goal = live * (1 + GOGC/100), at
 * least 4 MiB * GOGC/100.  The cycle starts `runway` bytes before the goal:
 * the bytes the program allocates while the GC scans, at gc's 25% goal
 * utilization, what it expects to scan (the last cycle's heap, stack and
 * globals scan work), given the measured cons/mark ratio (allocation per
 * byte scanned, smoothed by gc's PI controller).  The trigger stays between
 * 45/64 and 61/64 of the way from the live heap to the goal (for a large
 * goal, up to the goal minus 4 MiB): a heap of garbage with little to scan
 * collects near its goal, as gc's does.  After a cycle, the next one is
 * at least 1 MiB of growth away, room for the concurrent sweep (gc's
 * sweepMinHeapDistance).  Past the trigger, allocating goroutines assist;
 * past the goal with nothing to scan they yield until the cycle ends, and
 * one that reaches the trigger while a cycle still terminates waits for it
 * (gc parks assists, and its gcStart waits on work.startSema).  GOGC=off disables collection.
 * heapLive counts bytes in spans handed to caches and in large objects; at
 * mark termination it becomes the marked bytes, as in gc.
 *
 * Observability: GODEBUG=gctrace=1 prints gc's line for every cycle;
 * GODEBUG=gccheckmark=1 verifies at mark termination that no marked object
 * points at an unmarked one (what a missing barrier would break);
 * GODEBUG=gcstress=N collects every N allocations (the allocating goroutine
 * does the marking while the others run) and poisons freed memory.
 *
 * Invariants:
 *   - One cycle at a time (rt_gc.running, from sweep termination to the end
 *     of mark termination); the stopped-world phases run on a goroutine
 *     holding a P, with no runtime lock, not in the allocator.
 *   - While marking: every span is swept, nothing is freed, the write
 *     barrier is on, and new objects are marked at allocation.
 *   - Mark bits are set with atomic ORs; whoever sets an object's bit
 *     queues it (if it has pointers), so it is scanned exactly once.
 */
#include "rt.h"

enum {
	PT_LOAD = 1,
	PF_W = 2,
	HEAP_MINIMUM = 4 << 20,      // gc: defaultHeapMinimum, for GOGC=100
	MARKSTACK_INIT = 1 << 16,    // entries
	LOCALBUF = 512,              // a marker's local grey buffer

	WORKER_SLICE_NS = 100000,    // the GC worker yields its P this often
};

typedef struct Elf64Phdr {
	uint32_t type, flags;
	uint64_t offset, vaddr, paddr, filesz, memsz, align;
} Elf64Phdr;

GCState rt_gc;
uint32_t rt_writeBarrier;

static int64_t runtimeInitTime;
static uintptr_t arenaStart;

/* The global grey stack (object base addresses, mapped outside the heap). */
static Mutex greylock;
static uintptr_t *markstack;
static uintptr_t marklen, markcap;

/* Statistics of the cycle in progress. */
static uint64_t markedBytes, stackBytes, globalBytes;
static uint64_t scannedBytes;  // atomic: bytes of objects blackened so far (the pacer's progress)

/* A marker's private grey objects. */
typedef struct MarkBuf {
	uintptr_t n;
	uintptr_t a[LOCALBUF];
} MarkBuf;

static void greypush(const uintptr_t *objs, uintptr_t n)  // greylock held
{
	while (marklen + n > markcap) {
		uintptr_t ncap = markcap ? markcap * 2 : MARKSTACK_INIT;
		uintptr_t *m = rt_sysmmap(ncap * sizeof(uintptr_t), true);
		if (m == 0)
			THROW("runtime: cannot allocate the mark stack");
		if (markstack) {
			memmove(m, markstack, marklen * sizeof(uintptr_t));
			rt_sys_munmap(markstack, markcap * sizeof(uintptr_t));
		}
		markstack = m;
		markcap = ncap;
	}
	memmove(markstack + marklen, objs, n * sizeof(uintptr_t));
	marklen += n;
}

static void flushbuf(uintptr_t *objs, uintptr_t *n)
{
	if (*n == 0)
		return;
	rt_lock(&greylock);
	greypush(objs, *n);
	rt_unlock(&greylock);
	*n = 0;
}

/* Up to max grey objects from the global stack into buf; 0 when it is empty. */
static uintptr_t greyget(MarkBuf *buf, uintptr_t max)
{
	if (__atomic_load_n(&marklen, __ATOMIC_RELAXED) == 0)
		return 0;
	rt_lock(&greylock);
	uintptr_t n = marklen < max ? marklen : max;
	marklen -= n;
	memmove(buf->a + buf->n, markstack + marklen, n * sizeof(uintptr_t));
	buf->n += n;
	rt_unlock(&greylock);
	return n;
}

/* Set the mark bit of slot i; true if this call set it. */
static inline bool trymark(MSpan *s, uint32_t i)
{
	uint64_t bit = (uint64_t)1 << (i % 64);
	if (__atomic_load_n(&s->gcmarkBits[i / 64], __ATOMIC_RELAXED) & bit)
		return false;
	return !(__atomic_fetch_or(&s->gcmarkBits[i / 64], bit, __ATOMIC_RELAXED) & bit);
}

/* Shade the object containing p, if p points into an allocated object
 * (gc: findObject + greyobject).  Returns the object to scan, or 0. */
static inline uintptr_t shade(uintptr_t p)
{
	MSpan *s = rt_spanOf(p);
	if (s == 0 || p >= s->limit)
		return 0;
	uint32_t i = rt_objindex(s, p);
	if (rt_spanIsFree(s, i) || !trymark(s, i))
		return 0;
	__atomic_add_fetch(&markedBytes, s->elemsize, __ATOMIC_RELAXED);
	if (s->spanclass & 1)
		return 0;  // noscan: black at once
	return s->base + (uintptr_t)i * s->elemsize;
}

static inline void markptr(uintptr_t p, MarkBuf *buf)
{
	uintptr_t obj = shade(p);
	if (obj == 0)
		return;
	if (buf->n == LOCALBUF) {
		// Keep half, give half to the others.
		rt_lock(&greylock);
		greypush(buf->a, LOCALBUF / 2);
		rt_unlock(&greylock);
		memmove(buf->a, buf->a + LOCALBUF / 2, (LOCALBUF / 2) * sizeof(uintptr_t));
		buf->n = LOCALBUF / 2;
	}
	buf->a[buf->n++] = obj;
}

/* Every aligned word of [lo, hi) as a possible pointer. */
static void scanblock(uintptr_t lo, uintptr_t hi, MarkBuf *buf)
{
	lo = (lo + 7) & ~(uintptr_t)7;
	for (uintptr_t p = lo; p + 8 <= hi; p += 8)
		markptr(*(const uintptr_t *)p, buf);
}

/* Blacken the object at b: follow the words its heap bits mark (gc: scanobject). */
static uintptr_t scanobject(uintptr_t b, MarkBuf *buf)
{
	MSpan *s = rt_spanOf(b);
	uintptr_t nw = s->elemsize / 8;
	uintptr_t w0 = (b - arenaStart) / 8;
	const uint8_t *hb = rt_heapBitsAt(b);
	uintptr_t i = 0;
	// Word by word up to a bitmap byte boundary, then a byte (8 words) at a time.
	while (i < nw) {
		uintptr_t w = w0 + i;
		if ((w & 7) == 0 && i + 8 <= nw) {
			uint8_t byte = hb[(w >> 3) - (w0 >> 3)];
			while (byte) {
				int k = __builtin_ctz(byte);
				markptr(*(const uintptr_t *)(b + (i + (uintptr_t)k) * 8), buf);
				byte &= (uint8_t)(byte - 1);
			}
			i += 8;
			continue;
		}
		if (hb[(w >> 3) - (w0 >> 3)] >> (w & 7) & 1)
			markptr(*(const uintptr_t *)(b + i * 8), buf);
		i++;
	}
	return s->elemsize;
}

/* Blacken grey objects: up to max bytes of them (max < 0: until none is
 * left).  Returns the bytes scanned. */
static int64_t drain(MarkBuf *buf, int64_t max)
{
	// Objects pass through a small FIFO between the grey stack and
	// scanning; entering it prefetches them, so that by the time one is
	// scanned its first cache line is (more likely) there: scanning is
	// bound by memory latency (Boehm's GC does the same).
	enum { PF = 8 };
	uintptr_t ring[PF];
	unsigned head = 0, n = 0;
	int64_t done = 0;
	for (;;) {
		bool more = max < 0 || done + n < max;
		if (more && (buf->n > 0 || greyget(buf, LOCALBUF / 2) > 0)) {
			uintptr_t obj = buf->a[--buf->n];
			__builtin_prefetch((const void *)obj);
			if (n < PF) {
				ring[(head + n++) % PF] = obj;
				continue;
			}
			uintptr_t next = ring[head];
			ring[head] = obj;
			head = (head + 1) % PF;
			done += (int64_t)scanobject(next, buf);
			continue;
		}
		if (n == 0)
			break;
		// No more to take (or the budget is spent): empty the ring;
		// what it finds is taken in the next rounds, budget permitting.
		done += (int64_t)scanobject(ring[head], buf);
		head = (head + 1) % PF;
		n--;
	}
	flushbuf(buf->a, &buf->n);
	__atomic_add_fetch(&scannedBytes, (uint64_t)done, __ATOMIC_RELAXED);
	return done;
}

/* ---- the write barrier (gc: mbarrier.go, mwbbuf.go) ---- */

/* Shade p and queue it on this P's buffer. */
void rt_wbshade(void *p)
{
	if (!__atomic_load_n(&rt_gc.marking, __ATOMIC_ACQUIRE))
		return;
	uintptr_t obj = shade((uintptr_t)p);
	if (obj == 0)
		return;
	P *pp = rt_getm()->p;
	if (pp == 0) {
		flushbuf(&obj, &(uintptr_t){1});
		return;
	}
	pp->wbuf[pp->wbufn++] = obj;
	if (pp->wbufn == WBUF_SIZE) {
		uintptr_t n = pp->wbufn;
		flushbuf(pp->wbuf, &n);
		memset(pp->wbuf, 0, pp->wbufn * sizeof(uintptr_t));  // P is a root: no stale pointers
		pp->wbufn = 0;
	}
}

/* Shade every pointer of the value of type t at src. */
void rt_wbshadetyped(void *type, void *src)
{
	const GoType *t = type;
	rt_wbshaderange(t, src, t->size);
}

/* Shade the pointers of the n bytes of t-values at src. */
void rt_wbshaderange(const GoType *t, const void *src, uintptr_t n)
{
	if (!__atomic_load_n(&rt_gc.marking, __ATOMIC_ACQUIRE) || t->ptrdata == 0 || t->size == 0)
		return;
	uintptr_t ptrw = t->ptrdata / 8;
	const uint8_t *gcdata = (t->kind & KIND_GC_PROG) ? 0 : t->gcdata;
	for (uintptr_t off = 0; off + t->size <= n; off += t->size) {
		const uintptr_t *w = (const uintptr_t *)((const uint8_t *)src + off);
		for (uintptr_t k = 0; k < ptrw; k++)
			if (gcdata == 0 || (gcdata[k / 8] >> (k % 8) & 1))
				rt_wbshade((void *)w[k]);
	}
}

void rt_wbmemmove(void *type, void *dst, void *src, int64_t n)
{
	if (UNLIKELY(__atomic_load_n(&rt_writeBarrier, __ATOMIC_RELAXED)))
		rt_wbshaderange(type, src, (uintptr_t)n);
	memmove(dst, src, (size_t)n);
}

/* An object allocated while marking starts black (gc: gcmarknewobject).
 * Its bytes are counted in the cache until it is flushed. */
void rt_gcmarknewobject(MSpan *s, uintptr_t x, MCache *c)
{
	uint32_t i = rt_objindex(s, x);
	if (trymark(s, i))
		c->blackbytes += s->elemsize;
}

void rt_gcaddmarked(uint64_t n) { __atomic_add_fetch(&markedBytes, n, __ATOMIC_RELAXED); }

/* ---- roots ---- */

static MarkBuf *rootbuf;  // the buffer root scanning fills (one root scan at a time)

static void scanroot(uintptr_t lo, uintptr_t hi) { scanblock(lo, hi, rootbuf); }
static void markroot(uintptr_t p) { markptr(p, rootbuf); }

static void markglobals(MarkBuf *buf)
{
	const Elf64Phdr *ph = rt_phdr;
	for (uintptr_t i = 0; i < rt_phnum; i++) {
		if (ph[i].type != PT_LOAD || !(ph[i].flags & PF_W))
			continue;
		scanblock(ph[i].vaddr, ph[i].vaddr + ph[i].memsz, buf);
		globalBytes += ph[i].memsz;
	}
	rootbuf = buf;
	rt_rootpools_scan(scanroot);
	rt_fin_markroots(markroot);
}

typedef struct StackArg {
	G *me;
	MarkBuf *buf;
	bool stopped;  // the world is stopped: every G but me must be
} StackArg;

/* Scan the stack of gp, whose SP is sp, in one or two parts
 * (stack.c: rt_stackspans); returns the bytes scanned. */
static uintptr_t scanstackfrom(G *gp, uintptr_t sp, MarkBuf *buf)
{
	Stack part[2];
	int n = rt_stackspans(gp, sp, part);
	if (n == 0) {
		rt_print("runtime: goroutine ", gp->goid, " in status ", gp->atomicstatus, " sp=", rt_hex(sp));
		rt_print(" stack=[", rt_hex(gp->stack.lo), ", ", rt_hex(gp->stack.hi), ") [", rt_hex(gp->bigstack.lo), ", ",
		         rt_hex(gp->bigstack.hi), ")\n");
		THROW("scanstack: bad stack pointer");
	}
	uintptr_t bytes = 0;
	for (int i = 0; i < n; i++) {
		scanblock(part[i].lo, part[i].hi, buf);
		bytes += part[i].hi - part[i].lo;
	}
	scanblock((uintptr_t)gp, (uintptr_t)(gp + 1), buf);  // startarg, defer, panic
	return bytes;
}

static void scanstackat(G *gp, StackArg *a)
{
	rt_stackcheck(gp);
	stackBytes += scanstackfrom(gp, gp->sched_sp, a->buf);
}

enum { SUSPEND_NS = 50 * 1000 * 1000 };  // how long to keep asking a running goroutine to stop

/* With the world running: hold gp still (the G_SCAN bit keeps it from
 * running; a running G is first preempted) and scan its stack (gc:
 * suspendG + scanstack).  A goroutine that cannot be stopped soon is left
 * to mark termination. */
static void scanstackconcurrent(G *gp, StackArg *a)
{
	int64_t deadline = 0;
	for (int tries = 0;; tries++) {
		if ((tries & 63) == 63) {
			int64_t now = rt_nanotime();
			if (deadline == 0)
				deadline = now + SUSPEND_NS;
			else if (now > deadline)
				break;
		}
		uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE);
		if (__atomic_load_n(&gp->scandone, __ATOMIC_ACQUIRE) == rt_gc.cycle)
			return;  // it scanned itself
		if (st == G_RUNNABLE || st == G_WAITING) {
			uint32_t old = st;
			if (!__atomic_compare_exchange_n(&gp->atomicstatus, &old, st | G_SCAN, false, __ATOMIC_ACQ_REL,
			                                 __ATOMIC_RELAXED))
				continue;
			scanstackat(gp, a);
			gp->stackclean = true;  // until execute runs it again
			__atomic_store_n(&gp->scandone, rt_gc.cycle, __ATOMIC_RELEASE);
			__atomic_store_n(&gp->atomicstatus, st, __ATOMIC_RELEASE);
			return;
		}
		if (st != G_RUNNING)
			return;  // dead, idle or in a system call
		if ((tries & 15) == 0)
			rt_preemptG(gp);
		// It usually stops within microseconds: spin before giving the
		// CPU away (a sched_yield on a busy machine can cost a time slice).
		if (tries < 256) {
			for (int k = 0; k < 64; k++)
				__asm__ volatile("pause");
		} else {
			rt_osyield();
		}
	}
}

/* The goroutines mark termination looks at: those that ran or were made
 * while marking, and those the concurrent pass could not scan (in a system
 * call, or not stopping).  The others' stacks are as the concurrent pass
 * scanned them, so the stopped world need not visit them: its pause grows
 * with the goroutines that ran, not with all there are (a million dead
 * ones cost 40 ms).  A lock-free stack: each G at most once per cycle
 * (rescancycle), taken with the world stopped. */
static G *rescanlist;

void rt_gcrescan(G *gp)
{
	uint32_t c = __atomic_load_n(&rt_gc.cycle, __ATOMIC_RELAXED);
	uint32_t old = __atomic_load_n(&gp->rescancycle, __ATOMIC_RELAXED);
	if (old == c || !__atomic_compare_exchange_n(&gp->rescancycle, &old, c, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
		return;
	G *h = __atomic_load_n(&rescanlist, __ATOMIC_RELAXED);
	do
		gp->rescannext = h;
	while (!__atomic_compare_exchange_n(&rescanlist, &h, gp, true, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
}

static void markstackof(G *gp, void *argp)
{
	StackArg *a = argp;
	uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE);
	if (st == G_DEAD || gp == a->me)
		return;
	if (!a->stopped) {
		scanstackconcurrent(gp, a);
		if (!(gp->stackclean && __atomic_load_n(&gp->scandone, __ATOMIC_ACQUIRE) == rt_gc.cycle))
			rt_gcrescan(gp);  // not scanned, or running since: for mark termination
	} else if (gp->stackclean && __atomic_load_n(&gp->scandone, __ATOMIC_ACQUIRE) == rt_gc.cycle)
		return;  // not run since its concurrent scan: its stack is as it was
	else if (st == G_RUNNING)
		THROW("scanstack: goroutine running with the world stopped");
	else
		scanstackat(gp, a);
	drain(a->buf, -1);
}

/* A running goroutine asked to (PREEMPT_SCAN) scans its own stack at a
 * safe point, registers included: everything below its current frame's
 * caller was saved by rt_asyncPreempt or is dead (gc: the preemptscan in
 * newstack). */
NOINLINE void rt_gcselfscan(G *gp)
{
	if (!__atomic_load_n(&rt_gc.marking, __ATOMIC_ACQUIRE) ||
	    __atomic_load_n(&gp->scandone, __ATOMIC_ACQUIRE) == rt_gc.cycle)
		return;
	__builtin_unwind_init();
	MarkBuf buf;
	buf.n = 0;
	volatile uintptr_t here = 0;
	uintptr_t bytes = scanstackfrom(gp, (uintptr_t)&here, &buf);
	flushbuf(buf.a, &buf.n);
	__atomic_add_fetch(&stackBytes, bytes, __ATOMIC_RELAXED);
	__atomic_store_n(&gp->scandone, rt_gc.cycle, __ATOMIC_RELEASE);
}

/* The collecting goroutine's own stack, registers included: the spill
 * puts every callee-saved register in this frame. */
NOINLINE static void markownstack(G *me, MarkBuf *buf)
{
	__builtin_unwind_init();
	volatile uintptr_t here = 0;
	stackBytes += scanstackfrom(me, (uintptr_t)&here, buf);
}

static void markroots(G *me, bool stopped)
{
	MarkBuf mb;
	MarkBuf *buf = &mb;
	buf->n = 0;
	if (!stopped)  // gctrace's "MB stacks": the concurrent scan plus the rescan
		stackBytes = globalBytes = 0;
	else
		globalBytes = 0;
	markglobals(buf);
	drain(buf, -1);
	StackArg a = {me, buf, stopped};
	if (!stopped) {
		rt_forEachG(markstackof, &a);
	} else {
		G *list = rescanlist;
		rescanlist = 0;
		for (G *gp = list; gp; gp = gp->rescannext)
			markstackof(gp, &a);
	}
	markownstack(me, buf);
	drain(buf, -1);
}

/* ---- GODEBUG=gccheckmark=1 ---- */

static void checkspan(MSpan *s)
{
	if (s->spanclass & 1)
		return;
	for (uint32_t i = 0; i < s->nelems; i++) {
		if (!(s->gcmarkBits[i / 64] >> (i % 64) & 1))
			continue;
		uintptr_t b = s->base + (uintptr_t)i * s->elemsize;
		for (uintptr_t off = 0; off < s->elemsize; off += 8) {
			if (!rt_heapBitIsPointer(b + off))
				continue;
			uintptr_t p = *(const uintptr_t *)(b + off);
			MSpan *t = rt_spanOf(p);
			if (t == 0 || p >= t->limit)
				continue;
			uint32_t j = rt_objindex(t, p);
			if (rt_spanIsFree(t, j))
				continue;
			if (!(t->gcmarkBits[j / 64] >> (j % 64) & 1)) {
				rt_print("runtime: marked object ", rt_hex(b), " (span class ", s->spanclass, ") word ", off / 8,
				         " points to unmarked object ", rt_hex(p), "\n");
				THROW("checkmark found unmarked object");
			}
		}
	}
}

/* ---- pacing and the trace line ---- */

static uint64_t heapMinimum(void)
{
	return rt_gc.gcpercent < 0 ? 0 : (uint64_t)HEAP_MINIMUM * (uint64_t)rt_gc.gcpercent / 100;
}

/* sweeping: at mark termination, with the cycle's sweep still to come */
static void setgoal(uint64_t live, bool sweeping);
void rt_gcsetgoal(uint64_t live) { setgoal(live, false); }

/* the pacer's model (gc: consMark, consMarkController, runway) */
static struct {
	double consMark;     // bytes allocated per byte scanned while marking
	double errIntegral;  // the PI controller's state
	uint64_t runway;     // bytes before the goal at which the next cycle starts
} pacer;

/* gc's piController (kp 0.9, ti 4, tt 1000, output in [-1000, 1000]) for
 * one cycle: the new cons/mark estimate from the old one and this cycle's */
static double consmark_next(double input, double setpoint)
{
	const double kp = 0.9, ti = 4.0, tt = 1000.0, lo = -1000.0, hi = 1000.0;
	double raw = kp * (setpoint - input) + pacer.errIntegral;
	if (raw != raw || raw > 1e300 || raw < -1e300) {  // NaN or overflow: start over
		pacer.errIntegral = 0;
		return 0;
	}
	double out = raw < lo ? lo : raw > hi ? hi : raw;
	pacer.errIntegral += (kp / ti) * (setpoint - input) + (out - raw) / tt;
	return out;
}

static void setgoal(uint64_t live, bool sweeping)
{
	if (rt_gc.gcpercent < 0) {
		rt_gc.goal = rt_gc.trigger = ~(uint64_t)0;
		return;
	}
	uint64_t goal = live + live * (uint64_t)rt_gc.gcpercent / 100;
	if (goal < heapMinimum())
		goal = heapMinimum();
	rt_gc.goal = goal;
	uint64_t lo = live + (goal - live) / 64 * 45, hi = live + (goal - live) / 64 * 61;
	if (goal > HEAP_MINIMUM && goal - HEAP_MINIMUM > hi)
		hi = goal - HEAP_MINIMUM;
	/* the sweep that follows a cycle needs room to run concurrently: at
	 * least 1 MiB of growth before the next cycle (gc's sweepMinHeapDistance;
	 * with GOGC=1 it, not the 40 KiB minimum heap, sets the pace) */
	uint64_t sweepdist = sweeping ? live + (1 << 20) : 0;
	if (sweepdist > goal)
		rt_gc.goal = goal = sweepdist;
	if (sweepdist > lo)
		lo = sweepdist;
	if (hi < lo)
		hi = lo;
	uint64_t t = pacer.runway > goal ? lo : goal - pacer.runway;
	rt_gc.trigger = t < lo ? lo : t > hi ? hi : t;
}

void rt_gcinit(void)
{
	arenaStart = rt_heapArenaStart();
	runtimeInitTime = rt_gc.initTime = rt_nanotime();
	rt_gc.gcpercent = 100;
	GoString v = rt_gogetenv("GOGC");
	if (v.len == 3 && memcmp(v.ptr, "off", 3) == 0) {
		rt_gc.gcpercent = -1;
	} else if (v.len > 0) {
		int64_t n = 0;
		bool ok = true;
		for (int64_t i = 0; i < v.len; i++) {
			if (v.ptr[i] < '0' || v.ptr[i] > '9' || n > 1000000000) {
				ok = false;
				break;
			}
			n = n * 10 + (v.ptr[i] - '0');
		}
		if (ok)
			rt_gc.gcpercent = (int32_t)n;
	}
	rt_gc.trace = (int32_t)rt_godebug("gctrace");
	rt_gc.stress = rt_godebug("gcstress");
	rt_gc.checkmark = (int32_t)rt_godebug("gccheckmark");
	setgoal(0, false);
}

/* gc: itoaDiv.  val with dec decimal places, into the end of buf. */
static const char *itoaDiv(char *buf, int n, uint64_t val, int dec)
{
	int i = n - 1, idec = i - dec;
	while (val >= 10 || i >= idec) {
		buf[i--] = (char)('0' + val % 10);
		if (i == idec)
			buf[i--] = '.';
		val /= 10;
	}
	buf[i] = (char)('0' + val);
	return buf + i;
}

/* gc: fmtNSAsMS. */
static void printms(uint64_t ns)
{
	char buf[25];
	buf[24] = 0;
	if (ns >= 10000000) {
		rt_print(itoaDiv(buf, 24, ns / 1000000, 0));
		return;
	}
	uint64_t x = ns / 1000;
	if (x == 0) {
		rt_print("0");
		return;
	}
	int dec = 3;
	while (x >= 100) {
		x /= 10;
		dec--;
	}
	rt_print(itoaDiv(buf, 24, x, dec));
}

/* The cycle in progress (gc: work). */
static struct {
	int why;                 // GC_TRIGGER_*
	int64_t tStart, tMark, tMarkTerm, tEnd;
	uint64_t heap0, heap1, goal;
	uint64_t assistNs, workerNs;
} work;

static uint64_t totalGCTime;  // ns of stopped world plus marking, all cycles, for the utilisation figure

static void gctrace(void)
{
	char buf[25];
	buf[24] = 0;
	int32_t procs = rt_gomaxprocs;
	int64_t elapsed = work.tEnd - runtimeInitTime;
	int util = elapsed > 0 ? (int)(totalGCTime * 100 / ((uint64_t)elapsed * (uint64_t)procs)) : 0;
	rt_printlock();
	rt_print("gc ", (uint64_t)rt_gc.numgc, " @",
	         itoaDiv(buf, 24, (uint64_t)(work.tStart - runtimeInitTime) / 1000000, 3), "s ", util, "%: ");
	printms((uint64_t)(work.tMark - work.tStart));
	rt_print("+");
	printms((uint64_t)(work.tMarkTerm - work.tMark));
	rt_print("+");
	printms((uint64_t)(work.tEnd - work.tMarkTerm));
	rt_print(" ms clock, ");
	printms((uint64_t)(work.tMark - work.tStart) * (uint64_t)procs);
	rt_print("+");
	printms(work.assistNs);
	rt_print("/");
	printms(work.workerNs);
	rt_print("/0+");
	printms((uint64_t)(work.tEnd - work.tMarkTerm) * (uint64_t)procs);
	rt_print(" ms cpu, ", work.heap0 >> 20, "->", work.heap1 >> 20, "->", rt_gc.heapMarked >> 20, " MB, ");
	rt_print(work.goal >> 20, " MB goal, ", stackBytes >> 20, " MB stacks, ", globalBytes >> 20, " MB globals, ");
	rt_print(procs, " P");
	if (work.why == GC_TRIGGER_USER)
		rt_print(" (forced)");
	rt_print("\n");
	rt_printunlock();
}

/* ---- a cycle ---- */

static void flushcaches(void)
{
	for (int32_t i = 0; i < rt_gomaxprocs; i++)
		if (rt_allp[i]->mcache)
			rt_mcache_flush(rt_allp[i]->mcache);
	rt_mcache_flushshared();
}

static void verifyheap(void) { rt_mheap_forEachSpan(checkspan); }

/* For finalizers at mark termination: is the object at p marked; mark
 * it and what it reaches. */
static bool ismarked(uintptr_t p)
{
	MSpan *s = rt_spanOf(p);
	if (s == 0 || p >= s->limit)
		return true;
	uint32_t i = rt_objindex(s, p);
	return s->gcmarkBits[i / 64] >> (i % 64) & 1;
}

static void markfrom(uintptr_t p)
{
	MarkBuf buf;
	buf.n = 0;
	markptr(p, &buf);
	drain(&buf, -1);
}

static G *workerg;          // the GC worker goroutine
static Mutex workerlock;
static bool workerparked, workerpending;

void rt_gcflushwbuf(P *pp)
{
	uintptr_t n = pp->wbufn;
	flushbuf(pp->wbuf, &n);
	memset(pp->wbuf, 0, pp->wbufn * sizeof(uintptr_t));
	pp->wbufn = 0;
}

/* With the world stopped: move every P's write-barrier buffer to the grey
 * stack.  Reports whether that left grey objects. */
static bool flushwbufs(void)
{
	for (int32_t i = 0; i < rt_gomaxprocs; i++) {
		P *pp = rt_allp[i];
		uintptr_t n = pp->wbufn;
		flushbuf(pp->wbuf, &n);
		memset(pp->wbuf, 0, pp->wbufn * sizeof(uintptr_t));  // P is a root: no stale pointers
		pp->wbufn = 0;
	}
	return __atomic_load_n(&marklen, __ATOMIC_RELAXED) != 0;
}

/* At mark termination: what this cycle says about cons/mark, and the
 * runway of the next (scan: the cycle's heap scan work in bytes). */
static void pace(uint64_t scan)
{
	int64_t markNs = work.tMarkTerm - work.tMark;
	uint64_t total = scan + stackBytes + globalBytes;
	if (markNs > 0 && total > 0 && work.heap1 > work.heap0) {
		double u = (double)(work.workerNs + work.assistNs) / ((double)markNs * (double)rt_gomaxprocs);
		if (u > 0.99)
			u = 0.99;
		if (u > 0) {
			double cur = (double)(work.heap1 - work.heap0) * u / ((double)total * (1 - u));
			pacer.consMark = consmark_next(pacer.consMark, cur);
		}
	}
	double c = pacer.consMark > 0 ? pacer.consMark : 0;
	pacer.runway = (uint64_t)(c * (1 - 0.25) / 0.25 * (double)total);
}

/* Mark termination (gc: gcMarkTermination), on a goroutine holding a P,
 * with the world stopped by markconcurrent. */
static void marktermination(void)
{
	G *gp = rt_getg();
	work.tMarkTerm = rt_nanotime();
	work.heap1 = __atomic_load_n(&rt_gc.heapLive, __ATOMIC_RELAXED);
	flushwbufs();
	markroots(gp, true);
	rt_fin_collect(ismarked, markfrom);
	if (rt_gc.checkmark)
		verifyheap();
	__atomic_store_n(&rt_writeBarrier, 0, __ATOMIC_RELEASE);
	__atomic_store_n(&rt_gc.marking, 0, __ATOMIC_RELEASE);
	flushcaches();  // their spans hold this cycle's marks: they must be swept
	__atomic_add_fetch(&rt_gc.sweepgen, 2, __ATOMIC_RELEASE);
	rt_sweep_newcycle();
	rt_gc.heapMarked = markedBytes;
	__atomic_store_n(&rt_gc.heapLive, markedBytes, __ATOMIC_RELAXED);
	pace(__atomic_load_n(&scannedBytes, __ATOMIC_RELAXED));
	setgoal(markedBytes, true);
	rt_gc.numgc++;
	rt_startTheWorld();
	work.tEnd = rt_nanotime();
	uint64_t pause = (uint64_t)(work.tMark - work.tStart) + (uint64_t)(work.tEnd - work.tMarkTerm);
	rt_gc.pauseNs[(rt_gc.numgc - 1) % 256] = pause;
	rt_gc.lastgc = rt_walltime();
	rt_gc.pauseEnd[(rt_gc.numgc - 1) % 256] = (uint64_t)rt_gc.lastgc;
	rt_gc.pauseTotalNs += pause;
	totalGCTime += pause * (uint64_t)rt_gomaxprocs + work.assistNs + work.workerNs;
	rt_gc.cpuNs = totalGCTime;
	rt_bgsweep_wake();
	rt_fin_wake();
	if (rt_gc.trace > 0)
		gctrace();
	__atomic_store_n(&rt_gc.running, 0, __ATOMIC_RELEASE);
}

/* The concurrent mark: the roots, then grey objects until none is left;
 * yields the P every WORKER_SLICE_NS.  Then mark termination. */
static void markconcurrent(void)
{
	int64_t t0 = rt_nanotime();
	markroots(rt_getg(), false);
	MarkBuf mb;
	MarkBuf *buf = &mb;
	buf->n = 0;
	int64_t slice = rt_nanotime();
	for (;;) {
		int64_t n = drain(buf, 256 << 10);
		int64_t now = rt_nanotime();
		if (n == 0) {
			// No grey object left here; the Ps' barrier buffers may hold
			// some (gc: gcMarkDone's flush).  Stop the world to look: if
			// there are none, mark termination goes on with it stopped.
			work.workerNs += (uint64_t)(now - t0);
			rt_stopTheWorld();
			if (!flushwbufs())
				break;
			rt_startTheWorld();
			t0 = slice = rt_nanotime();
			continue;
		}
		if (now - slice >= WORKER_SLICE_NS) {
			work.workerNs += (uint64_t)(now - t0);
			rt_gosched();
			t0 = slice = rt_nanotime();
		}
	}
	marktermination();
}

static bool unlockworker(G *gp, void *l)
{
	(void)gp;
	rt_unlock(l);
	return true;
}

/* The GC worker (gc: gcBgMarkWorker): goroutine 4, idle between cycles. */
static void gcworker(void *unused)
{
	(void)unused;
	for (;;) {
		rt_lock(&workerlock);
		if (!workerpending) {
			workerparked = true;
			rt_gopark(unlockworker, &workerlock, WAIT_GC_WORKER_IDLE);
			continue;
		}
		workerpending = false;
		rt_unlock(&workerlock);
		markconcurrent();
	}
}

void rt_gcworker_start(void) { workerg = rt_newsystemg(gcworker, 0); }

static void wakeworker(void)
{
	rt_lock(&workerlock);
	workerpending = true;
	if (workerparked) {
		workerparked = false;
		rt_unlock(&workerlock);
		rt_goready_global(workerg);
	} else {
		rt_unlock(&workerlock);
	}
}

bool rt_gcStart(int why)
{
	M *mp = rt_getm();
	G *gp = rt_getg();
	if (gp != mp->curg || mp->locks != 0 || mp->mallocing != 0 || mp->p == 0 || mp->dying != 0 ||
	    __atomic_load_n(&rt_panicking, __ATOMIC_RELAXED) != 0)
		return false;
	uint32_t zero = 0;
	if (!__atomic_compare_exchange_n(&rt_gc.running, &zero, 1, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
		return false;  // a cycle is under way
	if (why == GC_TRIGGER_HEAP && __atomic_load_n(&rt_gc.heapLive, __ATOMIC_RELAXED) < rt_gc.trigger) {
		__atomic_store_n(&rt_gc.running, 0, __ATOMIC_RELEASE);
		return false;
	}
	if (why == GC_TRIGGER_USER)
		rt_gc.numforced++;
	work.why = why;
	work.assistNs = work.workerNs = 0;
	rt_gc.cycle++;
	work.tStart = rt_nanotime();
	rt_stopTheWorld();
	rt_finishsweep();
	rt_clearpools();
	flushcaches();
	work.heap0 = __atomic_load_n(&rt_gc.heapLive, __ATOMIC_RELAXED);
	work.goal = rt_gc.goal;
	markedBytes = 0;
	scannedBytes = 0;
	__atomic_store_n(&rt_gc.marking, 1, __ATOMIC_RELEASE);
	__atomic_store_n(&rt_writeBarrier, 1, __ATOMIC_RELEASE);
	rt_startTheWorld();
	work.tMark = rt_nanotime();
	if (why == GC_TRIGGER_HEAP && workerg != 0) {
		wakeworker();
		// No idle P for it: give it this one for a while (with one P, the
		// program would otherwise run until preempted, allocating black).
		if (__atomic_load_n(&rt_sched.npidle, __ATOMIC_RELAXED) == 0)
			rt_gosched();
	} else
		markconcurrent();  // stress and forced cycles: this goroutine marks while the others run
	return true;
}

/* The allocator's slow path (it just took `allocated` bytes): start a
 * cycle when due; while marking, assist (gc: gcAssistAlloc).  An assist
 * scans in proportion to what it allocated, at the rate that finishes the
 * expected scan work (about the last cycle's live heap) before the heap
 * reaches its goal; past the goal, it marks until no grey object is left. */
/* An assist's marking, timed for the trace line and the pacer. */
static void assist(MarkBuf *buf, int64_t budget)
{
	int64_t t0 = rt_nanotime();
	drain(buf, budget);
	__atomic_add_fetch(&work.assistNs, (uint64_t)(rt_nanotime() - t0), __ATOMIC_RELAXED);
}

void rt_gcAfterAlloc(uint64_t allocated)
{
	if (__atomic_load_n(&rt_gc.marking, __ATOMIC_ACQUIRE)) {
		M *mp = rt_getm();
		if (rt_getg() != mp->curg || mp->locks != 0)
			return;
		uint32_t cycle = __atomic_load_n(&rt_gc.cycle, __ATOMIC_RELAXED);
		uint64_t expected = rt_gc.heapMarked > heapMinimum() / 2 ? rt_gc.heapMarked : heapMinimum() / 2;
		uint64_t scanned = __atomic_load_n(&scannedBytes, __ATOMIC_RELAXED);
		uint64_t remaining = expected > scanned ? expected - scanned : expected / 8;
		uint64_t live = __atomic_load_n(&rt_gc.heapLive, __ATOMIC_RELAXED);
		int64_t budget = -1;
		if (live < work.goal) {
			uint64_t runway = work.goal - live;
			budget = (int64_t)(remaining / (runway / allocated + 1));
			if (budget < 4096)
				budget = 4096;
		}
		MarkBuf buf;
		buf.n = 0;
		assist(&buf, budget);
		/* Past the goal with nothing left to scan, the cycle waits for the
		 * worker's mark termination: allocating on would grow the heap
		 * without bound (every new object is black).  gc parks such an
		 * assist until the cycle ends; we yield the P, which also runs the
		 * worker here if no other P has picked it up yet. */
		while (budget < 0) {
			rt_gosched();
			/* the cycle may have ended while we were away (or the next
			 * one begun): marking outside our cycle would corrupt it */
			if (!__atomic_load_n(&rt_gc.marking, __ATOMIC_ACQUIRE) ||
			    __atomic_load_n(&rt_gc.cycle, __ATOMIC_RELAXED) != cycle)
				break;
			assist(&buf, -1);
		}
		return;
	}
	if (UNLIKELY(rt_gc.stress > 0) && rt_gc.gcpercent >= 0) {  // GOGC=off wins over gcstress
		static uint64_t count;
		if (__atomic_add_fetch(&count, 1, __ATOMIC_RELAXED) % (uint64_t)rt_gc.stress == 0) {
			rt_gcStart(GC_TRIGGER_STRESS);
			return;
		}
	}
	if (rt_gc.gcpercent >= 0 && __atomic_load_n(&rt_gc.heapLive, __ATOMIC_RELAXED) >= rt_gc.trigger) {
		/* A cycle still in its mark termination (running, no longer
		 * marking) holds off ours: wait for it and start ours then, as
		 * gc's gcStart waits on work.startSema, rather than allocate on
		 * with nothing to stop the heap's growth. */
		for (int i = 0; i < 10000 && !rt_gcStart(GC_TRIGGER_HEAP); i++) {
			M *mp = rt_getm();
			if (rt_getg() != mp->curg || mp->locks != 0 || mp->mallocing != 0 || mp->p == 0 ||
			    !__atomic_load_n(&rt_gc.running, __ATOMIC_ACQUIRE) || __atomic_load_n(&rt_gc.marking, __ATOMIC_ACQUIRE))
				break;  // refused for another reason, or marking: assists take over
			rt_gosched();
		}
	}
}
