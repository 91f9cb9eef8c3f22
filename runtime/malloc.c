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
 * real allocator will round it, and carved from the current chunk.  Requests
 * of more than a quarter chunk get a mapping of their own.
 *
 * Invariants:
 *   - Every block is zeroed: it comes from fresh anonymous memory and is
 *     never reused, so needzero costs nothing yet.
 *   - Alignment: 8 for blocks under 16 bytes, 16 for small blocks of 16 bytes
 *     or more, 8 KiB for large blocks.
 *   - All zero-sized allocations return &rt_zerobase.
 *   - m->mallocing > 0 while inside the allocator; a fault there is a runtime
 *     bug (rt_sigpanic throws instead of panicking).
 */
#include "rt.h"

enum { CHUNK_SIZE = 64 << 20 };

uint64_t rt_zerobase;

static uintptr_t chunk_next, chunk_end;  // the unused part of the current chunk
static uintptr_t heap_inuse;             // bytes handed out, for the out-of-memory message

void rt_mallocinit(void)
{
	rt_sizeclasses_init();
	chunk_next = chunk_end = 0;  // the first allocation maps the first chunk
}

NORETURN NOINLINE static void outofmemory(uintptr_t size)
{
	rt_print("runtime: out of memory: cannot allocate ", (uint64_t)size, "-byte block (",
	         (uint64_t)heap_inuse, " in use)\n");
	THROW("out of memory");
}

/* The slow path: start a new chunk (the rest of the old one is abandoned). */
NOINLINE static void *refill(uintptr_t size, uintptr_t align)
{
	void *p = rt_sysmmap(CHUNK_SIZE, true);
	if (p == 0)
		outofmemory(size);
	chunk_next = (uintptr_t)p;
	chunk_end = chunk_next + CHUNK_SIZE;
	uintptr_t a = (chunk_next + align - 1) & ~(align - 1);
	chunk_next = a + size;
	return (void *)a;
}

NOINLINE static void *largealloc(uintptr_t size)
{
	void *p = rt_sysmmap(size, true);
	if (p == 0)
		outofmemory(size);
	return p;
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
	heap_inuse += n;
	void *p;
	if (n > CHUNK_SIZE / 4) {
		p = largealloc(n);
	} else {
		uintptr_t a = (chunk_next + align - 1) & ~(align - 1);
		if (LIKELY(a + n <= chunk_end)) {
			chunk_next = a + n;
			p = (void *)a;
		} else {
			p = refill(n, align);
		}
	}
	mp->mallocing--;
	return p;
}

void *rt_newobject(void *type) { return rt_mallocgc((int64_t)((GoType *)type)->size, type, 1); }
