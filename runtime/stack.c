/* runtime/stack.c — goroutine stacks (gc: stack.go).
 *
 * gc grows goroutine stacks by copying, up to a 1 GB limit.  goc cannot copy
 * stacks (LLVM gives no stack maps, so pointers into a stack cannot be
 * found and adjusted), so a stack is instead a large reservation committed
 * lazily by the kernel: mapped MAP_NORESERVE, it costs address space only,
 * and pages become real memory as the goroutine touches them.  Below the
 * usable part lies a PROT_NONE guard region; touching it raises SIGSEGV,
 * which the signal handler (running on the signal stack) reports as gc's
 * "goroutine stack exceeds 1000000000-byte limit" fatal error.
 *
 *     guardlo            stack.lo                                stack.hi
 *     | PROT_NONE guard  | read-write, committed on first touch  |
 *
 * Sizes (rt.h): goroutine 1 reserves 1 GiB (gc's limit) over a 1 MiB guard;
 * every other goroutine 256 MiB over a 1 MiB guard; g0 of a thread 128 KiB;
 * signal stacks 64 KiB.  The costs of this choice:
 *   - memory: a blocked goroutine commits the pages it touched, at least
 *     one 4 KiB page (gc: 2 KiB minimum stack), plus a page-table page,
 *     since each reservation has its own 2 MiB region.  Stacks are never
 *     advised MADV_HUGEPAGE (except goroutine 1's), and are explicitly
 *     MADV_NOHUGEPAGE so that THP "always" cannot make each 2 MiB.
 *   - address space: 257 MiB per goroutine, so at most ~500,000 goroutines
 *     in the 128 TiB user space.  In practice the limit is vm.max_map_count
 *     (default 65530): each stack is 2 mappings (guard + stack), so about
 *     32,000 live goroutines; beyond that mmap fails and we throw "out of
 *     memory allocating stack".  (Without guards, neighbouring stacks would
 *     merge into one mapping, but an overflow would corrupt a neighbour.)
 *   - depth: a goroutine other than main overflows at 256 MiB of stack
 *     where gc allows 1 GB.
 *   - time: a new stack is mmap + mprotect + madvise (~3 µs).  Dead Gs keep
 *     their stacks on the P's free list and are reused by the next `go`.
 *     TEMPORARY: a reused stack keeps the pages its last goroutine
 *     committed (no MADV_DONTNEED yet; the GC issue can trim free stacks).
 * Rejected: small fixed stacks (64 KiB: Go programs recurse deeply, and a
 * silent limit far below gc's is a correctness bug) and segmented stacks
 * (need compiler prologues; LLVM's split-stack support is for gccgo's ABI).
 *
 * Invariants:
 *   - g->stack.lo and g->stack.hi are page aligned; [g->guardlo, g->stack.lo)
 *     is never accessible.
 *   - The guard is larger than any single frame is allowed to be without a
 *     stack probe, so a function cannot step over it unnoticed.  (The backend
 *     must give functions with larger frames LLVM's "probe-stack" attribute.)
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
