/* runtime/stack.c — goroutine stacks (gc: stack.go).
 *
 * gc grows goroutine stacks by copying, up to a 1 GB limit.  goc cannot copy
 * stacks (LLVM gives no stack maps), so a stack is instead a large
 * reservation committed lazily by the kernel: mapped MAP_NORESERVE, it costs
 * address space only, and pages become real memory as the goroutine touches
 * them.  Below the usable part lies a PROT_NONE guard region; touching it
 * raises SIGSEGV, which the signal handler (running on the signal stack)
 * reports as gc's "goroutine stack exceeds 1000000000-byte limit" fatal error.
 *
 *     guardlo            stack.lo                                stack.hi
 *     | PROT_NONE guard  | read-write, committed on first touch  |
 *
 * Invariants:
 *   - g->stack.lo and g->stack.hi are page aligned; [g->guardlo, g->stack.lo)
 *     is never accessible.
 *   - The guard is larger than any single frame is allowed to be without a
 *     stack probe, so a function cannot step over it unnoticed.  (The backend
 *     must give functions with larger frames LLVM's "probe-stack" attribute.)
 * TEMPORARY: only the main goroutine has a stack from here.  With the
 * scheduler, goroutines will get smaller reservations from a cache, and
 * freed stacks will be returned with madvise(MADV_DONTNEED).
 */
#include "rt.h"

/* Stacks this large are advised MADV_HUGEPAGE: a deep recursion then takes
 * one fault per 2 MiB instead of per 4 KiB (1 GiB: 3 s of page faults -> 0.1 s),
 * for at most 2 MiB committed up front. */
enum { HUGE_STACK = 64 << 20 };

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
			if (guard > 0 && rt_sys_mprotect((void *)base, guard, PROT_NONE) < 0)
				THROW("stackalloc: mprotect guard");
			if (hugepages)
				rt_sys_madvise((void *)(base + guard), n, MADV_HUGEPAGE);
			return (Stack){base + guard, base + guard + n};
		}
		if (n <= (1 << 20))
			THROW("out of memory allocating stack");
		n /= 2;
	}
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
