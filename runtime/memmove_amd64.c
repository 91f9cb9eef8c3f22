/* runtime/memmove_amd64.c — memmove, memcpy, memset, memcmp and bcmp, which
 * LLVM and the C compiler emit calls to, and the Go-facing rt_memmove family
 * (gc: memmove_amd64.s, memclr_amd64.s, mbarrier.go's typedmemmove).
 *
 * Invariants:
 *   - Nothing here may be compiled into a call to itself: the compiler turns
 *     byte loops into memcpy/memset calls even under -ffreestanding, so bulk
 *     work is `rep movs`/`rep stos` in inline assembly and the small cases use
 *     straight-line overlapping loads and stores, with no loops.
 *   - memmove and memcpy are the same function: both allow overlap.
 *   - The direction flag is clear on entry and on exit (SysV; the kernel
 *     clears it for signal handlers).
 *   - No allocation; all of it is safe in signal handlers.
 * typedmemmove shades the pointers it copies while the collector marks (mgc.c).
 */
#include "rt.h"

typedef uint64_t U64u __attribute__((may_alias, aligned(1)));
typedef uint32_t U32u __attribute__((may_alias, aligned(1)));

/* The five are leaves without a frame, called everywhere: no stack check
 * (rt.h: NO_SPLIT_STACK). */
NO_SPLIT_STACK void *memmove(void *dst, const void *src, size_t n)
{
	uint8_t *d = dst;
	const uint8_t *s = src;
	if (n <= 16) {
		// Load everything before storing anything, so overlap is harmless.
		if (n >= 8) {
			uint64_t a = *(const U64u *)s, b = *(const U64u *)(s + n - 8);
			*(U64u *)d = a;
			*(U64u *)(d + n - 8) = b;
		} else if (n >= 4) {
			uint32_t a = *(const U32u *)s, b = *(const U32u *)(s + n - 4);
			*(U32u *)d = a;
			*(U32u *)(d + n - 4) = b;
		} else if (n > 0) {
			uint8_t a = s[0], b = s[n / 2], c = s[n - 1];
			d[0] = a;
			d[n / 2] = b;
			d[n - 1] = c;
		}
		return dst;
	}
	if (n <= 32) {
		uint64_t a = *(const U64u *)s, b = *(const U64u *)(s + 8);
		uint64_t c = *(const U64u *)(s + n - 16), e = *(const U64u *)(s + n - 8);
		*(U64u *)d = a;
		*(U64u *)(d + 8) = b;
		*(U64u *)(d + n - 16) = c;
		*(U64u *)(d + n - 8) = e;
		return dst;
	}
	if ((uintptr_t)d - (uintptr_t)s >= n) {
		// d below s, or no overlap: copy forward.
		size_t cnt = n;
		__asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(cnt) : : "memory");
		return dst;
	}
	// d overlaps above s: copy whole words backward from the end, then the
	// head.  The backward pass only writes d[r:], which lies above s[:r].
	size_t r = n & 7, words = n >> 3;
	uint8_t *dw = d + n - 8;
	const uint8_t *sw = s + n - 8;
	uint64_t head = r ? *(const U64u *)s : 0;
	__asm__ volatile("std\n\trep movsq\n\tcld" : "+D"(dw), "+S"(sw), "+c"(words) : : "memory", "cc");
	if (r) {
		// s[0:8) was read before the backward pass could overwrite s[r:8).
		// Store only its first r bytes.
		uint64_t keep = *(U64u *)d;
		uint64_t mask = ((uint64_t)1 << (r * 8)) - 1;
		*(U64u *)d = (head & mask) | (keep & ~mask);
	}
	return dst;
}

NO_SPLIT_STACK void *memcpy(void *dst, const void *src, size_t n) { return memmove(dst, src, n); }

NO_SPLIT_STACK void *memset(void *dst, int c, size_t n)
{
	uint8_t *d = dst;
	uint64_t v = (uint8_t)c * 0x0101010101010101ull;
	if (n <= 16) {
		if (n >= 8) {
			*(U64u *)d = v;
			*(U64u *)(d + n - 8) = v;
		} else if (n >= 4) {
			*(U32u *)d = (uint32_t)v;
			*(U32u *)(d + n - 4) = (uint32_t)v;
		} else if (n > 0) {
			d[0] = (uint8_t)c;
			d[n / 2] = (uint8_t)c;
			d[n - 1] = (uint8_t)c;
		}
		return dst;
	}
	if (n <= 32) {
		*(U64u *)d = v;
		*(U64u *)(d + 8) = v;
		*(U64u *)(d + n - 16) = v;
		*(U64u *)(d + n - 8) = v;
		return dst;
	}
	size_t cnt = n;
	__asm__ volatile("rep stosb" : "+D"(d), "+c"(cnt) : "a"(c) : "memory");
	return dst;
}

NO_SPLIT_STACK int memcmp(const void *a, const void *b, size_t n)
{
	const uint8_t *p = a, *q = b;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x = *(const U64u *)(p + i), y = *(const U64u *)(q + i);
		if (x != y) {
			// The first differing byte decides; big-endian order makes it the most significant.
			x = __builtin_bswap64(x);
			y = __builtin_bswap64(y);
			return x < y ? -1 : 1;
		}
	}
	for (; i < n; i++) {
		if (p[i] != q[i])
			return p[i] < q[i] ? -1 : 1;
	}
	return 0;
}

NO_SPLIT_STACK int bcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n); }

void rt_memmove(void *dst, void *src, int64_t n) { memmove(dst, src, (size_t)n); }

void rt_memclrNoHeapPointers(void *p, int64_t n) { memset(p, 0, (size_t)n); }

void rt_typedmemmove(void *type, void *dst, void *src)
{
	const GoType *t = type;
	if (dst == src || t->size == 0)
		return;
	rt_wbvalue(t, src);
	memmove(dst, src, t->size);
}
