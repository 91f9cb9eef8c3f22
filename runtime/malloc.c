/* runtime/malloc.c — memory allocation (gc: malloc.go).
 *
 * TEMPORARY: this is a bump allocator that never frees.  The real allocator
 * (per-P mcache, mcentral, mheap with 8 KiB pages, and the garbage collector)
 * is a later issue; it will keep this file's interface:
 *     rt_mallocgc(size, type, needzero)  — type NULL means "no pointers"
 *     rt_newobject(type)
 * and callers already pass what it will need (the type, whether zeroing is
 * required).
 *
 * How it works now: memory comes from the kernel in 64 MiB chunks mapped
 * MAP_NORESERVE (committed page by page as touched).  A request is rounded up
 * to its size class (small) or to whole 8 KiB pages (large), exactly as the
 * real allocator will round it.  Each M has its own piece of the heap
 * (m->mcache_next/end, 256 KiB carved from the current chunk under
 * heaplock), so the common allocation is a bump of a thread-private pointer
 * with no atomic instruction; requests over 16 KiB are carved from the chunk
 * directly under heaplock, and requests of more than a quarter chunk get a
 * mapping of their own.  An M never blocks or switches goroutines inside
 * mallocgc, so its piece is never shared.
 *
 * Invariants:
 *   - Every block is zeroed: it comes from fresh anonymous memory and is
 *     never reused, so needzero costs nothing yet.
 *   - Alignment: 8 for blocks under 16 bytes, 16 for small blocks of 16 bytes
 *     or more, 8 KiB for large blocks.
 *   - All zero-sized allocations return &rt_zerobase.
 *   - m->mallocing > 0 while inside the allocator; a fault there is a runtime
 *     bug (rt_sigpanic throws instead of panicking).
 *   - heaplock guards chunk_next, chunk_end and heap_inuse.  An empty piece
 *     (next == end == 0, as in a fresh M) simply takes the refill path.
 */
#include "rt.h"

enum {
	CHUNK_SIZE = 64 << 20,
	MCACHE_PIECE = 256 << 10,  // what an M takes from the chunk at a time
	MCACHE_MAX = 16 << 10,     // larger requests go to the chunk directly
};

uint64_t rt_zerobase;

static Mutex heaplock;
static uintptr_t chunk_next, chunk_end;  // the unused part of the current chunk
static uintptr_t heap_inuse;             // bytes carved from chunks or mapped, for the out-of-memory message

void rt_mallocinit(void)
{
	rt_sizeclasses_init();
	chunk_next = chunk_end = 0;  // the first allocation maps the first chunk
}

NORETURN NOINLINE static void outofmemory(uintptr_t size)
{
	rt_print("runtime: out of memory: cannot allocate ", (uint64_t)size, "-byte block (",
	         (uint64_t)__atomic_load_n(&heap_inuse, __ATOMIC_RELAXED), " in use)\n");
	THROW("out of memory");
}

/* n bytes aligned to align from the current chunk, starting a new chunk
 * when it does not fit (the rest of the old one is abandoned). */
NOINLINE static void *chunkalloc(uintptr_t n, uintptr_t align)
{
	rt_lock(&heaplock);
	uintptr_t a = (chunk_next + align - 1) & ~(align - 1);
	if (chunk_next == 0 || a + n > chunk_end) {
		void *p = rt_sysmmap(CHUNK_SIZE, true);
		if (p == 0) {
			rt_unlock(&heaplock);
			outofmemory(n);
		}
		chunk_next = (uintptr_t)p;
		chunk_end = chunk_next + CHUNK_SIZE;
		a = (chunk_next + align - 1) & ~(align - 1);
	}
	chunk_next = a + n;
	heap_inuse += n;
	rt_unlock(&heaplock);
	return (void *)a;
}

NOINLINE static void *largealloc(uintptr_t size)
{
	void *p = rt_sysmmap(size, true);
	if (p == 0)
		outofmemory(size);
	__atomic_add_fetch(&heap_inuse, size, __ATOMIC_RELAXED);
	return p;
}

/* The slow path of a small allocation: a new piece for this M. */
NOINLINE static void *refill(M *mp, uintptr_t n, uintptr_t align)
{
	uintptr_t piece = (uintptr_t)chunkalloc(MCACHE_PIECE, PAGE_SIZE);
	mp->mcache_next = piece + n;
	mp->mcache_end = piece + MCACHE_PIECE;
	(void)align;  // a fresh piece is page aligned
	return (void *)piece;
}

void *rt_mallocgc(int64_t size, void *type, uint8_t needzero)
{
	(void)type;
	(void)needzero;
	if (size == 0)
		return &rt_zerobase;
	if (UNLIKELY((uint64_t)size > MAX_ALLOC))
		outofmemory((uintptr_t)size);
	M *mp = rt_getm();
	mp->mallocing++;
	uintptr_t n, align;
	if (LIKELY(size <= MAX_SMALL_SIZE)) {
		n = rt_class_to_size[rt_size_to_class((uintptr_t)size)];
		align = n >= 16 ? 16 : 8;
	} else {
		n = rt_roundupsize((uintptr_t)size);
		align = PAGE_SIZE;
	}
	void *p;
	if (LIKELY(n <= MCACHE_MAX)) {
		uintptr_t a = (mp->mcache_next + align - 1) & ~(align - 1);
		if (LIKELY(a + n <= mp->mcache_end)) {
			mp->mcache_next = a + n;
			p = (void *)a;
		} else {
			p = refill(mp, n, align);
		}
	} else if (n > CHUNK_SIZE / 4) {
		p = largealloc(n);
	} else {
		p = chunkalloc(n, align);
	}
	mp->mallocing--;
	return p;
}

void *rt_newobject(void *type) { return rt_mallocgc((int64_t)((GoType *)type)->size, type, 1); }
