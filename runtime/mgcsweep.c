/* runtime/mgcsweep.c — sweeping: turning the mark bits of the last cycle
 * into free slots (gc: mgcsweep.go).
 *
 * Sweeping is lazy and concurrent with the program, as in gc.  When a cycle
 * ends, every span becomes unswept at once (mcentral.c: the sweep
 * generation flips).  A span is swept by whoever pops it from its unswept
 * set: an MCache that needs a span of that class (mcentral.c), the
 * allocator before it grows the heap (mheap.c), the background sweeper
 * goroutine (bgsweep, goroutine 3 as in gc, hidden from tracebacks), or,
 * for what is left, the next cycle before it marks (rt_finishsweep).
 *
 * Sweeping a span of small objects: the marked slots are the allocated ones
 * (allocBits = gcmarkBits), the mark bits are cleared for the next cycle,
 * and the free-slot search restarts at slot 0.  A span with no marked slot
 * goes back to the page heap; a large object's span likewise when unmarked.
 * Under GODEBUG=gcstress=N, freed slots are filled with 0xdeadbeef so that
 * a live object freed by mistake is seen at once.
 *
 * Invariants:
 *   - Only the owner of a span (who popped it) sweeps it, exactly once per
 *     cycle: sweepgen goes sg-2 -> sg-1 -> sg.
 *   - The collector never runs while a span is being swept: sweeping is
 *     runtime code, which is not preempted, and rt_finishsweep runs with
 *     the world stopped.
 */
#include "rt.h"

enum { POISON = 0xdeadbeefdeadbeefull };

static int32_t popcount64(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ull);
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (int32_t)((x * 0x0101010101010101ull) >> 56);
}

static void poison(uintptr_t p, uintptr_t n)
{
	for (uintptr_t i = 0; i + 8 <= n; i += 8)
		*(uint64_t *)(p + i) = POISON;
}

bool rt_sweepspan(MSpan *s, bool keep)
{
	uint32_t sg = __atomic_load_n(&rt_gc.sweepgen, __ATOMIC_ACQUIRE);
	if (s->sweepgen != sg - 2) {
		rt_print("runtime: sweeping span ", rt_hex(s->base), " with sweepgen ", s->sweepgen, ", heap's ", sg, "\n");
		THROW("sweep: bad span state");
	}
	s->sweepgen = sg - 1;
	bool stress = rt_gc.stress != 0;
	if (s->nelems == 1 && (s->spanclass >> 1) == 0) {
		// A large object.
		if (s->gcmarkBits[0] & 1) {
			s->gcmarkBits[0] = 0;
			s->sweepgen = sg;
			if (!keep)
				rt_mcentral_put(s, true);
			return true;
		}
		__atomic_add_fetch(&rt_gc.nfree, 1, __ATOMIC_RELAXED);
		__atomic_add_fetch(&rt_gc.nfreebytes, (uint64_t)s->elemsize, __ATOMIC_RELAXED);
		__atomic_add_fetch(&rt_gc.nfreeclass[0], 1, __ATOMIC_RELAXED);
		if (stress)
			poison(s->base, s->elemsize);
		rt_mheap_free(s);
		return false;
	}
	uint32_t nwords = (s->nelems + 63) / 64;
	uint32_t nalloc = 0;
	for (uint32_t w = 0; w < nwords; w++)
		nalloc += (uint32_t)popcount64(s->gcmarkBits[w]);
	if (nalloc > s->allocCount) {
		rt_print("runtime: span ", rt_hex(s->base), " has ", nalloc, " marked objects but ", s->allocCount,
		         " allocated\n");
		THROW("sweep increased allocation count");
	}
	uint32_t freed = s->allocCount - nalloc;
	if (stress && freed > 0) {
		for (uint32_t i = 0; i < s->nelems; i++) {
			bool wasAlloc = !rt_spanIsFree(s, i);
			bool marked = s->gcmarkBits[i / 64] >> (i % 64) & 1;
			if (wasAlloc && !marked)
				poison(s->base + i * s->elemsize, s->elemsize);
		}
	}
	for (uint32_t w = 0; w < nwords; w++) {
		s->allocBits[w] = s->gcmarkBits[w];
		s->gcmarkBits[w] = 0;
	}
	s->freeindex = 0;
	s->allocCache = 0;
	s->allocCount = nalloc;
	if (freed > 0)
		s->needzero = 1;
	if (freed > 0) {
		__atomic_add_fetch(&rt_gc.nfree, (uint64_t)freed, __ATOMIC_RELAXED);
		__atomic_add_fetch(&rt_gc.nfreebytes, (uint64_t)freed * s->elemsize, __ATOMIC_RELAXED);
		__atomic_add_fetch(&rt_gc.nfreeclass[s->spanclass >> 1], (uint64_t)freed, __ATOMIC_RELAXED);
	}
	if (nalloc == 0) {
		rt_mheap_free(s);
		return false;
	}
	s->sweepgen = sg;
	if (!keep)
		rt_mcentral_put(s, true);
	return true;
}

static uint32_t sweepcursor;  // the span class the sweepers look at (reset each cycle)

bool rt_sweepone(void)
{
	uint32_t cur = __atomic_load_n(&sweepcursor, __ATOMIC_RELAXED);
	MSpan *s = rt_mcentral_popUnswept(&cur);
	__atomic_store_n(&sweepcursor, cur, __ATOMIC_RELAXED);
	if (s == 0)
		return false;
	M *mp = rt_getm();
	mp->locks++;  // not preemptible while it owns the span
	rt_sweepspan(s, false);
	mp->locks--;
	return true;
}

/* With the world stopped, after the sweep generation flips. */
void rt_sweep_newcycle(void) { __atomic_store_n(&sweepcursor, 0, __ATOMIC_RELAXED); }

/* With the world stopped, before marking: sweep what is left (gc: finishsweep_m). */
void rt_finishsweep(void)
{
	while (rt_sweepone())
		;
}

/* ---- the background sweeper (gc: bgsweep) ---- */

static Mutex sweeplock;
static G *sweepg;
static bool sweepparked, sweeppending;

static bool unlocksweep(G *gp, void *l)
{
	(void)gp;
	rt_unlock(l);
	return true;
}

static void bgsweep(void *unused)
{
	(void)unused;
	for (;;) {
		uint32_t n = 0;
		while (rt_sweepone())
			if (++n % 16 == 0)
				rt_gosched();
		// Keep about 10% over the next goal and give the rest back (gc's
		// scavenger goal: retainExtraPercent).
		uint64_t goal = __atomic_load_n(&rt_gc.goal, __ATOMIC_RELAXED);
		rt_scavenge(goal + goal / 10);
		rt_lock(&sweeplock);
		if (!sweeppending) {
			sweepparked = true;
			rt_gopark(unlocksweep, &sweeplock, WAIT_GC_SWEEP_WAIT);
		} else {
			sweeppending = false;
			rt_unlock(&sweeplock);
		}
	}
}

void rt_bgsweep_start(void) { sweepg = rt_newsystemg(bgsweep, 0); }

/* A cycle ended: there is sweeping to do.  Called on a G with a P. */
void rt_bgsweep_wake(void)
{
	rt_lock(&sweeplock);
	if (sweepparked) {
		sweepparked = false;
		rt_unlock(&sweeplock);
		rt_goready(sweepg);
	} else {
		sweeppending = true;
		rt_unlock(&sweeplock);
	}
}
