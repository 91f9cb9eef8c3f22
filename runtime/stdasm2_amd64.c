/* runtime/stdasm2_amd64.c — bodyless functions of hash/crc32, crypto/cipher
 * and hash/maphash that C can express (gc: crc32_amd64.s, xor_amd64.s and
 * the runtime's memhash/fastrand64, which hash/maphash pulls with
 * //go:linkname; goc does not read linkname, so the functions are defined
 * here under the package's own names).  The tail jumps to portable Go
 * versions and the three-result castagnoliSSE42Triple are in
 * stdasm2_amd64.S.
 *
 * Slices arrive as three words (ptr, len, cap); uint32 arguments are taken
 * as such (only 8- and 16-bit ones need widening, HACKING.md).
 *
 * Invariants: leaves (or calls into the package's own leaf Go code); they
 * do not allocate, block or touch the runtime's state.
 */
#include "rt.h"

uint32_t rt_crc32_castagnoliSSE42(uint32_t crc, const uint8_t *p, intptr_t n, intptr_t cap)
	__asm__("\"hash/crc32.castagnoliSSE42\"");
uint32_t rt_crc32_ieeeCLMUL(uint32_t crc, const uint8_t *p, intptr_t n, intptr_t cap)
	__asm__("\"hash/crc32.ieeeCLMUL\"");
void rt_cipher_xorBytesSSE2(uint8_t *dst, const uint8_t *a, const uint8_t *b, intptr_t n)
	__asm__("\"crypto/cipher.xorBytesSSE2\"");
uintptr_t rt_maphash_memhash(const void *p, uintptr_t seed, uintptr_t n) __asm__("\"hash/maphash.runtime_memhash\"");
uint64_t rt_maphash_fastrand64(void) __asm__("\"hash/maphash.runtime_fastrand64\"");

/* The package's slicing-by-8 code and the table archInitIEEE made for it
 * (crc32_generic.go, crc32_amd64.go): slicingUpdate(crc, tab *slicing8Table, p []byte) uint32. */
/* Weak: this object is linked for hash/maphash or crypto/cipher alone too. */
uint32_t go_crc32_slicingUpdate(uint32_t crc, void *tab, const uint8_t *p, intptr_t n, intptr_t cap)
	__asm__("\"hash/crc32.slicingUpdate\"") __attribute__((weak));
extern void *go_crc32_archIeeeTable8 __asm__("\"hash/crc32.archIeeeTable8\"") __attribute__((weak));

/* func castagnoliSSE42(crc uint32, p []byte) uint32: the un-inverted
 * CRC-32C of p with SSE4.2's CRC32 instruction, 8 bytes at a time (the
 * package calls it only when cpu.X86.HasSSE42). */
uint32_t rt_crc32_castagnoliSSE42(uint32_t crc, const uint8_t *p, intptr_t n, intptr_t cap)
{
	(void)cap;
	uint64_t c = crc;
	for (; n >= 8; p += 8, n -= 8) {
		uint64_t w;
		__builtin_memcpy(&w, p, 8);
		__asm__("crc32q %1, %0" : "+r"(c) : "r"(w));
	}
	uint32_t c32 = (uint32_t)c;
	for (; n > 0; p++, n--) {
		uint8_t b = *p;
		__asm__("crc32b %1, %0" : "+r"(c32) : "q"(b));
	}
	return c32;
}

/* func ieeeCLMUL(crc uint32, p []byte) uint32: gc folds with PCLMULQDQ; the
 * result is the un-inverted IEEE CRC of p, which the package's own
 * slicing-by-8 code computes on the inverted value. */
uint32_t rt_crc32_ieeeCLMUL(uint32_t crc, const uint8_t *p, intptr_t n, intptr_t cap)
{
	return ~go_crc32_slicingUpdate(~crc, go_crc32_archIeeeTable8, p, n, cap);
}

/* func xorBytesSSE2(dst, a, b *byte, n int): dst[i] = a[i] ^ b[i], n > 0;
 * dst may be a or b. */
void rt_cipher_xorBytesSSE2(uint8_t *dst, const uint8_t *a, const uint8_t *b, intptr_t n)
{
	intptr_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x, y;
		__builtin_memcpy(&x, a + i, 8);
		__builtin_memcpy(&y, b + i, 8);
		x ^= y;
		__builtin_memcpy(dst + i, &x, 8);
	}
	for (; i < n; i++)
		dst[i] = a[i] ^ b[i];
}

/* hash/maphash: runtime.memhash and runtime.fastrand64 (alg.c). */
uintptr_t rt_maphash_memhash(const void *p, uintptr_t seed, uintptr_t n) { return rt_memhash(p, seed, n); }
uint64_t rt_maphash_fastrand64(void) { return rt_fastrand64(); }
