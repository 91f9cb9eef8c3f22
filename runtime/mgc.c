/* runtime/mgc.c — the garbage collector: a non-moving tri-color mark-sweep
 * collector (gc: mgc.go, mgcmark.go, mgcpacer.go, mbitmap.go's findObject).
 *
 * A cycle, started by the allocator when the heap reaches its trigger (or
 * every N allocations under GODEBUG=gcstress=N):
 *   1. sweep termination: stop the world (proc.c: every other P stops at
 *      a safe point — the scheduler, or Go code interrupted by the
 *      preemption signal), finish sweeping the last cycle's spans, take
 *      every span back from the per-P caches;
 *   2. mark: shade the roots grey, then blacken grey objects until none is
 *      left.  Colours: white = mark bit clear; grey = mark bit set and the
 *      object on the mark stack (its pointers not yet followed); black = mark
 *      bit set and scanned.  Pointer-free ("noscan") objects go straight to
 *      black;
 *   3. mark termination: flip the sweep generation (every span becomes
 *      unswept), set the next goal from the live heap and GOGC, start the
 *      world, wake the background sweeper (mgcsweep.c).
 * TEMPORARY: marking runs with the world stopped (the mutator needs no
 * write barrier yet); concurrent marking with gc's hybrid barrier, mark
 * assists and per-P mark workers will shorten the pause to the root scan.
 *
 * What is scanned, and how:
 *   - heap objects precisely: their pointer words are recorded in the heap
 *     bitmap (mheap.c) from the type's gcdata when allocated;
 *   - globals (every writable PT_LOAD segment of the executable: .data,
 *     .bss, the runtime's own state) conservatively;
 *   - every goroutine's stack from its saved SP (which covers the
 *     callee-saved registers mcall pushed, and every register for a
 *     goroutine stopped by the preemption signal, asm_amd64.S) to its top,
 *     conservatively; the collecting goroutine's own stack after spilling
 *     its registers.
 *   A conservative word keeps an object alive if it points anywhere inside
 *   an allocated object (rt_spanOf + slot index + allocation state), as in
 *   TinyGo, gccgo and gollvm (LLVM gives no stack maps).
 *
 * Pacing (gc: gcControllerState): goal = live * (1 + GOGC/100), at least
 * 4 MiB * GOGC/100; GOGC=off disables collection.  heapLive counts bytes in
 * spans handed to caches and in large objects, and is reset to the marked
 * bytes at mark termination, as gc's.
 *
 * Observability: GODEBUG=gctrace=1 prints gc's line for every cycle;
 * GODEBUG=gccheckmark=1 verifies after marking that no marked object points
 * at an unmarked one (the tri-colour invariant the mark must establish);
 * GODEBUG=gcstress=N collects every N allocations and poisons freed memory.
 *
 * Invariants:
 *   - Only one cycle runs at a time (rt_gc.running), always on a user
 *     goroutine that holds a P, no runtime lock, and is not in the
 *     allocator.
 *   - While marking, the world is stopped: no mutator runs, every cache is
 *     empty, and every span is swept (so allocation state is exact).
 */
#include "rt.h"

enum {
	PT_LOAD = 1,
	PF_W = 2,
	HEAP_MINIMUM = 4 << 20,      // gc: defaultHeapMinimum, for GOGC=100
	MARKSTACK_INIT = 1 << 16,    // entries
};

typedef struct Elf64Phdr {
	uint32_t type, flags;
	uint64_t offset, vaddr, paddr, filesz, memsz, align;
} Elf64Phdr;

GCState rt_gc;

static int64_t runtimeInitTime;
static uintptr_t arenaStart;

/* The grey objects: a stack of object base addresses (mapped outside the heap). */
static uintptr_t *markstack;
static uintptr_t marklen, markcap;

/* Statistics of the cycle in progress. */
static uint64_t markedBytes, stackBytes, globalBytes;

static void growmarkstack(void)
{
	uintptr_t ncap = markcap ? markcap * 2 : MARKSTACK_INIT;
	uintptr_t *n = rt_sysmmap(ncap * sizeof(uintptr_t), true);
	if (n == 0)
		THROW("runtime: cannot allocate the mark stack");
	if (markstack) {
		memmove(n, markstack, marklen * sizeof(uintptr_t));
		rt_sys_munmap(markstack, markcap * sizeof(uintptr_t));
	}
	markstack = n;
	markcap = ncap;
}

/* Shade the object containing p, if p points into an allocated object
 * (gc: findObject + greyobject). */
static inline void markptr(uintptr_t p)
{
	MSpan *s = rt_spanOf(p);
	if (s == 0 || p >= s->limit)
		return;
	uint32_t i = rt_objindex(s, p);
	if (rt_spanIsFree(s, i))
		return;
	uint64_t bit = (uint64_t)1 << (i % 64);
	if (s->gcmarkBits[i / 64] & bit)
		return;
	s->gcmarkBits[i / 64] |= bit;
	markedBytes += s->elemsize;
	if (s->spanclass & 1)
		return;  // noscan: black at once
	if (marklen == markcap)
		growmarkstack();
	markstack[marklen++] = s->base + (uintptr_t)i * s->elemsize;
}

/* Every aligned word of [lo, hi) as a possible pointer. */
static void scanblock(uintptr_t lo, uintptr_t hi)
{
	lo = (lo + 7) & ~(uintptr_t)7;
	for (uintptr_t p = lo; p + 8 <= hi; p += 8)
		markptr(*(const uintptr_t *)p);
}

/* Blacken the object at b: follow the words its heap bits mark (gc: scanobject). */
static void scanobject(uintptr_t b)
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
				markptr(*(const uintptr_t *)(b + (i + (uintptr_t)k) * 8));
				byte &= (uint8_t)(byte - 1);
			}
			i += 8;
			continue;
		}
		if (hb[(w >> 3) - (w0 >> 3)] >> (w & 7) & 1)
			markptr(*(const uintptr_t *)(b + i * 8));
		i++;
	}
}

static void drain(void)
{
	while (marklen > 0)
		scanobject(markstack[--marklen]);
}

/* ---- roots ---- */

static void markglobals(void)
{
	const Elf64Phdr *ph = rt_phdr;
	for (uintptr_t i = 0; i < rt_phnum; i++) {
		if (ph[i].type != PT_LOAD || !(ph[i].flags & PF_W))
			continue;
		scanblock(ph[i].vaddr, ph[i].vaddr + ph[i].memsz);
		globalBytes += ph[i].memsz;
		drain();
	}
}

typedef struct StackArg {
	G *me;
} StackArg;

static void markstackof(G *gp, void *argp)
{
	StackArg *a = argp;
	uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE);
	if (st == G_DEAD || gp == a->me)
		return;
	if (st == G_RUNNING || gp->sched_sp < gp->stack.lo || gp->sched_sp > gp->stack.hi) {
		rt_print("runtime: goroutine ", gp->goid, " in status ", st, " sp=", rt_hex(gp->sched_sp));
		rt_print(" stack=[", rt_hex(gp->stack.lo), ", ", rt_hex(gp->stack.hi), ")\n");
		THROW("scanstack: goroutine not stopped");
	}
	scanblock(gp->sched_sp, gp->stack.hi);
	stackBytes += gp->stack.hi - gp->sched_sp;
	drain();
}

/* The collecting goroutine's own stack, registers included: the spill
 * puts every callee-saved register in this frame. */
NOINLINE static void markownstack(G *me)
{
	__builtin_unwind_init();
	volatile uintptr_t here = 0;
	uintptr_t sp = (uintptr_t)&here;
	scanblock(sp, me->stack.hi);
	stackBytes += me->stack.hi - sp;
	drain();
}

static void markroots(G *me)
{
	markglobals();
	StackArg a = {me};
	rt_forEachG(markstackof, &a);
	markownstack(me);
}

/* ---- GODEBUG=gccheckmark=1 ---- */

static uint64_t checkedObjects;

static void checkspan(MSpan *s)
{
	if (s->spanclass & 1)
		return;
	for (uint32_t i = 0; i < s->nelems; i++) {
		if (!(s->gcmarkBits[i / 64] >> (i % 64) & 1))
			continue;
		uintptr_t b = s->base + (uintptr_t)i * s->elemsize;
		checkedObjects++;
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

static void setgoal(uint64_t live)
{
	if (rt_gc.gcpercent < 0) {
		rt_gc.goal = rt_gc.trigger = ~(uint64_t)0;
		return;
	}
	uint64_t goal = live + live * (uint64_t)rt_gc.gcpercent / 100;
	if (goal < heapMinimum())
		goal = heapMinimum();
	rt_gc.goal = goal;
	rt_gc.trigger = goal;
}

void rt_gcinit(void)
{
	arenaStart = rt_heapArenaStart();
	runtimeInitTime = rt_nanotime();
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
	setgoal(0);
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

static uint64_t totalGCTime;  // ns of stopped world, all cycles

static void gctrace(int64_t tStart, int64_t tMark, int64_t tMarkTerm, int64_t tEnd, uint64_t heap0, uint64_t heap1,
                    uint64_t heap2, uint64_t goal, int why)
{
	char buf[25];
	buf[24] = 0;
	int32_t procs = rt_gomaxprocs;
	int64_t elapsed = tEnd - runtimeInitTime;
	int util = elapsed > 0 ? (int)(totalGCTime * 100 / (uint64_t)elapsed) : 0;
	rt_printlock();
	rt_print("gc ", (uint64_t)rt_gc.numgc, " @", itoaDiv(buf, 24, (uint64_t)(tStart - runtimeInitTime) / 1000000, 3),
	         "s ", util, "%: ");
	printms((uint64_t)(tMark - tStart));
	rt_print("+");
	printms((uint64_t)(tMarkTerm - tMark));
	rt_print("+");
	printms((uint64_t)(tEnd - tMarkTerm));
	rt_print(" ms clock, ");
	// CPU: the stopped phases cost every P; marking runs on one.
	printms((uint64_t)(tMark - tStart) * (uint64_t)procs);
	rt_print("+0/");
	printms((uint64_t)(tMarkTerm - tMark));
	rt_print("/0+");
	printms((uint64_t)(tEnd - tMarkTerm) * (uint64_t)procs);
	rt_print(" ms cpu, ", heap0 >> 20, "->", heap1 >> 20, "->", heap2 >> 20, " MB, ", goal >> 20, " MB goal, ");
	rt_print(stackBytes >> 20, " MB stacks, ", globalBytes >> 20, " MB globals, ", procs, " P");
	if (why == GC_TRIGGER_USER)
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

static void verifyheap(void);

void rt_gcStart(int why)
{
	M *mp = rt_getm();
	G *gp = rt_getg();
	if (gp != mp->curg || mp->locks != 0 || mp->mallocing != 0 || mp->p == 0 || mp->dying != 0 ||
	    __atomic_load_n(&rt_panicking, __ATOMIC_RELAXED) != 0)
		return;
	uint32_t zero = 0;
	if (!__atomic_compare_exchange_n(&rt_gc.running, &zero, 1, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
		return;  // another goroutine is collecting
	if (why == GC_TRIGGER_HEAP && __atomic_load_n(&rt_gc.heapLive, __ATOMIC_RELAXED) < rt_gc.trigger) {
		__atomic_store_n(&rt_gc.running, 0, __ATOMIC_RELEASE);
		return;
	}
	int64_t tStart = rt_nanotime();
	rt_stopTheWorld();
	mp = rt_getm();
	rt_finishsweep();
	flushcaches();
	uint64_t heap0 = __atomic_load_n(&rt_gc.heapLive, __ATOMIC_RELAXED);
	uint64_t goal = rt_gc.goal;
	int64_t tMark = rt_nanotime();

	markedBytes = stackBytes = globalBytes = 0;
	markroots(gp);
	if (rt_gc.checkmark)
		verifyheap();

	int64_t tMarkTerm = rt_nanotime();
	uint64_t heap1 = __atomic_load_n(&rt_gc.heapLive, __ATOMIC_RELAXED);
	__atomic_add_fetch(&rt_gc.sweepgen, 2, __ATOMIC_RELEASE);
	rt_sweep_newcycle();
	rt_gc.heapMarked = markedBytes;
	__atomic_store_n(&rt_gc.heapLive, markedBytes, __ATOMIC_RELAXED);
	setgoal(markedBytes);
	rt_gc.numgc++;
	rt_startTheWorld();
	int64_t tEnd = rt_nanotime();
	uint64_t pause = (uint64_t)(tEnd - tStart);
	rt_gc.pauseNs[(rt_gc.numgc - 1) % 256] = pause;
	rt_gc.pauseTotalNs += pause;
	totalGCTime += pause;
	rt_bgsweep_wake();
	__atomic_store_n(&rt_gc.running, 0, __ATOMIC_RELEASE);
	if (rt_gc.trace > 0)
		gctrace(tStart, tMark, tMarkTerm, tEnd, heap0, heap1, markedBytes, goal, why);
}

void rt_gcAfterAlloc(void)
{
	if (UNLIKELY(rt_gc.stress > 0)) {
		static uint64_t count;
		if (__atomic_add_fetch(&count, 1, __ATOMIC_RELAXED) % (uint64_t)rt_gc.stress == 0) {
			rt_gcStart(GC_TRIGGER_STRESS);
			return;
		}
	}
	if (rt_gc.gcpercent >= 0 && __atomic_load_n(&rt_gc.heapLive, __ATOMIC_RELAXED) >= rt_gc.trigger)
		rt_gcStart(GC_TRIGGER_HEAP);
}

/* Every marked object's pointers lead to marked objects. */
static void verifyheap(void)
{
	checkedObjects = 0;
	rt_mheap_forEachSpan(checkspan);
}
