/* runtime/slice.c — make, append and copy for slices (gc: slice.go).
 *
 * Invariants:
 *   - growslice's capacity policy is gc 1.19's exactly (double below 256
 *     elements, then grow by (cap + 3*256)/4 until large enough, then round
 *     the byte size up to the allocator's size class), because cap() after
 *     append is observable.
 *   - A slice of zero-sized elements points at rt_zerobase, never NULL.
 *   - Memory from rt_mallocgc(size, NULL, false) may be dirty once the real
 *     allocator exists, so the part of a new backing array that append will
 *     not overwrite is cleared here (gc does the same).
 */
#include "rt.h"

static bool mul_overflows(uintptr_t a, uintptr_t b, uintptr_t *out)
{
	return __builtin_mul_overflow(a, b, out);
}

void *rt_makeslice(void *elemtype, int64_t len, int64_t cap)
{
	const GoType *et = elemtype;
	uintptr_t mem;
	bool overflow = mul_overflows(et->size, (uintptr_t)cap, &mem);
	if (overflow || mem > MAX_ALLOC || len < 0 || len > cap) {
		// Say "len out of range" for make([]T, bignumber): the cap was only
		// implied (golang.org/issue/4085).
		overflow = mul_overflows(et->size, (uintptr_t)len, &mem);
		if (overflow || mem > MAX_ALLOC || len < 0)
			rt_panicmakeslicelen();
		rt_panicmakeslicecap();
	}
	return rt_mallocgc((int64_t)mem, elemtype, 1);
}

static const GoString unsafeSliceLen = GOSTR("unsafe.Slice: len out of range");
static const GoString unsafeSliceNil = GOSTR("unsafe.Slice: ptr is nil and len is not zero");

/* gc: unsafeslice.  len comes as int64; an unsigned len too big for an int
 * arrives negative and is out of range, as in gc's unsafeslice64. */
void rt_unsafeslicecheck(void *elemtype, void *ptr, int64_t len)
{
	if (len < 0)
		rt_panic_errorString(&unsafeSliceLen);
	uintptr_t mem;
	if (mul_overflows(((const GoType *)elemtype)->size, (uintptr_t)len, &mem) || mem > -(uintptr_t)ptr) {
		if (ptr == 0)
			rt_panic_errorString(&unsafeSliceNil);
		rt_panic_errorString(&unsafeSliceLen);
	}
}

static const GoString growsliceError = GOSTR("growslice: cap out of range");

void rt_growslice(void *out, void *elemtype, void *oldptr, int64_t oldlen, int64_t oldcap, int64_t newlen)
{
	const GoType *et = elemtype;
	GoSlice *res = out;
	int64_t cap = newlen;
	if (cap < oldcap)
		rt_panic_errorString(&growsliceError);
	if (et->size == 0) {
		*res = (GoSlice){&rt_zerobase, newlen, newlen};
		return;
	}

	int64_t newcap = oldcap;
	int64_t doublecap = newcap + newcap;
	if (cap > doublecap) {
		newcap = cap;
	} else {
		enum { THRESHOLD = 256 };
		if (oldcap < THRESHOLD) {
			newcap = doublecap;
		} else {
			// 0 < newcap catches overflow and prevents an infinite loop.
			while (0 < newcap && newcap < cap)
				newcap += (newcap + 3 * THRESHOLD) / 4;  // from 2x toward 1.25x
			if (newcap <= 0)
				newcap = cap;
		}
	}

	uintptr_t size = et->size, lenmem, newlenmem, capmem;
	bool overflow;
	if (size == 1) {
		lenmem = (uintptr_t)oldlen;
		newlenmem = (uintptr_t)cap;
		capmem = rt_roundupsize((uintptr_t)newcap);
		overflow = (uintptr_t)newcap > MAX_ALLOC;
		newcap = (int64_t)capmem;
	} else if ((size & (size - 1)) == 0) {
		int shift = __builtin_ctzll(size);
		lenmem = (uintptr_t)oldlen << shift;
		newlenmem = (uintptr_t)cap << shift;
		capmem = rt_roundupsize((uintptr_t)newcap << shift);
		overflow = (uintptr_t)newcap > (MAX_ALLOC >> shift);
		newcap = (int64_t)(capmem >> shift);
	} else {
		lenmem = (uintptr_t)oldlen * size;
		newlenmem = (uintptr_t)cap * size;
		overflow = mul_overflows(size, (uintptr_t)newcap, &capmem);
		capmem = rt_roundupsize(capmem);
		newcap = (int64_t)(capmem / size);
	}
	if (overflow || capmem > MAX_ALLOC)
		rt_panic_errorString(&growsliceError);

	void *p;
	if (et->ptrdata == 0) {
		p = rt_mallocgc((int64_t)capmem, 0, 0);
		// append writes [oldlen, newlen); clear only what lies beyond.
		memset((uint8_t *)p + newlenmem, 0, capmem - newlenmem);
	} else {
		p = rt_mallocgc((int64_t)capmem, elemtype, 1);
		// The new array may be black already: shade what moves into it.
		if (UNLIKELY(__atomic_load_n(&rt_writeBarrier, __ATOMIC_RELAXED)))
			rt_wbshaderange(et, oldptr, lenmem);
	}
	memmove(p, oldptr, lenmem);
	*res = (GoSlice){p, newlen, newcap};
}

int64_t rt_slicecopy(void *to, int64_t tolen, void *from, int64_t fromlen, int64_t width)
{
	if (fromlen == 0 || tolen == 0)
		return 0;
	int64_t n = fromlen < tolen ? fromlen : tolen;
	if (width == 0)
		return n;
	uintptr_t size = (uintptr_t)n * (uintptr_t)width;
	if (size == 1)
		*(uint8_t *)to = *(uint8_t *)from;  // common case worth the branch
	else
		memmove(to, from, size);
	return n;
}
