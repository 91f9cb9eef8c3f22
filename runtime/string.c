/* runtime/string.c — string concatenation, comparison and conversions
 * (gc: string.go).
 *
 * Invariants:
 *   - Strings are immutable: a result may share bytes with an operand (a
 *     concatenation with one non-empty operand returns that operand) but
 *     never with a []byte or []rune the program can still modify.
 *   - The empty string is {NULL, 0}.
 *   - []byte(s) and []rune(s) get their capacity rounded up to the
 *     allocator's size class, as in gc (cap() is observable).
 * gc's variants take an optional stack buffer (tmpBuf) for results that do
 * not escape; goc's entry points do not yet, so such results are always
 * heap-allocated and their cap() can differ from gc's for non-escaping
 * []byte(s) (gc: 32).
 */
#include "rt.h"

/* Byte i of this table is i (little-endian low byte of each word): one-byte
 * strings point into it instead of allocating (gc: staticuint64s, which
 * iface.c will share for small-integer interface conversions). */
#define X4(i) (i), (i) + 1, (i) + 2, (i) + 3
#define X16(i) X4(i), X4((i) + 4), X4((i) + 8), X4((i) + 12)
#define X64(i) X16(i), X16((i) + 16), X16((i) + 32), X16((i) + 48)
const uint64_t rt_staticuint64s[256] = {X64(0), X64(64), X64(128), X64(192)};

/* A new string of size bytes and a pointer for filling it in (gc: rawstring).
 * The bytes are not zeroed. */
GoString rt_rawstring(int64_t size, uint8_t **b)
{
	uint8_t *p = rt_mallocgc(size, 0, 0);
	*b = p;
	return (GoString){p, size};
}

static bool stringDataOnStack(GoString s)
{
	G *gp = rt_getg();
	uintptr_t p = (uintptr_t)s.ptr;
	return (gp->stack.lo <= p && p < gp->stack.hi) || p - gp->bigstack.lo < gp->bigstack.hi - gp->bigstack.lo;
}

enum { TMP_BUF = 32 };  // gc: tmpStringBufSize, the frame buffer of a result that does not escape

/* gc: concatstrings.  buf: a TMP_BUF-byte buffer in the caller's frame
 * (the result does not escape), or NULL. */
static GoString concatbuf(uint8_t *buf, const GoString *a, int64_t n)
{
	int64_t l = 0, count = 0, idx = 0;
	for (int64_t i = 0; i < n; i++) {
		int64_t m = a[i].len;
		if (m == 0)
			continue;
		if (l + m < l)
			THROW("string concatenation too long");
		l += m;
		count++;
		idx = i;
	}
	if (count == 0)
		return (GoString){0, 0};
	// One non-empty operand: no copy needed unless its bytes are on the stack.
	if (count == 1 && !stringDataOnStack(a[idx]))
		return a[idx];
	uint8_t *b;
	GoString s;
	if (buf && l <= TMP_BUF) {
		b = buf;
		s = (GoString){buf, l};
	} else {
		s = rt_rawstring(l, &b);
	}
	for (int64_t i = 0; i < n; i++) {
		memmove(b, a[i].ptr, (size_t)a[i].len);
		b += a[i].len;
	}
	return s;
}

static GoString concat(const GoString *a, int64_t n) { return concatbuf(0, a, n); }

#define S(p, n) ((GoString){(const uint8_t *)(p), (n)})

GoString rt_concatstring2(void *buf, void *p0, int64_t n0, void *p1, int64_t n1)
{
	GoString a[] = {S(p0, n0), S(p1, n1)};
	return concatbuf(buf, a, 2);
}

GoString rt_concatstring3(void *p0, int64_t n0, void *p1, int64_t n1, void *p2, int64_t n2)
{
	GoString a[] = {S(p0, n0), S(p1, n1), S(p2, n2)};
	return concat(a, 3);
}

GoString rt_concatstring4(void *p0, int64_t n0, void *p1, int64_t n1, void *p2, int64_t n2, void *p3, int64_t n3)
{
	GoString a[] = {S(p0, n0), S(p1, n1), S(p2, n2), S(p3, n3)};
	return concat(a, 4);
}

GoString rt_concatstring5(void *p0, int64_t n0, void *p1, int64_t n1, void *p2, int64_t n2, void *p3, int64_t n3,
                          void *p4, int64_t n4)
{
	GoString a[] = {S(p0, n0), S(p1, n1), S(p2, n2), S(p3, n3), S(p4, n4)};
	return concat(a, 5);
}

GoString rt_concatstrings(void *arr, int64_t n) { return concat(arr, n); }

/* gc: cmpstring (internal/bytealg). */
int64_t rt_cmpstring(void *p0, int64_t n0, void *p1, int64_t n1)
{
	int64_t l = n0 < n1 ? n0 : n1;
	if (p0 != p1 && l > 0) {
		int c = memcmp(p0, p1, (size_t)l);
		if (c != 0)
			return c < 0 ? -1 : 1;
	}
	if (n0 < n1)
		return -1;
	return n0 > n1 ? 1 : 0;
}

GoString rt_intstring(void *buf, int64_t v)
{
	uint8_t *b = buf;
	GoString s = {buf, UTF_MAX};
	if (!buf)
		s = rt_rawstring(UTF_MAX, &b);
	if ((int64_t)(int32_t)v != v)
		v = RUNE_ERROR;
	s.len = rt_encoderune(b, (int32_t)v);
	return s;
}

GoString rt_slicebytetostring(void *buf, void *ptr, int64_t n)
{
	if (n == 0)
		return (GoString){0, 0};
	if (n == 1)
		return (GoString){(const uint8_t *)&rt_staticuint64s[*(const uint8_t *)ptr], 1};
	uint8_t *b = buf;
	GoString s = {buf, n};
	if (!buf || n > TMP_BUF)
		s = rt_rawstring(n, &b);
	memmove(b, ptr, (size_t)n);
	return s;
}

/* gc: rawbyteslice.  len size, cap rounded up to the size class; the part
 * past len is zeroed. */
static GoSlice rawbyteslice(int64_t size)
{
	uintptr_t cap = rt_roundupsize((uintptr_t)size);
	uint8_t *p = rt_mallocgc((int64_t)cap, 0, 0);
	if (cap != (uintptr_t)size)
		memset(p + size, 0, cap - (uintptr_t)size);
	return (GoSlice){p, size, (int64_t)cap};
}

void rt_stringtoslicebyte(void *out, void *buf, void *ptr, int64_t n)
{
	GoSlice b;
	if (buf && n <= TMP_BUF) {  // gc: b = buf[:len(s)], capacity 32
		memset(buf, 0, TMP_BUF);
		b = (GoSlice){buf, n, TMP_BUF};
	} else {
		b = rawbyteslice(n);
	}
	memmove(b.ptr, ptr, (size_t)n);
	*(GoSlice *)out = b;
}

/* gc: rawruneslice. */
static GoSlice rawruneslice(int64_t size)
{
	if ((uintptr_t)size > MAX_ALLOC / 4)
		THROW("out of memory");
	uintptr_t mem = rt_roundupsize((uintptr_t)size * 4);
	uint8_t *p = rt_mallocgc((int64_t)mem, 0, 0);
	if (mem != (uintptr_t)size * 4)
		memset(p + size * 4, 0, mem - (uintptr_t)size * 4);
	return (GoSlice){p, size, (int64_t)(mem / 4)};
}

void rt_stringtoslicerune(void *out, void *ptr, int64_t n)
{
	GoSlice a = rawruneslice(rt_countrunes(ptr, n));
	int32_t *r = a.ptr;
	for (int64_t k = 0, i = 0; k < n; i++) {
		GoPair d = rt_decoderune(ptr, n, k);
		r[i] = (int32_t)d.r0;
		k = d.r1;
	}
	*(GoSlice *)out = a;
}

GoString rt_slicerunetostring(void *ptr, int64_t n)
{
	const int32_t *a = ptr;
	uint8_t dum[UTF_MAX];
	int64_t size1 = 0;
	for (int64_t i = 0; i < n; i++)
		size1 += rt_encoderune(dum, a[i]);
	uint8_t *b;
	GoString s = rt_rawstring(size1 + 3, &b);  // gc's slack for a racing writer
	int64_t size2 = 0;
	for (int64_t i = 0; i < n && size2 < size1; i++)
		size2 += rt_encoderune(b + size2, a[i]);
	s.len = size2;
	if (size2 == 0)
		s.ptr = 0;
	return s;
}
