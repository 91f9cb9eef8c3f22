/* runtime/stack.c — goroutine stacks (gc: stack.go).
 *
 * gc grows goroutine stacks by copying, from 2 KiB up to a 1 GB limit.
 * goc cannot copy stacks (LLVM gives no stack maps, so pointers into a
 * stack cannot be found and adjusted), so a goroutine's stack is instead
 * two segments, the gccgo/gollvm idea made small:
 *
 *   first   SMALL_STACK_SIZE (2 KiB, gc's first size) carved from slabs:
 *           several share a page, and a dead G keeps its own for the next
 *           `go`.  A blocked goroutine usually sits in 400-600 bytes of
 *           it, so 100,000 of them cost ~200 MB of stack where one page
 *           each cost 400 MB.
 *   big     a large reservation (256 MiB; 64 MiB after the first 65,536)
 *           committed lazily by the kernel, MAP_NORESERVE: allocated the
 *           first time a frame does not fit on the first segment, then
 *           kept by the G (even when dead), so that a call boundary that is
 *           crossed again and again costs no allocation.
 *
 *     stack.lo   stackguard0                     stack.hi
 *     | reserve  | frames ...   <- goentry's frame |          first segment
 *                       |
 *                       | __morestack: F's body runs on
 *                       v
 *     bigstack.lo  +STACK_RESERVE        F, F's callees ... | bigstack.hi
 *
 * Every function, Go (LLVM's "split-stack" prologue) and the runtime's C
 * alike (gcc -fsplit-stack), compares SP minus its frame with M.stackguard
 * (%fs:0x70: the guard of the segment SP is on, G.stackguard, loaded by
 * gogo) and calls __morestack (asm_amd64.S) when below.  On the first
 * segment, __morestack runs the rest of the function on the big segment:
 * it leaves a frame in place of the function's (G.morestackfp) that
 * links the two segments' frame-pointer chains, copies the stack
 * arguments, calls the body, and switches back when it returns.  Anywhere
 * else the stack is used up: gc's "goroutine stack exceeds
 * 1000000000-byte limit" fatal error.  Goroutine 1 has one segment of
 * 1 GiB (gc's limit) with a PROT_NONE guard below it, as do the Ms' g0
 * stacks; a fault there is an overflow too (rt_stack_isoverflow).
 *
 * The runtime's C code runs on goroutine stacks (every entry point the
 * compiled code calls), so it has the same checks: this is why the
 * runtime is compiled with -fsplit-stack, and what lets the first
 * segment be small -- a C function that needs more room than the first
 * segment has moves to the big one like a Go function, and a blocked
 * goroutine's C frames (chanrecv, gopark, mcall) stay on the first
 * segment when they fit.  What that takes:
 *   - C code on g0 and on the signal stack runs with M.stackguard 0 (no
 *     check fails): mcall zeroes it, gogo loads the G's, the signal
 *     handler's entry (sigtramp, the one no_split_stack function) zeroes
 *     it and restores the interrupted code's; _start points %fs at m0
 *     before any C runs.  Go code on g0 (time.c's callfn) gets g0's own
 *     stackguard0.
 *   - rt_morestack_alloc, which maps the big segment, cannot run on the
 *     first segment (no room): __morestack calls it on g0's stack, which
 *     is free while a goroutine runs, with every argument register saved.
 *   - the reserve below a first segment's guard (rt.h SMALL_STACK_RESERVE,
 *     768 bytes) holds what runs unchecked below a guard: the prologues'
 *     256-byte slack (a frame under 256 bytes is checked against SP
 *     itself, by LLVM and gcc alike) and a return address, then either an
 *     injected asynchronous preemption (440 bytes with __morestack's,
 *     signal_unix.c: every goroutine can be preempted anywhere) or C code
 *     without checks -- the assembly routines (mcall: 56 bytes) and the
 *     hot small functions marked NO_SPLIT_STACK (rt_lock, memmove: at
 *     most NOSPLIT_LIMIT = 256 bytes, tools/nosplitcheck.py) -- followed
 *     by __morestack (32 bytes).  Its lowest word is a canary that
 *     rt_stackcheck verifies.
 * Rejected: keeping the runtime unchecked and reserving room for it on
 * the first segment only at Go-to-runtime calls (ld.lld's rewrite for
 * calls into non-split code makes each such Go function call
 * __morestack_non_split on every call, and a reserve big enough for the
 * runtime's deep paths -- allocation with a GC assist, a panic, a
 * traceback -- would not fit in a small first segment: every goroutine
 * would move to a big segment at its first channel operation), and entry
 * points that switch stacks themselves (no way to prove the depth of the
 * C below each entry).
 *
 * Nothing but SP says which segment a G is on, so everything that assumes
 * one contiguous stack asks here:
 *   - the collector scans the big segment from SP and the first one from
 *     __morestack's frame up (rt_stackspans: mgc.c, mstats.c);
 *   - tracebacks, runtime.Callers and gdb follow the frame chain across
 *     stacks where a return address is in __morestack (rt_inmorestack;
 *     gdb through its CFI, tools/goc-gdb.py likewise);
 *   - recover() and defer wrappers compare frame addresses: a function
 *     whose body __morestack runs has __morestack's frame for its
 *     caller's, which stands for the real one (rt_callerframe);
 *   - a recovered panic may resume a frame on the first segment while the
 *     big one is abandoned: rt_resumedeferframe sets the guard from the
 *     SP it resumes at (defer_amd64.S); newproc1 resets a reused G's;
 *   - asynchronous preemption checks room in the segment SP is on.
 *
 * Costs of this design:
 *   - memory: a goroutine costs its 2 KiB first segment (gc: 2 KiB) plus
 *     its G; one that has ever gone deeper also keeps the pages it touched
 *     on its big segment (TEMPORARY: no MADV_DONTNEED when it dies).
 *     100,000 blocked goroutines (tools/bench blocked100k): 249 MB peak
 *     RSS, gc 266 MB (with one page of stack each: 436 MB); a million
 *     (spawn1m): 2.45 GB, gc 2.66 GB (4.33 GB).
 *   - time: every runtime C function's prologue does the check (a load
 *     from %fs, a compare, a branch), but for the hottest small ones
 *     (NO_SPLIT_STACK) and the scheduler's loop (SYSTEM_STACK_ONLY): with
 *     all of them checked, a channel ping-pong took 7% longer; as it is,
 *     within noise.  A call that crosses the boundary costs a switch there
 *     and back each time it is made, about 12 ns (a loop right at the
 *     boundary pays it on every iteration, where gc grows the stack once).
 *   - depth: a goroutine other than main overflows at 256 MiB (or 64 MiB)
 *     of stack where gc allows 1 GB.
 *   - address space: big segments come from arenas of 64 (one mmap);
 *     about 1,500,000 goroutines could have one (then they shrink, down to
 *     1 MiB, as the kernel refuses more).
 *   - LLVM may turn unbounded recursion into a loop (tail-recursion
 *     elimination), so such a program can spin where gc's overflows.
 *
 * Invariants:
 *   - G.stackguard is the guard of the segment the G's SP is on:
 *     stackguard0 on the first, bigstack.lo + STACK_RESERVE on the big
 *     one; M.stackguard is the running G's whenever code runs on a
 *     goroutine stack, and 0 on g0 (unless callfn runs Go code there) and
 *     on the signal stack.
 *   - While SP is on the big segment, G.morestackfp is the frame
 *     __morestack left on the first segment, and the first segment's
 *     frames from there up are live; at most one switch is live (from the
 *     big segment __morestack only reports overflow).
 *   - Where there is a guard region, [g->guardlo, g->stack.lo) is never
 *     accessible, and the backend gives Go functions LLVM's "probe-stack"
 *     so that no frame steps over it.
 */
#include "rt.h"

/* Stacks larger than a goroutine's big segment (goroutine 1's) are advised
 * MADV_HUGEPAGE: a deep recursion then takes one fault per 2 MiB instead of
 * per 4 KiB (1 GiB: 3 s of page faults -> 0.1 s), for at most 2 MiB
 * committed up front.  All others are MADV_NOHUGEPAGE: 2 MiB per goroutine
 * would be far too much. */
enum { HUGE_STACK = BIG_STACK_SIZE + 1 };

/* Map a stack of n usable bytes with a guard region of `guard` bytes below it.
 * If the kernel refuses that much address space (strict overcommit), settle
 * for less, down to 1 MiB. */
Stack rt_stackalloc(uintptr_t n, uintptr_t guard)
{
	bool hugepages = n >= HUGE_STACK;
	for (;;) {
		int64_t r = rt_sys_mmap(0, n + guard, PROT_READ | PROT_WRITE,
		                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (r >= 0 || r < -4095) {
			uintptr_t base = (uintptr_t)r;
			int64_t e;
			if (guard > 0 && (e = rt_sys_mprotect((void *)base, guard, PROT_NONE)) < 0) {
				// ENOMEM here is the kernel's limit on mappings
				// (vm.max_map_count): each stack takes two.
				rt_print("runtime: cannot map a goroutine stack guard (errno ", -e,
				         "): too many memory mappings? (vm.max_map_count; 2 per goroutine)\n");
				THROW("out of memory allocating stack");
			}
			rt_sys_madvise((void *)(base + guard), n, hugepages ? MADV_HUGEPAGE : MADV_NOHUGEPAGE);
			return (Stack){base + guard, base + guard + n};
		}
		if (n <= (1 << 20))
			THROW("out of memory allocating stack");
		n /= 2;
	}
}

static Mutex stacklock;  // guards the slab and the arena below

/* A goroutine's first segment, carved from slabs of SMALL_PER_SLAB (one
 * mmap per slab).  Segments are never freed: a dead G keeps its own for
 * the next `go` (proc.c gfput).  The lowest word is a canary: code that
 * overran the segment's reserve would have written it (rt_stackcheck). */
enum { SMALL_PER_SLAB = 256 };
static const uintptr_t STACK_CANARY = 0x5eb5eb5eb5eb5eb5;
static uintptr_t slab_next, slab_end;

Stack rt_smallstack(void)
{
	rt_lock(&stacklock);
	if (slab_next == slab_end) {
		uintptr_t n = (uintptr_t)SMALL_STACK_SIZE * SMALL_PER_SLAB;
		int64_t r = rt_sys_mmap(0, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (r < 0 && r > -4096)
			THROW("out of memory allocating stack");
		rt_sys_madvise((void *)r, n, MADV_NOHUGEPAGE);
		slab_next = (uintptr_t)r;
		slab_end = slab_next + n;
	}
	uintptr_t lo = slab_next;
	slab_next += SMALL_STACK_SIZE;
	rt_unlock(&stacklock);
	*(uintptr_t *)lo = STACK_CANARY;
	return (Stack){lo, lo + SMALL_STACK_SIZE};
}

/* Throws if gp's first segment was overrun (its canary is gone).  Called
 * when the collector scans a stopped G and when a G exits. */
void rt_stackcheck(G *gp)
{
	if (gp->segmented && *(const uintptr_t *)gp->stack.lo != STACK_CANARY) {
		rt_print("runtime: goroutine ", gp->goid, " overran its first stack segment [", rt_hex(gp->stack.lo), ", ",
		         rt_hex(gp->stack.hi), ")\n");
		THROW("stack segment overrun");
	}
}

/* A goroutine's second segment: a large reservation committed lazily by
 * the kernel.  They are carved from arenas of BIG_PER_ARENA, one mmap and
 * one madvise per arena rather than per segment: switching to a new one
 * then costs no system call, and its page faults do not queue behind
 * mmap's lock.  Never unmapped: the G keeps it (proc.c gfput). */
enum { BIG_PER_ARENA = 64 };
static uintptr_t arena_next, arena_end, arena_stack;  // the current arena: next segment, end, segment size
static uint64_t nbig;

static Stack bigstack(void)
{
	rt_lock(&stacklock);
	uintptr_t n = nbig < BIG_STACKS ? BIG_STACK_SIZE : LATE_BIG_STACK_SIZE;
	if (arena_stack != n || arena_next + n > arena_end) {
		int64_t r = rt_sys_mmap(0, n * BIG_PER_ARENA, PROT_READ | PROT_WRITE,
		                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (r < 0 && r > -4096) {  // no address space left for a whole arena: one at a time, maybe smaller
			rt_unlock(&stacklock);
			return rt_stackalloc(n, 0);
		}
		rt_sys_madvise((void *)r, n * BIG_PER_ARENA, MADV_NOHUGEPAGE);
		arena_next = (uintptr_t)r;
		arena_end = arena_next + n * BIG_PER_ARENA;
		arena_stack = n;
	}
	uintptr_t lo = arena_next;
	arena_next += n;
	nbig++;
	rt_unlock(&stacklock);
	return (Stack){lo, lo + n};
}

/* Give gp its second segment.  __morestack calls it the first time one of
 * gp's frames does not fit on the first segment, on g0's stack (free while
 * a goroutine runs) with M.stackguard 0, since the first segment has no
 * room for C code at that point. */
void rt_morestack_alloc(G *gp)
{
	if (!gp->segmented || gp->bigstack.hi != 0)
		THROW("morestack_alloc: not a goroutine with one segment");
	gp->bigstack = bigstack();
}

/* The segment of gp holding sp, or {0, 0}. */
Stack rt_stacksegment(G *gp, uintptr_t sp)
{
	if (sp - gp->bigstack.lo < gp->bigstack.hi - gp->bigstack.lo)
		return gp->bigstack;
	if (sp >= gp->stack.lo && sp <= gp->stack.hi)
		return gp->stack;
	return (Stack){0, 0};
}

/* The parts of gp's stack in use when its SP is sp (its saved SP, or the
 * current one for the running G): [sp, top) of the segment holding sp
 * and, when that is the big segment, the first segment's frames from
 * __morestack's frame up.  Returns how many (0: sp is on neither). */
int rt_stackspans(G *gp, uintptr_t sp, Stack out[2])
{
	if (sp - gp->bigstack.lo < gp->bigstack.hi - gp->bigstack.lo) {
		out[0] = (Stack){sp, gp->bigstack.hi};
		uintptr_t fp = gp->morestackfp;
		if (fp < gp->stack.lo || fp >= gp->stack.hi) {
			rt_print("runtime: goroutine ", gp->goid, " on its big stack segment, morestack frame ", rt_hex(fp),
			         " outside [", rt_hex(gp->stack.lo), ", ", rt_hex(gp->stack.hi), ")\n");
			THROW("stackspans: bad morestack frame");
		}
		out[1] = (Stack){fp, gp->stack.hi};
		return 2;
	}
	if (sp >= gp->stack.lo && sp <= gp->stack.hi) {
		out[0] = (Stack){sp, gp->stack.hi};
		return 1;
	}
	return 0;
}

/* The frame pointer of the function that called a function whose caller's
 * frame is fp (llvm.frameaddress(1)), as recover() and defer wrappers see
 * it: a function whose body __morestack runs on the big segment has
 * __morestack's frame for a caller, which stands for its real caller's
 * (asm_amd64.S).  sp is the asking frame's (on the big segment if the
 * switch is live). */
uintptr_t rt_callerframe(G *gp, uintptr_t fp, uintptr_t sp)
{
	if (fp == gp->morestackfp && sp - gp->bigstack.lo < gp->bigstack.hi - gp->bigstack.lo)
		return *(const uintptr_t *)fp;
	return fp;
}

/* Reports whether a fault at addr with stack pointer sp means gp ran off the
 * bottom of its stack: the access hit the guard, or sp is already below the
 * stack (a frame larger than the guard). */
bool rt_stack_isoverflow(G *gp, uintptr_t addr, uintptr_t sp)
{
	if (gp == 0 || gp->guardlo == 0)
		return false;
	if (addr >= gp->guardlo && addr < gp->stack.lo)
		return true;
	return sp < gp->stack.lo && sp >= gp->guardlo - (uintptr_t)(1 << 30);
}

/* gc: the stack-overflow branch of newstack.  Runs on the signal stack (a
 * fault in a guard) or on g0's (__morestack), with M.stackguard 0. */
void rt_stackoverflow(G *gp, uintptr_t sp)
{
	Stack s = rt_stacksegment(gp, sp);
	if (s.hi == 0)
		s = gp->stack;
	rt_print("runtime: goroutine stack exceeds ", (int64_t)MAX_STACK_SIZE, "-byte limit\n");
	rt_print("runtime: sp=", rt_hex(sp), " stack=[", rt_hex(s.lo), ", ", rt_hex(s.hi), "]\n");
	THROW("stack overflow");
}
