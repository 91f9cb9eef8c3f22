/* runtime/bytealg_amd64.c — internal/bytealg's functions that gc writes in
 * assembly for amd64 (gc: indexbyte_amd64.s, count_amd64.s, compare_amd64.s,
 * index_amd64.s; the Go declarations are in indexbyte_native.go,
 * count_native.go, compare_native.go and index_native.go).
 *
 * goc's calling convention is LLVM's C one: a []byte argument arrives as
 * three words (ptr, len, cap) and a string as two (ptr, len), each in its
 * own register; a byte argument is taken as a full word and truncated here,
 * since LLVM does not extend an i8 argument the caller passes.
 *
 * The searches go eight bytes at a time (the "has a zero byte" trick on
 * the bytes XORed with the one searched for); the rest byte by byte.
 * Index/IndexString need 2 <= len(sep) <= MaxLen (bytealg.init sets MaxLen
 * from internal/cpu, as gc's index_amd64.go does), but work for any length.
 *
 * Leaf functions: they do not allocate, block or touch the runtime.
 */
#include "rt.h"

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

static inline uint64_t load64(const uint8_t *p)
{
	uint64_t v;
	__builtin_memcpy(&v, p, 8);
	return v;
}

/* index of the first byte equal to c in p[0:n], or -1 */
static int64_t indexbyte(const uint8_t *p, int64_t n, uint8_t c)
{
	int64_t i = 0;
	uint64_t pat = ONES * c;
	for (; i + 8 <= n; i += 8) {
		uint64_t x = load64(p + i) ^ pat;
		uint64_t z = (x - ONES) & ~x & HIGHS; // the lowest set bit marks the first zero byte exactly
		if (z)
			return i + (__builtin_ctzll(z) >> 3);
	}
	for (; i < n; i++)
		if (p[i] == c)
			return i;
	return -1;
}

static int64_t countbyte(const uint8_t *p, int64_t n, uint8_t c)
{
	int64_t cnt = 0;
	for (int64_t i = 0; i < n; i++)
		cnt += p[i] == c;
	return cnt;
}

static int64_t compare(const uint8_t *a, int64_t na, const uint8_t *b, int64_t nb)
{
	int64_t n = na < nb ? na : nb;
	if (a != b) {
		int64_t i = 0;
		for (; i + 8 <= n; i += 8) {
			uint64_t x = load64(a + i), y = load64(b + i);
			if (x != y) {
				// the first differing byte decides: compare big-endian
				x = __builtin_bswap64(x);
				y = __builtin_bswap64(y);
				return x < y ? -1 : 1;
			}
		}
		for (; i < n; i++)
			if (a[i] != b[i])
				return a[i] < b[i] ? -1 : 1;
	}
	if (na < nb)
		return -1;
	if (na > nb)
		return 1;
	return 0;
}

/* index of the first sep[0:m] in s[0:n], or -1 */
static int64_t indexsep(const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m)
{
	if (m == 0)
		return 0;
	if (m > n)
		return -1;
	uint8_t c0 = sep[0];
	int64_t last = n - m;
	for (int64_t i = 0; i <= last;) {
		int64_t j = indexbyte(s + i, last - i + 1, c0);
		if (j < 0)
			return -1;
		i += j;
		if (memcmp(s + i + 1, sep + 1, (size_t)(m - 1)) == 0)
			return i;
		i++;
	}
	return -1;
}

int64_t bytealg_IndexByte(const uint8_t *p, int64_t n, int64_t cap, uint64_t c) __asm__("\"internal/bytealg.IndexByte\"");
int64_t bytealg_IndexByteString(const uint8_t *p, int64_t n, uint64_t c) __asm__("\"internal/bytealg.IndexByteString\"");
int64_t bytealg_Count(const uint8_t *p, int64_t n, int64_t cap, uint64_t c) __asm__("\"internal/bytealg.Count\"");
int64_t bytealg_CountString(const uint8_t *p, int64_t n, uint64_t c) __asm__("\"internal/bytealg.CountString\"");
int64_t bytealg_Compare(const uint8_t *a, int64_t na, int64_t ca, const uint8_t *b, int64_t nb, int64_t cb)
	__asm__("\"internal/bytealg.Compare\"");
int64_t bytealg_Index(const uint8_t *a, int64_t na, int64_t ca, const uint8_t *b, int64_t nb, int64_t cb)
	__asm__("\"internal/bytealg.Index\"");
int64_t bytealg_IndexString(const uint8_t *a, int64_t na, const uint8_t *b, int64_t nb)
	__asm__("\"internal/bytealg.IndexString\"");

int64_t bytealg_IndexByte(const uint8_t *p, int64_t n, int64_t cap, uint64_t c)
{
	(void)cap;
	return indexbyte(p, n, (uint8_t)c);
}

int64_t bytealg_IndexByteString(const uint8_t *p, int64_t n, uint64_t c) { return indexbyte(p, n, (uint8_t)c); }

int64_t bytealg_Count(const uint8_t *p, int64_t n, int64_t cap, uint64_t c)
{
	(void)cap;
	return countbyte(p, n, (uint8_t)c);
}

int64_t bytealg_CountString(const uint8_t *p, int64_t n, uint64_t c) { return countbyte(p, n, (uint8_t)c); }

int64_t bytealg_Compare(const uint8_t *a, int64_t na, int64_t ca, const uint8_t *b, int64_t nb, int64_t cb)
{
	(void)ca;
	(void)cb;
	return compare(a, na, b, nb);
}

int64_t bytealg_Index(const uint8_t *a, int64_t na, int64_t ca, const uint8_t *b, int64_t nb, int64_t cb)
{
	(void)ca;
	(void)cb;
	return indexsep(a, na, b, nb);
}

int64_t bytealg_IndexString(const uint8_t *a, int64_t na, const uint8_t *b, int64_t nb) { return indexsep(a, na, b, nb); }
