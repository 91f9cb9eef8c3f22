/* rewrite.h — what the generated rewrite_generic.c calls (gc's rewrite.go):
 * the C helpers that rules' conditions and auxint expressions use, and the
 * rule hit counter.
 *
 * Auxints are int64_t; a narrow constant's auxint is sign-extended from its
 * width. The conversions are named as Go's so rules read like gc's:
 * int8(c) is c sign-extended from 8 bits, uint8(c) zero-extended. The
 * generated file is compiled with -fwrapv, so + - * and unary - on auxints
 * wrap around as Go's do; shifts and 64-bit division need the helpers below
 * (C leaves shifts by >= 64 and MinInt64 / -1 undefined).
 */
#ifndef GOC_REWRITE_H
#define GOC_REWRITE_H

#include "ssa.h"

/* ---------------- Go's integer conversions ---------------- */

static inline int64_t int8(int64_t x) { return (int8_t)x; }
static inline int64_t int16(int64_t x) { return (int16_t)x; }
static inline int64_t int32(int64_t x) { return (int32_t)x; }
static inline int64_t int64(int64_t x) { return x; }
static inline uint64_t uint8(int64_t x) { return (uint8_t)x; }
static inline uint64_t uint16(int64_t x) { return (uint16_t)x; }
static inline uint64_t uint32(int64_t x) { return (uint32_t)x; }
static inline uint64_t uint64(int64_t x) { return (uint64_t)x; }

/* ---------------- Go's shifts and division on 64 bits ---------------- */

/* x << s, x >> s (arithmetic), x >> s (logical): 0 or the sign when s >= 64 */
static inline int64_t shl(int64_t x, uint64_t s) { return s >= 64 ? 0 : (int64_t)((uint64_t)x << s); }
static inline int64_t sar(int64_t x, uint64_t s) { return s >= 64 ? (x < 0 ? -1 : 0) : x >> s; }
static inline int64_t shr(uint64_t x, uint64_t s) { return s >= 64 ? 0 : (int64_t)(x >> s); }
/* c / d and c % d truncated, d != 0; MinInt64 / -1 wraps to MinInt64 */
static inline int64_t div64(int64_t c, int64_t d) { return d == -1 ? (int64_t)(0 - (uint64_t)c) : c / d; }
static inline int64_t mod64(int64_t c, int64_t d) { return d == -1 ? 0 : c % d; }

/* ---------------- predicates ---------------- */

static inline bool isPowerOfTwo(int64_t c) { return c > 0 && (c & (c - 1)) == 0; }
static inline bool isUPowerOfTwo(uint64_t c) { return c != 0 && (c & (c - 1)) == 0; }
static inline int64_t log2u(uint64_t c) { return 63 - __builtin_clzll(c); } /* c != 0 */
static inline bool is32Bit(int64_t c) { return c == (int32_t)c; }
/* the type of an integer constant of w bytes: Const8 <int8> and Const8 <uint8> alike */
static inline bool isIntSize(Type *t, int64_t w) { return type_is_integer(t) && types_size(t) == w; }

/* p1 and p2 are the same address (gc's isSamePtr, for goc's address ops) */
bool isSamePtr(Value *p1, Value *p2);

/* ---------------- editing ---------------- */

static inline void swap_values(Value **a, Value **b) {
	Value *t = *a;
	*a = *b;
	*b = t;
}

/* gc's b.swapSuccessors: If's branches exchanged, the likely flip */
static inline void swap_successors(Block *b) {
	void *t = VEC_AT(b->succs, 0);
	VEC_AT(b->succs, 0) = VEC_AT(b->succs, 1);
	VEC_AT(b->succs, 1) = t;
	b->likely = -b->likely;
}

/* ---------------- rule hit counts (GOC_RULESTATS) ---------------- */

extern bool ssa_rulestats_on;
void ssa_rulestats_hit(int line);
/* every rewrite calls this with its rule's line in generic.rules */
static inline void rewrite_hit(int line) {
	if (ssa_rulestats_on)
		ssa_rulestats_hit(line);
}

#endif
