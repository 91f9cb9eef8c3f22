/* runtime/utf8.c — UTF-8 decoding and encoding for range loops and string
 * conversions (gc: utf8.go).
 *
 * Invariants:
 *   - A byte sequence that is not valid UTF-8 (bad lead byte, bad or missing
 *     continuation byte, overlong form, surrogate half, beyond U+10FFFF)
 *     decodes as RUNE_ERROR (U+FFFD) of width 1, exactly as `for range` in gc.
 *   - Encoding a rune that is negative, a surrogate half or beyond U+10FFFF
 *     writes RUNE_ERROR (3 bytes).
 *   - Nothing here allocates.
 */
#include "rt.h"

enum {
	T2 = 0xC0, T3 = 0xE0, T4 = 0xF0, T5 = 0xF8,  // lead bytes of 2-, 3-, 4-byte forms
	TX = 0x80,                                  // continuation byte tag
	MASKX = 0x3F, MASK2 = 0x1F, MASK3 = 0x0F, MASK4 = 0x07,
	RUNE1_MAX = (1 << 7) - 1, RUNE2_MAX = (1 << 11) - 1, RUNE3_MAX = (1 << 16) - 1,
	LOCB = 0x80, HICB = 0xBF,                   // range of continuation bytes
	SURROGATE_MIN = 0xD800, SURROGATE_MAX = 0xDFFF,
};

static bool iscont(uint8_t b) { return LOCB <= b && b <= HICB; }

/* gc: decoderune, plus the ASCII case that gc's compiler inlines at the
 * range loop.  Returns (rune at s[k], index after it); k >= len gives
 * (RUNE_ERROR, k+1). */
GoPair rt_decoderune(void *sp, int64_t len, int64_t k)
{
	const uint8_t *s = sp;
	if (k >= len)
		return (GoPair){RUNE_ERROR, k + 1};
	const uint8_t *p = s + k;
	int64_t n = len - k;
	uint8_t c = p[0];
	if (c < RUNE_SELF)
		return (GoPair){c, k + 1};
	if (T2 <= c && c < T3) {
		if (n > 1 && iscont(p[1])) {
			int32_t r = (int32_t)(c & MASK2) << 6 | (p[1] & MASKX);
			if (RUNE1_MAX < r)
				return (GoPair){r, k + 2};
		}
	} else if (T3 <= c && c < T4) {
		if (n > 2 && iscont(p[1]) && iscont(p[2])) {
			int32_t r = (int32_t)(c & MASK3) << 12 | (int32_t)(p[1] & MASKX) << 6 | (p[2] & MASKX);
			if (RUNE2_MAX < r && !(SURROGATE_MIN <= r && r <= SURROGATE_MAX))
				return (GoPair){r, k + 3};
		}
	} else if (T4 <= c && c < T5) {
		if (n > 3 && iscont(p[1]) && iscont(p[2]) && iscont(p[3])) {
			int32_t r = (int32_t)(c & MASK4) << 18 | (int32_t)(p[1] & MASKX) << 12 |
			            (int32_t)(p[2] & MASKX) << 6 | (p[3] & MASKX);
			if (RUNE3_MAX < r && r <= MAX_RUNE)
				return (GoPair){r, k + 4};
		}
	}
	return (GoPair){RUNE_ERROR, k + 1};
}

/* gc: encoderune.  Writes r's UTF-8 form to p (room for UTF_MAX bytes) and
 * returns its length. */
int64_t rt_encoderune(uint8_t *p, int32_t r)
{
	uint32_t i = (uint32_t)r;
	if (i <= RUNE1_MAX) {
		p[0] = (uint8_t)r;
		return 1;
	}
	if (i <= RUNE2_MAX) {
		p[0] = (uint8_t)(T2 | (r >> 6));
		p[1] = (uint8_t)(TX | (r & MASKX));
		return 2;
	}
	if (i > MAX_RUNE || (SURROGATE_MIN <= i && i <= SURROGATE_MAX)) {
		r = RUNE_ERROR;
		i = RUNE_ERROR;
	}
	if (i <= RUNE3_MAX) {
		p[0] = (uint8_t)(T3 | (r >> 12));
		p[1] = (uint8_t)(TX | ((r >> 6) & MASKX));
		p[2] = (uint8_t)(TX | (r & MASKX));
		return 3;
	}
	p[0] = (uint8_t)(T4 | (r >> 18));
	p[1] = (uint8_t)(TX | ((r >> 12) & MASKX));
	p[2] = (uint8_t)(TX | ((r >> 6) & MASKX));
	p[3] = (uint8_t)(TX | (r & MASKX));
	return 4;
}

/* len([]rune(s)) (gc: countrunes). */
int64_t rt_countrunes(void *s, int64_t len)
{
	int64_t n = 0;
	for (int64_t k = 0; k < len; n++) {
		const uint8_t c = ((const uint8_t *)s)[k];
		k = c < RUNE_SELF ? k + 1 : rt_decoderune(s, len, k).r1;
	}
	return n;
}
