/* runtime/malloc.c — memory allocation: mallocgc and the per-P caches
 * (gc: malloc.go, mcache.go).
 *
 * gc's allocator, in gc's shape:
 *   - A request of at most 32 KiB is rounded up to one of gc's 67 size
 *     classes (sizeclasses.c).  Each P has an MCache holding one span per
 *     span class (size class x scan/noscan); the fast path takes the next
 *     free slot of that span from a 64-bit cache of its free bits
 *     (nextFreeFast): a ctz, a shift and two stores, no atomics, no locks.
 *   - When the cached span is full, the MCache returns it to its MCentral
 *     and gets one with free slots (mcentral.c), sweeping spans on the way;
 *     the MCentral grows from the page heap (mheap.c).
 *   - Pointer-free requests under 16 bytes are combined into 16-byte
 *     blocks (the tiny allocator): a block is freed when all of them die.
 *   - Larger requests get their own span of whole pages.
 *   - Objects of types with pointers ("scan" objects) get their pointer
 *     words recorded in the heap bitmap, from the type's gcdata, for the
 *     collector.  The runtime's own structures that hold pointers are
 *     allocated with rt_type_conservative: every word is treated as a
 *     possible pointer.
 *   - Memory is zeroed only when the caller needs it and the slot may hold
 *     old data: fresh pages from the kernel are already zero.
 *
 * Invariants:
 *   - m->mallocing > 0 while inside the allocator: the M is neither
 *     preempted (runtime code never is) nor does it start a GC cycle; a fault
 *     there is a runtime bug.
 *   - An MCache is touched only by the M holding its P.  An M without a P
 *     (sysmon, an M being started) uses the shared mcache0 under its lock.
 *   - Every cached span is swept and has incache set; empty entries point at
 *     rt_emptyspan, whose allocCache is 0 so the fast path always fails.
 *   - All zero-sized allocations return &rt_zerobase.
 */
#include "rt.h"

uint64_t rt_zerobase;
MSpan rt_emptyspan;

/* One word that may be a pointer; arrays of it cover any runtime struct. */
static const uint8_t conservative_gcdata[1] = {1};
const GoType rt_type_conservative = {
	.size = 8, .ptrdata = 8, .align = 8, .fieldAlign = 8,
	.kind = KIND_UNSAFE_POINTER, .gcdata = conservative_gcdata,
};

static MCache mcache0;    // for Ms without a P
static Mutex mcache0lock;
static Mutex mcachelock;  // guards cache allocation

enum { TINY_SPAN_CLASS = (2 << 1) | 1 };  // 16-byte noscan

static void initcache(MCache *c)
{
	for (int i = 0; i < NUM_SPAN_CLASSES; i++)
		c->alloc[i] = &rt_emptyspan;
}

void rt_mallocinit(void)
{
	rt_sizeclasses_init();
	rt_mheap_init();
	initcache(&mcache0);
}

MCache *rt_allocmcache(void)
{
	rt_lock(&mcachelock);
	MCache *c = rt_sysmmap(sizeof(MCache), false);  // one per P, for the life of the process
	rt_unlock(&mcachelock);
	if (c == 0)
		THROW("runtime: cannot allocate memory");
	initcache(c);
	return c;
}

MCache *rt_mcache_current(bool *locked)
{
	P *pp = rt_getm()->p;
	if (LIKELY(pp != 0 && pp->mcache != 0)) {
		*locked = false;
		return pp->mcache;
	}
	rt_lock(&mcache0lock);
	*locked = true;
	return &mcache0;
}

/* With the world stopped: give every cached span back (gc: releaseAll). */
void rt_mcache_flush(MCache *c)
{
	for (int i = 0; i < NUM_SPAN_CLASSES; i++) {
		MSpan *s = c->alloc[i];
		if (s == &rt_emptyspan)
			continue;
		// heapLive counted the whole span when it was cached; take back the
		// slots left free.
		__atomic_sub_fetch(&rt_gc.heapLive, (uint64_t)(s->nelems - s->allocCount) * s->elemsize, __ATOMIC_RELAXED);
		rt_mcentral_uncacheSpan(s);
		c->alloc[i] = &rt_emptyspan;
	}
	c->tiny = 0;
	c->tinyoffset = 0;
	if (c->blackbytes) {
		rt_gcaddmarked(c->blackbytes);
		c->blackbytes = 0;
	}
}

void rt_mcache_flushshared(void) { rt_mcache_flush(&mcache0); }

/* The fast path: the next free slot of s, or 0 (gc: nextFreeFast). */
static inline uintptr_t nextFreeFast(MSpan *s)
{
	uint64_t cache = s->allocCache;
	if (cache == 0)
		return 0;
	uint32_t bit = (uint32_t)__builtin_ctzll(cache);
	uint32_t idx = s->freeindex + bit;
	if (idx >= s->nelems)
		return 0;
	uint32_t fi = idx + 1;
	if (fi % 64 == 0 && fi != s->nelems)
		return 0;  // the cache must be refilled from the next word: slow path
	s->allocCache = bit == 63 ? 0 : cache >> (bit + 1);
	s->freeindex = fi;
	s->allocCount++;
	return s->base + (uintptr_t)idx * s->elemsize;
}

/* The first free slot at or after s->freeindex (nelems if none); leaves
 * freeindex there and allocCache filled (gc: nextFreeIndex). */
static uint32_t nextFreeIndex(MSpan *s)
{
	uint32_t i = s->freeindex;
	while (i < s->nelems) {
		uint64_t free = ~s->allocBits[i / 64] >> (i % 64);
		if (free == 0) {
			i = (i / 64 + 1) * 64;
			continue;
		}
		i += (uint32_t)__builtin_ctzll(free);
		break;
	}
	if (i > s->nelems)
		i = s->nelems;
	s->freeindex = i;
	s->allocCache = i < s->nelems ? ~s->allocBits[i / 64] >> (i % 64) : 0;
	return i;
}

/* Replace c's span of class spc by one with free slots (gc: refill). */
static void refill(MCache *c, uint8_t spc)
{
	MSpan *s = c->alloc[spc];
	if (s != &rt_emptyspan)
		rt_mcentral_uncacheSpan(s);
	s = rt_mcentral_cacheSpan(spc);
	__atomic_add_fetch(&rt_gc.heapLive, (uint64_t)(s->nelems - s->allocCount) * s->elemsize, __ATOMIC_RELAXED);
	c->alloc[spc] = s;
}

/* The slow path of a small allocation (gc: nextFree). */
static uintptr_t nextFree(MCache *c, uint8_t spc)
{
	MSpan *s = c->alloc[spc];
	uint32_t i = nextFreeIndex(s);
	if (i == s->nelems) {
		refill(c, spc);
		s = c->alloc[spc];
		i = nextFreeIndex(s);
		if (i == s->nelems)
			THROW("runtime: refill gave a full span");
	}
	s->freeindex = i + 1;
	s->allocCount++;
	// allocCache described slot i at bit 0; drop it.
	s->allocCache >>= 1;
	if (s->freeindex % 64 == 0 && s->freeindex < s->nelems)
		s->allocCache = ~s->allocBits[s->freeindex / 64];
	return s->base + (uintptr_t)i * s->elemsize;
}

NORETURN NOINLINE static void outofmemory(uintptr_t size)
{
	rt_print("runtime: out of memory: cannot allocate ", (uint64_t)size, "-byte block\n");
	THROW("out of memory");
}

/* A large object: a span of its own (gc: largeAlloc). */
static MSpan *largeAlloc(uintptr_t size, bool noscan, bool needzero)
{
	uintptr_t np = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (np == 0 || size > MAX_ALLOC)
		outofmemory(size);
	bool nz;
	MSpan *s = rt_mheap_alloc(np, (uint8_t)noscan, &nz);
	s->elemsize = np << PAGE_SHIFT;
	s->nelems = 1;
	s->limit = s->base + s->elemsize;
	s->divmul = 0;
	s->freeindex = 1;
	s->allocCount = 1;
	s->sweepgen = __atomic_load_n(&rt_gc.sweepgen, __ATOMIC_ACQUIRE);
	if (needzero && nz)
		memset((void *)s->base, 0, size);
	return s;
}

void *rt_mallocgc(int64_t size, void *type, uint8_t needzero)
{
	if (size == 0)
		return &rt_zerobase;
	if (UNLIKELY((uint64_t)size > MAX_ALLOC))
		outofmemory((uintptr_t)size);
	const GoType *t = type;
	bool noscan = t == 0 || t->ptrdata == 0;
	M *mp = rt_getm();
	mp->mallocing++;
	bool locked;
	MCache *c = rt_mcache_current(&locked);
	uintptr_t x, slotsize;
	MSpan *xs;  // x's span
	bool slow = false;
	if (LIKELY((uint64_t)size <= MAX_SMALL_SIZE)) {
		if (noscan && size < TINY_SIZE) {
			// The tiny allocator (gc: mallocgc's maxTinySize path).
			uintptr_t off = c->tinyoffset;
			if ((size & 7) == 0)
				off = (off + 7) & ~(uintptr_t)7;
			else if ((size & 3) == 0)
				off = (off + 3) & ~(uintptr_t)3;
			else if ((size & 1) == 0)
				off = (off + 1) & ~(uintptr_t)1;
			if (off + (uintptr_t)size <= TINY_SIZE && c->tiny != 0) {
				x = c->tiny + off;
				c->tinyoffset = off + (uintptr_t)size;
				c->nmalloc++;
				c->tinyallocs++;
				if (locked)
					rt_unlock(&mcache0lock);
				mp->mallocing--;
				return (void *)x;
			}
			MSpan *s = c->alloc[TINY_SPAN_CLASS];
			x = nextFreeFast(s);
			if (x == 0) {
				x = nextFree(c, TINY_SPAN_CLASS);
				slow = true;
			}
			xs = c->alloc[TINY_SPAN_CLASS];
			((uint64_t *)x)[0] = 0;
			((uint64_t *)x)[1] = 0;
			if ((uintptr_t)size < c->tinyoffset || c->tiny == 0) {
				c->tiny = x;
				c->tinyoffset = (uintptr_t)size;
			}
			slotsize = TINY_SIZE;
		} else {
			uint8_t sizeclass = rt_size_to_class((uintptr_t)size);
			uint8_t spc = (uint8_t)(sizeclass << 1 | noscan);
			MSpan *s = c->alloc[spc];
			x = nextFreeFast(s);
			if (x == 0) {
				x = nextFree(c, spc);
				s = c->alloc[spc];
				slow = true;
			}
			slotsize = s->elemsize;
			xs = s;
			if (needzero && s->needzero)
				memset((void *)x, 0, slotsize);
		}
	} else {
		MSpan *s = largeAlloc((uintptr_t)size, noscan, needzero);
		__atomic_add_fetch(&rt_gc.heapLive, (uint64_t)s->elemsize, __ATOMIC_RELAXED);
		c->largealloc += s->elemsize;
		rt_mcentral_put(s, true);
		x = s->base;
		slotsize = s->elemsize;
		xs = s;
		slow = true;
	}
	if (!noscan)
		rt_heapBitsSetType(x, slotsize, (uintptr_t)size, t);
	if (UNLIKELY(__atomic_load_n(&rt_gc.marking, __ATOMIC_RELAXED)))
		rt_gcmarknewobject(xs, x, c);  // allocate black
	c->nmalloc++;
	c->nmallocclass[xs->spanclass >> 1]++;
	if (locked)
		rt_unlock(&mcache0lock);
	mp->mallocing--;
	if (UNLIKELY(rt_gc.stress != 0) ||
	    (slow && __atomic_load_n(&rt_gc.heapLive, __ATOMIC_RELAXED) >= rt_gc.trigger))
		rt_gcAfterAlloc(xs->npages << PAGE_SHIFT);
	// A preemption request that found this goroutine in the runtime is
	// honoured here, on the way back to Go code (gc: the stack-guard check
	// in the next function prologue).
	if (UNLIKELY(__atomic_load_n(&rt_getg()->preempt, __ATOMIC_RELAXED) != 0))
		rt_preemptpoint();
	return (void *)x;
}

void *rt_newobject(void *type) { return rt_mallocgc((int64_t)((GoType *)type)->size, type, 1); }
