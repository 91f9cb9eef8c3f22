/* runtime/stack.c — goroutine stacks (gc: stack.go).
 *
 * gc grows goroutine stacks by copying, up to a 1 GB limit.  goc cannot copy
 * stacks (LLVM gives no stack maps, so pointers into a stack cannot be
 * found and adjusted), so a stack is instead a large reservation committed
 * lazily by the kernel: mapped MAP_NORESERVE, it costs address space only,
 * and pages become real memory as the goroutine touches them.
 *
 * Overflow is caught as gc catches it, by a check in every Go function's
 * prologue: LLVM's "split-stack" prologue compares SP minus the frame size
 * with M.stackguard (%fs:0x70, loaded from G.stackguard by gogo) and calls
 * __morestack below it (asm_amd64.S), which reports gc's "goroutine stack
 * exceeds 1000000000-byte limit" fatal error.  The stackguard lies
 * STACK_RESERVE above the stack's bottom, which leaves room for the
 * runtime's C code (which has no checks) and for the report itself.
 *
 *     stack.lo        stackguard                               stack.hi
 *     | C reserve 64K | Go frames, committed on first touch   |
 *
 * Because goroutine stacks need no PROT_NONE guard, neighbouring stacks
 * (same flags) merge into few kernel mappings: 100,000 goroutines cost
 * about 100,000 x 4 KiB of touched stack, not 200,000 mappings (the kernel
 * allows 65,530 by default: vm.max_map_count).  Goroutine 1's 1 GiB stack
 * and the Ms' g0 stacks keep a guard region, caught by the SIGSEGV handler
 * (rt_stack_isoverflow), since C code runs on g0.
 *
 * Sizes (rt.h): goroutine 1 reserves 1 GiB (gc's limit); the first 65,536
 * other goroutine stacks 256 MiB, later ones 64 MiB, so that a million
 * goroutines fit in the 128 TiB of user address space; g0 of a thread 128
 * KiB; signal stacks 64 KiB.  The costs of this choice:
 *   - memory: a blocked goroutine commits the pages it touched, at least
 *     one 4 KiB page (gc: 2 KiB minimum stack), plus page-table pages;
 *     stacks are MADV_NOHUGEPAGE so that THP "always" cannot make each 2 MiB.
 *   - address space: about 1,500,000 goroutines fit (then stacks shrink,
 *     down to 1 MiB, as the kernel refuses more).
 *   - depth: a goroutine other than main overflows at 256 MiB (or 64 MiB)
 *     of stack where gc allows 1 GB.
 *   - kernel memory: each goroutine's touched page needs its own page-table
 *     page (4 KiB, not counted in RSS): stacks 2 MiB apart share none.
 *   - time: stacks come from arenas of 64 (one mmap), so a new goroutine
 *     costs page faults, no system call; dead Gs keep their stacks on the
 *     P's free list for the next `go`.
 *     TEMPORARY: a reused stack keeps the pages its last goroutine
 *     committed (no MADV_DONTNEED yet).
 *   - LLVM may turn unbounded recursion into a loop (tail-recursion
 *     elimination), so such a program can spin where gc's overflows.
 * Rejected: small fixed stacks (Go programs recurse deeply, and a silent
 * limit far below gc's is a correctness bug), segmented stacks proper
 * (__morestack switching to a new segment: needs the whole runtime to run
 * on segments, as gccgo's libgcc does).
 *
 * Invariants:
 *   - g->stack.lo and g->stack.hi are page aligned; g->stackguard =
 *     stack.lo + STACK_RESERVE for goroutines; M.stackguard is the running
 *     G's whenever Go code runs.
 *   - Where there is a guard, [g->guardlo, g->stack.lo) is never accessible,
 *     and the backend gives Go functions LLVM's "probe-stack" so that no
 *     frame steps over it.
 */
#include "rt.h"

/* Stacks larger than a goroutine's (goroutine 1's) are advised
 * MADV_HUGEPAGE: a deep recursion then takes one fault per 2 MiB instead of
 * per 4 KiB (1 GiB: 3 s of page faults -> 0.1 s), for at most 2 MiB
 * committed up front.  All others are MADV_NOHUGEPAGE: 2 MiB per goroutine
 * would be far too much. */
enum { HUGE_STACK = GOROUTINE_STACK_SIZE + 1 };

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

/* A goroutine's stack (no guard).  They are carved from arenas of
 * STACKS_PER_ARENA reservations, one mmap and one madvise per arena rather
 * than per goroutine: creating goroutines then costs no system call, and
 * its page faults do not queue behind mmap's lock.  Stacks are never
 * unmapped: a dead G keeps its stack for the next `go` (proc.c gfput). */
enum { STACKS_PER_ARENA = 64 };
static Mutex stacklock;
static uintptr_t arena_next, arena_end, arena_stack;  // the current arena: next stack, end, stack size
static uint64_t nstacks;

Stack rt_goroutinestack(void)
{
	rt_lock(&stacklock);
	uintptr_t n = nstacks < BIG_STACKS ? GOROUTINE_STACK_SIZE : SMALL_GOROUTINE_STACK_SIZE;
	if (arena_stack != n || arena_next + n > arena_end) {
		int64_t r = rt_sys_mmap(0, n * STACKS_PER_ARENA, PROT_READ | PROT_WRITE,
		                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (r < 0 && r > -4096) {  // no address space left for a whole arena: one at a time, maybe smaller
			rt_unlock(&stacklock);
			return rt_stackalloc(n, 0);
		}
		rt_sys_madvise((void *)r, n * STACKS_PER_ARENA, MADV_NOHUGEPAGE);
		arena_next = (uintptr_t)r;
		arena_end = arena_next + n * STACKS_PER_ARENA;
		arena_stack = n;
	}
	uintptr_t lo = arena_next;
	arena_next += n;
	nstacks++;
	rt_unlock(&stacklock);
	return (Stack){lo, lo + n};
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

/* gc: the stack-overflow branch of newstack.  Runs on the signal stack. */
void rt_stackoverflow(G *gp, uintptr_t sp)
{
	rt_print("runtime: goroutine stack exceeds ", (int64_t)MAX_STACK_SIZE, "-byte limit\n");
	rt_print("runtime: sp=", rt_hex(sp), " stack=[", rt_hex(gp->stack.lo), ", ", rt_hex(gp->stack.hi), "]\n");
	THROW("stack overflow");
}
