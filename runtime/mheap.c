/* runtime/mheap.c — the page heap: the arena, its pages, spans, the heap
 * pointer bitmap and the scavenger (gc: mheap.go, mpagealloc.go,
 * mbitmap.go, mgcscavenge.go).
 *
 * The arena is one reservation of ARENA_MAX bytes (64 GiB of address space,
 * mapped MAP_NORESERVE, at gc's hint 0xc000000000 when the kernel allows,
 * so heap addresses look like gc's), committed by the kernel page by page as
 * it is touched.  It is handed out in 8 KiB pages; `npages` is the high-water
 * mark of pages ever made available (grown by ARENA_GROW at a time: gc's
 * HeapSys).  Side tables, each a NORESERVE mapping sized for the whole
 * arena and indexed by page or word:
 *     spans[page]      the in-use span holding the page, or NULL
 *     freebits[page]   1: the page belongs to no span
 *     scavbits[page]   1: the page is free and its memory was given back to
 *                      the kernel (madvise DONTNEED), so it reads as zero
 *     hbits[word]      1: the word may hold a pointer (only meaningful inside
 *                      allocated objects of scan spans; written by
 *                      rt_heapBitsSetType when the object is allocated)
 * Pages are found first-fit from `hint`, the lowest page that may be free.
 *
 * The scavenger (rt_scavenge) gives free pages back to the kernel from the
 * top of the arena down until the memory the heap holds (in-use + free
 * but not released) is at most the requested retain target; mgc.c asks for
 * 110% of the next heap goal after each cycle, as gc does.
 *
 * Invariants:
 *   - heaplock guards npages, hint, freebits, scavbits, spans[], the stats
 *     and the span-struct free list.  spans[] is also read without the lock
 *     by the collector, with the world stopped, and by rt_spanOf.
 *   - A span's pages are exactly [base, base + npages*PAGE_SIZE); spans[]
 *     points at the span for each of them while it is SPAN_INUSE.
 *   - freebits is clear for every page of an in-use span; scavbits is set
 *     only for free pages.  Pages at or above `npages` are untouched.
 *   - Spans never share a byte of hbits (a page is 1024 words, 128 bytes of
 *     bitmap), so the owner of a span writes its bits without atomics.
 */
#include "rt.h"

enum {
	ARENA_MAX_SHIFT = 36,                      // 64 GiB of address space
	ARENA_PAGES = (uintptr_t)1 << (ARENA_MAX_SHIFT - PAGE_SHIFT),
	ARENA_GROW = (64 << 20) >> PAGE_SHIFT,     // pages added to the heap at a time (64 MiB)
	PERSISTENT_CHUNK = 256 << 10,
};
#define THP_FROM ((uintptr_t)128 << 20)  // the heap's first 128 MiB stay in 4 KiB pages
#define ARENA_MAX ((uintptr_t)1 << ARENA_MAX_SHIFT)
#define ARENA_HINT ((uintptr_t)0xc000000000)

static Mutex heaplock;
static uintptr_t arena;          // first byte of the reservation
static uintptr_t npages;         // pages made available so far
static uintptr_t hint;           // no free page below this
static MSpan **spans;
static uint64_t *freebits, *scavbits;
static uint8_t *hbits;
static uintptr_t inusePages, releasedPages;
static MSpan *spanfree;          // unused span structs

static uintptr_t persistent_next, persistent_end;

HeapIndex rt_heapindex;

/* Memory for runtime structures that live forever and hold no heap
 * pointers the collector must see (spans, caches): never freed, never
 * scanned (gc: persistentalloc).  heaplock held. */
static void *persistentalloc(uintptr_t n)
{
	n = (n + 15) & ~(uintptr_t)15;
	if (persistent_next + n > persistent_end) {
		uintptr_t sz = n > PERSISTENT_CHUNK ? n : PERSISTENT_CHUNK;
		void *p = rt_sysmmap(sz, false);
		if (p == 0)
			THROW("runtime: cannot allocate memory");
		persistent_next = (uintptr_t)p;
		persistent_end = persistent_next + sz;
	}
	void *p = (void *)persistent_next;
	persistent_next += n;
	return p;
}

void *rt_persistentalloc(uintptr_t n)
{
	rt_lock(&heaplock);
	void *p = persistentalloc(n);
	rt_unlock(&heaplock);
	return p;
}

/* ---- root pools: runtime structures the collector scans as roots ----
 * M, P and sudog structs live forever (the runtime caches and reuses
 * them) and the runtime writes pointers into them without write barriers,
 * so they are not heap objects: they live here and every cycle scans them
 * conservatively, at its start and again when marking ends. */

typedef struct RootChunk {
	struct RootChunk *next;
	uintptr_t used, size;   // bytes from the chunk's start, header included
} RootChunk;

static Mutex rootlock;
static RootChunk *rootchunks;  // newest first; allocation bumps the first

void *rt_rootalloc(uintptr_t n)
{
	n = (n + 15) & ~(uintptr_t)15;
	rt_lock(&rootlock);
	RootChunk *c = rootchunks;
	uintptr_t hdr = (sizeof(RootChunk) + 15) & ~(uintptr_t)15;
	if (c == 0 || c->used + n > c->size) {
		uintptr_t sz = hdr + n > PERSISTENT_CHUNK ? hdr + n : PERSISTENT_CHUNK;
		c = rt_sysmmap(sz, false);
		if (c == 0)
			THROW("runtime: cannot allocate memory");
		c->used = hdr;
		c->size = sz;
		c->next = rootchunks;
		__atomic_store_n(&rootchunks, c, __ATOMIC_RELEASE);
	}
	void *p = (uint8_t *)c + c->used;
	__atomic_store_n(&c->used, c->used + n, __ATOMIC_RELEASE);
	rt_unlock(&rootlock);
	return p;  // zero: fresh from the kernel, never reused
}

void rt_rootpools_scan(void (*f)(uintptr_t lo, uintptr_t hi))
{
	uintptr_t hdr = (sizeof(RootChunk) + 15) & ~(uintptr_t)15;
	for (RootChunk *c = __atomic_load_n(&rootchunks, __ATOMIC_ACQUIRE); c; c = c->next)
		f((uintptr_t)c + hdr, (uintptr_t)c + __atomic_load_n(&c->used, __ATOMIC_ACQUIRE));
}

static void *reserve(uintptr_t n, uintptr_t hintaddr)
{
	int64_t r = rt_sys_mmap((void *)hintaddr, n, PROT_READ | PROT_WRITE,
	                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (r < 0 && r > -4096)
		return 0;
	return (void *)r;
}

void rt_mheap_init(void)
{
	arena = (uintptr_t)reserve(ARENA_MAX, ARENA_HINT);
	spans = reserve(ARENA_PAGES * sizeof(MSpan *), 0);
	freebits = reserve(ARENA_PAGES / 8, 0);
	scavbits = reserve(ARENA_PAGES / 8, 0);
	hbits = reserve(ARENA_MAX / 64, 0);
	if (arena == 0 || spans == 0 || freebits == 0 || scavbits == 0 || hbits == 0) {
		rt_print("runtime: cannot reserve ", (uint64_t)(ARENA_MAX >> 30), " GiB of address space for the heap\n");
		THROW("runtime: out of memory");
	}
	if (arena & (PAGE_SIZE - 1))
		THROW("runtime: heap arena not page aligned");
	/* Transparent huge pages for the heap and its bitmap past their first
	 * THP_FROM bytes, as gc asks for the memory it uses (sysHugePage): a
	 * large heap read at random then misses the TLB far less, while a
	 * small one (pages are handed out lowest first) is not rounded up to
	 * 2 MiB pieces of resident memory. */
	rt_sys_madvise((void *)(arena + THP_FROM), ARENA_MAX - THP_FROM, MADV_HUGEPAGE);
	rt_sys_madvise((void *)((uintptr_t)hbits + THP_FROM / 64), (ARENA_MAX - THP_FROM) / 64, MADV_HUGEPAGE);
	rt_heapindex = (HeapIndex){arena, 0, spans, hbits};
}

uintptr_t rt_heapArenaStart(void) { return arena; }

/* ---- page bitmaps ---- */

static inline bool testbit(const uint64_t *b, uintptr_t i) { return b[i / 64] >> (i % 64) & 1; }

static void setrange(uint64_t *b, uintptr_t i, uintptr_t n, bool v)
{
	while (n > 0) {
		uintptr_t off = i % 64, k = 64 - off < n ? 64 - off : n;
		uint64_t m = (k == 64 ? ~(uint64_t)0 : (((uint64_t)1 << k) - 1)) << off;
		if (v)
			b[i / 64] |= m;
		else
			b[i / 64] &= ~m;
		i += k;
		n -= k;
	}
}

/* The first run of n free pages at or above hint, or npages if none. */
static uintptr_t findrun(uintptr_t n)
{
	uintptr_t i = hint;
	while (i < npages) {
		uint64_t w = freebits[i / 64] >> (i % 64);
		if (w == 0) {
			i = (i / 64 + 1) * 64;
			continue;
		}
		i += (uintptr_t)__builtin_ctzll(w);
		if (i >= npages)
			break;
		// Count the run starting at i.
		uintptr_t j = i;
		while (j < npages && j - i < n) {
			uint64_t z = ~freebits[j / 64] >> (j % 64);
			if (z == 0) {
				j = (j / 64 + 1) * 64;
			} else {
				j += (uintptr_t)__builtin_ctzll(z);
				break;
			}
		}
		if (j > npages)
			j = npages;
		if (j - i >= n)
			return i;
		i = j;
	}
	return npages;
}

/* Make at least n more pages available (heaplock held). */
static bool grow(uintptr_t n)
{
	uintptr_t add = n > ARENA_GROW ? (n + ARENA_GROW - 1) / ARENA_GROW * ARENA_GROW : ARENA_GROW;
	if (npages + add > ARENA_PAGES) {
		if (npages + n > ARENA_PAGES)
			return false;
		add = ARENA_PAGES - npages;
	}
	// Never-touched pages read as zero: free and "released".
	setrange(freebits, npages, add, true);
	setrange(scavbits, npages, add, true);
	releasedPages += add;
	if (hint > npages)
		hint = npages;
	npages += add;
	__atomic_store_n(&rt_heapindex.limit, npages << PAGE_SHIFT, __ATOMIC_RELEASE);
	return true;
}

static MSpan *spanalloc(void)
{
	MSpan *s = spanfree;
	if (s)
		spanfree = s->next;
	else
		s = persistentalloc(sizeof(MSpan));
	memset(s, 0, sizeof *s);
	return s;
}

/* npages contiguous pages as a new in-use span (its object fields for the
 * caller to fill in).  *needzero: some page may hold old data. */
MSpan *rt_mheap_alloc(uintptr_t n, uint8_t spc, bool *needzero)
{
	rt_lock(&heaplock);
	uintptr_t i = findrun(n);
	if (i == npages) {
		// Before growing the heap, finish sweeping: it may free pages.
		rt_unlock(&heaplock);
		while (rt_sweepone())
			;
		rt_lock(&heaplock);
		i = findrun(n);
		if (i == npages) {
			if (!grow(n)) {
				rt_unlock(&heaplock);
				rt_print("runtime: out of memory: cannot allocate ", (uint64_t)(n * PAGE_SIZE),
				         "-byte block (", (uint64_t)(inusePages * PAGE_SIZE), " in use)\n");
				THROW("out of memory");
			}
			i = findrun(n);
		}
	}
	setrange(freebits, i, n, false);
	bool nz = false;
	for (uintptr_t k = i; k < i + n; k++) {
		if (testbit(scavbits, k))
			releasedPages--;
		else
			nz = true;
	}
	setrange(scavbits, i, n, false);
	if (i == hint)
		hint = i + n;
	inusePages += n;
	MSpan *s = spanalloc();
	s->base = arena + (i << PAGE_SHIFT);
	s->npages = n;
	s->spanclass = spc;
	s->state = SPAN_INUSE;
	for (uintptr_t k = i; k < i + n; k++)
		spans[k] = s;
	rt_unlock(&heaplock);
	*needzero = nz;
	return s;
}

/* Give s's pages back to the heap (gc: freeSpan). */
void rt_mheap_free(MSpan *s)
{
	rt_lock(&heaplock);
	uintptr_t i = (s->base - arena) >> PAGE_SHIFT;
	for (uintptr_t k = i; k < i + s->npages; k++)
		spans[k] = 0;
	setrange(freebits, i, s->npages, true);
	if (i < hint)
		hint = i;
	inusePages -= s->npages;
	s->state = SPAN_DEAD;
	s->next = spanfree;
	spanfree = s;
	rt_unlock(&heaplock);
}


/* Calls f for every in-use span (world stopped). */
void rt_mheap_forEachSpan(void (*f)(MSpan *))
{
	for (uintptr_t i = 0; i < npages;) {
		MSpan *s = spans[i];
		if (s == 0 || s->base != arena + (i << PAGE_SHIFT)) {
			i++;
			continue;
		}
		f(s);
		i += s->npages;
	}
}

HeapStats rt_mheap_stats(void)
{
	rt_lock(&heaplock);
	HeapStats st = {npages << PAGE_SHIFT, inusePages << PAGE_SHIFT, releasedPages << PAGE_SHIFT};
	rt_unlock(&heaplock);
	return st;
}

/* ---- the heap bitmap (gc: heapBitsSetType) ---- */

static inline void hsetbit(uintptr_t w, bool v)
{
	if (v)
		hbits[w >> 3] |= (uint8_t)(1u << (w & 7));
	else
		hbits[w >> 3] &= (uint8_t)~(1u << (w & 7));
}

static void hsetrange(uintptr_t w, uintptr_t n, bool v)
{
	// Whole bytes in the middle, bits at the ends.
	for (; n > 0 && (w & 7); w++, n--)
		hsetbit(w, v);
	if (n >= 8) {
		memset(hbits + (w >> 3), v ? 0xff : 0, n >> 3);
		w += n & ~(uintptr_t)7;
		n &= 7;
	}
	for (; n > 0; w++, n--)
		hsetbit(w, v);
}

/* Record the pointer words of the object at x: slotsize bytes of which the
 * first datasize hold datasize/t->size values of type t. */
void rt_heapBitsSetType(uintptr_t x, uintptr_t slotsize, uintptr_t datasize, const GoType *t)
{
	uintptr_t w = (x - arena) >> 3;
	uintptr_t nw = slotsize >> 3;
	uintptr_t elemw = t->size >> 3, ptrw = t->ptrdata >> 3;
	const uint8_t *gcdata = t->gcdata;
	uintptr_t nelem = t->size ? datasize / t->size : 0;
	if (nw <= 64 && gcdata != 0 && !(t->kind & KIND_GC_PROG)) {
		// Small objects: the object's bits as one 64-bit pattern, written
		// with at most two read-modify-writes of the bitmap's words (a
		// span's bits never share a word with another span's).
		uint64_t elem = 0;
		for (uintptr_t k = 0; k < ptrw; k += 8)
			elem |= (uint64_t)gcdata[k >> 3] << k;
		if (ptrw < 64)
			elem &= ((uint64_t)1 << ptrw) - 1;
		uint64_t pat = 0;
		for (uintptr_t e = 0; e < nelem; e++)
			pat |= elem << (e * elemw);
		uint64_t mask = nw == 64 ? ~(uint64_t)0 : (((uint64_t)1 << nw) - 1);
		uint64_t *b = (uint64_t *)hbits + (w >> 6);
		unsigned sh = (unsigned)(w & 63);
		b[0] = (b[0] & ~(mask << sh)) | (pat << sh);
		if (sh + nw > 64)
			b[1] = (b[1] & ~(mask >> (64 - sh))) | (pat >> (64 - sh));
		return;
	}
	if (elemw == 1 && gcdata && (gcdata[0] & 1)) {
		// Every word a pointer ([]*T, conservative runtime structures).
		hsetrange(w, nelem, true);
		hsetrange(w + nelem, nw - nelem, false);
		return;
	}
	hsetrange(w, nw, false);
	bool conservative = gcdata == 0 || (t->kind & KIND_GC_PROG);
	for (uintptr_t e = 0; e < nelem; e++) {
		uintptr_t base = w + e * elemw;
		if (conservative) {
			hsetrange(base, ptrw, true);
			continue;
		}
		for (uintptr_t k = 0; k < ptrw; k++)
			if (gcdata[k >> 3] >> (k & 7) & 1)
				hbits[(base + k) >> 3] |= (uint8_t)(1u << ((base + k) & 7));
	}
}

bool rt_heapBitIsPointer(uintptr_t addr)
{
	uintptr_t w = (addr - arena) >> 3;
	return hbits[w >> 3] >> (w & 7) & 1;
}

const uint8_t *rt_heapBitsAt(uintptr_t addr) { return hbits + ((addr - arena) >> 6); }

/* ---- the scavenger (gc: mgcscavenge.go) ---- */

enum { SCAVENGE_CHUNK = 64 };  // pages released per lock hold (512 KiB)

void rt_scavenge(uint64_t retain)
{
	rt_lock(&heaplock);
	uintptr_t top = npages;
	for (;;) {
		uint64_t held = (uint64_t)(npages - releasedPages) << PAGE_SHIFT;
		if (held <= retain || top == 0)
			break;
		// The highest free, unreleased page below top.
		uintptr_t i = top;
		bool found = false;
		while (i > 0) {
			uintptr_t k = i - 1;
			uint64_t w = freebits[k / 64] & ~scavbits[k / 64];
			uint64_t below = (k % 64 == 63) ? ~(uint64_t)0 : (((uint64_t)1 << (k % 64 + 1)) - 1);
			w &= below;
			if (w == 0) {
				i = k - k % 64;
				continue;
			}
			i = k - k % 64 + (63 - (uintptr_t)__builtin_clzll(w)) + 1;  // one past the page found
			found = true;
			break;
		}
		if (!found)
			break;
		uintptr_t end = i, start = i - 1;
		uint64_t want = (held - retain + PAGE_SIZE - 1) >> PAGE_SHIFT;
		while (start > 0 && end - start < SCAVENGE_CHUNK && end - start < want &&
		       testbit(freebits, start - 1) && !testbit(scavbits, start - 1))
			start--;
		rt_sys_madvise((void *)(arena + (start << PAGE_SHIFT)), (end - start) << PAGE_SHIFT, MADV_DONTNEED);
		setrange(scavbits, start, end - start, true);
		releasedPages += end - start;
		top = start;
		// Let allocators in between chunks.
		rt_unlock(&heaplock);
		rt_lock(&heaplock);
	}
	rt_unlock(&heaplock);
}
