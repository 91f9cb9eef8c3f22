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
#include <math.h>

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

/* the smallest and largest signed integers of w bits */
static inline int64_t minInt(int w) { return w == 64 ? INT64_MIN : -((int64_t)1 << (w - 1)); }
static inline int64_t maxInt(int w) { return w == 64 ? INT64_MAX : ((int64_t)1 << (w - 1)) - 1; }
/* c has its low w bits set */
static inline bool lowBitsSet(int64_t c, int w) { return w == 64 ? c == -1 : ((uint64_t)c & ((1ull << w) - 1)) == (1ull << w) - 1; }
/* trailing and leading zeros of the low w bits of c (w when they are all zero) */
static inline int64_t ntz64(int64_t c) { return c == 0 ? 64 : __builtin_ctzll((uint64_t)c); }
static inline int64_t ntz32(int64_t c) { return (c & 0xFFFFFFFF) == 0 ? 32 : ntz64(c); }
static inline int64_t ntz16(int64_t c) { return (c & 0xFFFF) == 0 ? 16 : ntz64(c); }
static inline int64_t ntz8(int64_t c) { return (c & 0xFF) == 0 ? 8 : ntz64(c); }
static inline int64_t nlz64(int64_t c) { return c == 0 ? 64 : __builtin_clzll((uint64_t)c); }
static inline int64_t nlz32(int64_t c) { return nlz64((uint32_t)c) - 32; }
static inline int64_t nlz16(int64_t c) { return nlz64((uint16_t)c) - 48; }
static inline int64_t nlz8(int64_t c) { return nlz64((uint8_t)c) - 56; }
/* uint64(a) + uint64(b) overflows */
static inline bool uaddOvf(int64_t a, int64_t b) { return (uint64_t)a + (uint64_t)b < (uint64_t)a; }

/* ---------------- floating-point constants ----------------
 * A Const64F's auxint holds its float64's bits, a Const32F's the bits of
 * the float64 equal to its float32 value. auxTo32F/auxTo64F read them;
 * auxFrom32F/auxFrom64F take a value of any C arithmetic type, round it to
 * float32/float64 (C converts the argument, rounding to nearest even as Go
 * does) and return the auxint. C's float and double arithmetic is IEEE
 * single and double (SSE), as Go's. */

static inline double auxTo64F(int64_t c) {
	double d;
	memcpy(&d, &c, sizeof d);
	return d;
}
static inline float auxTo32F(int64_t c) { return (float)auxTo64F(c); }
static inline int64_t auxFrom64F(double d) {
	int64_t c;
	memcpy(&c, &d, sizeof c);
	return c;
}
static inline int64_t auxFrom32F(float f) { return auxFrom64F((double)f); }
/* float32 bits <-> value, for the bits passed through memory */
static inline int64_t f32bits(float f) {
	int32_t b;
	memcpy(&b, &f, sizeof b);
	return b;
}
static inline float f32frombits(int64_t c) {
	int32_t b = (int32_t)c;
	float f;
	memcpy(&f, &b, sizeof f);
	return f;
}
/* x truncated toward zero fits the integer type (NaN does not) */
static inline bool fitsInt32(double x) { return x > -2147483649.0 && x < 2147483648.0; }
static inline bool fitsInt64(double x) { return x >= -0x1p63 && x < 0x1p63; }
static inline bool fitsUint64(double x) { return x > -1.0 && x < 0x1p64; }
/* 1/c is exact: c is a power of two whose reciprocal is a normal number of c's width (gc's reciprocalExact64/32) */
static inline bool reciprocalExact64(int64_t c) {
	uint64_t man = (uint64_t)c & ((1ull << 52) - 1), exp = (uint64_t)c >> 52 & 0x7FF;
	return man == 0 && exp != 0 && exp != 0x7FF && exp != 0x7FE;
}
static inline bool reciprocalExact32(int64_t c) {
	uint32_t b = (uint32_t)f32bits(auxTo32F(c));
	uint32_t man = b & ((1u << 23) - 1), exp = b >> 23 & 0xFF;
	return man == 0 && exp != 0 && exp != 0xFF && exp != 0xFE;
}

/* ---------------- predicates ---------------- */

static inline bool isPowerOfTwo(int64_t c) { return c > 0 && (c & (c - 1)) == 0; }
static inline bool isUPowerOfTwo(uint64_t c) { return c != 0 && (c & (c - 1)) == 0; }
static inline int64_t log2u(uint64_t c) { return 63 - __builtin_clzll(c); } /* c != 0 */
static inline bool is32Bit(int64_t c) { return c == (int32_t)c; }
/* the type of an integer constant of w bytes: Const8 <int8> and Const8 <uint8> alike */
static inline bool isIntSize(Type *t, int64_t w) { return type_is_integer(t) && types_size(t) == w; }

/* p1 and p2 are the same address (gc's isSamePtr, for goc's address ops) */
bool isSamePtr(Value *p1, Value *p2);
/* x and y are different package variables, with different symbols */
bool isDistinctVar(Obj *x, Obj *y);
/* the n1 bytes at p1 and the n2 bytes at p2 cannot overlap (gc's disjoint) */
bool disjoint(Value *p1, int64_t n1, Value *p2, int64_t n2);
/* the n bytes at p lie within the zbytes at zp */
bool isZeroedBy(Value *p, int64_t n, Value *zp, int64_t zbytes);
/* v is a constant whose memory image is all zero bytes */
bool isConstZero(Value *v);
/* v's sign bit is known to be clear (gc's isNonNegative) */
bool isNonNegative(Value *v);

/* ---------------- types ---------------- */

static inline Type *ptrTo(Type *t) { return type_ptr(t); }
static inline Type *elemType(Type *t) { return t->elem; }
static inline Type *fieldType(Type *t, int i) { return ((Field *)VEC_AT(t->fields, i))->type; }
static inline int64_t fieldOff(Type *t, int i) {
	types_size(t); /* sets the offsets */
	return ((Field *)VEC_AT(t->fields, i))->offset;
}
/* the zero value of t is a constant op (the Load of Zero rules) */
static inline bool hasZeroConst(Type *t) {
	return type_is_integer(t) || type_is_float(t) || t->kind == TY_BOOL || t->kind == TY_POINTER || t->kind == TY_UNSAFEPTR;
}
/* t is a struct of n fields that lives in SSA values */
static inline bool isSSAStruct(Type *t, int n) { return t->kind == TY_STRUCT && t->fields.len == n && ssa_can_ssa(t); }

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
