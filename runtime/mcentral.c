/* runtime/mcentral.c — the spans of each span class that no cache holds
 * (gc: mcentral.go).
 *
 * Each span class has two pairs of sets: spans with free slots ("partial")
 * and without ("full"), each split into swept and unswept.  As in gc, the
 * pair is indexed by the sweep generation: the swept set of generation sg is
 * set[sg/2 % 2] and the unswept one set[1 - sg/2 % 2], so when a cycle ends
 * and sweepgen grows by 2, every swept span becomes unswept at once, without
 * touching a span.  Large objects (size class 0) live in the full sets of
 * classes 0 (scan) and 1 (noscan).
 *
 * A span is taken out of a set only by popping it under the set's lock, so
 * whoever popped it owns it: it may sweep it without further claims.
 *
 * Invariants:
 *   - Every in-use span is in exactly one set, or in exactly one MCache
 *     (incache), or owned by whoever popped it.
 *   - A span in a swept set has sweepgen == rt_gc.sweepgen; in an unswept set
 *     rt_gc.sweepgen - 2.  Caches hold swept spans only, and are emptied
 *     (rt_mcache_flush) before sweepgen changes, with the world stopped.
 *   - c->lock guards c's four lists; it is never held while sweeping or
 *     while calling into mheap.c.
 */
#include "rt.h"

enum { CACHE_SPAN_SWEEP_TRIES = 100 };  // gc: spanBudget

typedef struct MCentral {
	Mutex lock;
	MSpan *partial[2], *full[2];
} MCentral;

static MCentral central[NUM_SPAN_CLASSES];

static inline uint32_t sweptIndex(uint32_t sg) { return (sg >> 1) & 1; }

static MSpan *pop(MCentral *c, MSpan **list)
{
	rt_lock(&c->lock);
	MSpan *s = *list;
	if (s)
		*list = s->next;
	rt_unlock(&c->lock);
	if (s)
		s->next = 0;
	return s;
}

void rt_mcentral_put(MSpan *s, bool swept)
{
	MCentral *c = &central[s->spanclass];
	uint32_t sg = __atomic_load_n(&rt_gc.sweepgen, __ATOMIC_ACQUIRE);
	uint32_t k = swept ? sweptIndex(sg) : 1 - sweptIndex(sg);
	bool full = s->allocCount >= s->nelems;
	rt_lock(&c->lock);
	MSpan **list = full ? &c->full[k] : &c->partial[k];
	s->next = *list;
	*list = s;
	rt_unlock(&c->lock);
}

/* A span of class spc with a free slot for an MCache (gc: cacheSpan). */
MSpan *rt_mcentral_cacheSpan(uint8_t spc)
{
	MCentral *c = &central[spc];
	uint32_t sg = __atomic_load_n(&rt_gc.sweepgen, __ATOMIC_ACQUIRE);
	uint32_t sw = sweptIndex(sg), un = 1 - sw;
	MSpan *s = pop(c, &c->partial[sw]);
	if (s)
		goto have;
	for (int tries = 0; tries < CACHE_SPAN_SWEEP_TRIES; tries++) {
		if ((s = pop(c, &c->partial[un])) == 0)
			break;
		if (rt_sweepspan(s, true)) {
			if (s->allocCount < s->nelems)
				goto have;
			rt_mcentral_put(s, true);
		}
	}
	for (int tries = 0; tries < CACHE_SPAN_SWEEP_TRIES; tries++) {
		if ((s = pop(c, &c->full[un])) == 0)
			break;
		if (rt_sweepspan(s, true)) {
			if (s->allocCount < s->nelems)
				goto have;
			rt_mcentral_put(s, true);
		}
	}
	// A fresh span from the heap (gc: mcentral.grow).
	{
		uint8_t sizeclass = spc >> 1;
		bool nz;
		s = rt_mheap_alloc(rt_class_to_allocnpages[sizeclass], spc, &nz);
		s->elemsize = rt_class_to_size[sizeclass];
		s->nelems = (uint32_t)((s->npages << PAGE_SHIFT) / s->elemsize);
		s->limit = s->base + s->nelems * s->elemsize;
		s->divmul = (uint32_t)(0xffffffffu / (uint32_t)s->elemsize + 1);
		s->needzero = nz;
		s->sweepgen = sg;
	}
have:
	s->incache = 1;
	// Find the first free slot and fill allocCache (gc: refillAllocCache).
	while (s->freeindex < s->nelems && (s->allocBits[s->freeindex / 64] >> (s->freeindex % 64) & 1))
		s->freeindex++;
	uint32_t fi = s->freeindex;
	s->allocCache = fi < s->nelems ? ~s->allocBits[fi / 64] >> (fi % 64) : 0;
	return s;
}

/* An MCache is done with s (gc: uncacheSpan). */
void rt_mcentral_uncacheSpan(MSpan *s)
{
	s->incache = 0;
	rt_mcentral_put(s, true);
}

/* Some span still to be swept, for the sweeper; *cursor remembers the class
 * it looked at last.  NULL when every class's unswept sets are empty. */
MSpan *rt_mcentral_popUnswept(uint32_t *cursor)
{
	uint32_t sg = __atomic_load_n(&rt_gc.sweepgen, __ATOMIC_ACQUIRE);
	uint32_t un = 1 - sweptIndex(sg);
	for (; *cursor < NUM_SPAN_CLASSES; (*cursor)++) {
		MCentral *c = &central[*cursor];
		if (__atomic_load_n(&c->partial[un], __ATOMIC_RELAXED) == 0 &&
		    __atomic_load_n(&c->full[un], __ATOMIC_RELAXED) == 0)
			continue;
		MSpan *s = pop(c, &c->partial[un]);
		if (s == 0)
			s = pop(c, &c->full[un]);
		if (s)
			return s;
	}
	return 0;
}
