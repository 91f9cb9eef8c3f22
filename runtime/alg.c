/* runtime/alg.c — equality of values (gc: alg.go, internal/bytealg).
 *
 * Invariants:
 *   - rt_memequal compares raw bytes; the compiler uses it only for types
 *     whose equality is their memory (no floats, strings, interfaces or padding).
 *   - efaceeq panics, as gc does, when the dynamic type has no equal function.
 * TEMPORARY: hashing for maps (memhash, strhash, typehash) comes with maps.
 */
#include "rt.h"

uint8_t rt_memequal(void *a, void *b, int64_t n)
{
	if (a == b || n == 0)
		return 1;
	return memcmp(a, b, (size_t)n) == 0;
}

/* Equality for a type whose descriptor has no equal function but whose
 * equality needs none: plain memory, strings, floats.  Reports false in *ok
 * when the type is not one of those. */
static uint8_t equal_by_kind(const GoType *t, const void *x, const void *y, bool *ok)
{
	*ok = true;
	switch (t->kind & KIND_MASK) {
	case KIND_STRING: {
		const GoString *a = x, *b = y;
		return a->len == b->len && (a->ptr == b->ptr || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0);
	}
	case KIND_FLOAT32: return *(const float *)x == *(const float *)y;
	case KIND_FLOAT64: return *(const double *)x == *(const double *)y;
	case KIND_COMPLEX64:
		return ((const float *)x)[0] == ((const float *)y)[0] && ((const float *)x)[1] == ((const float *)y)[1];
	case KIND_COMPLEX128:
		return ((const double *)x)[0] == ((const double *)y)[0] && ((const double *)x)[1] == ((const double *)y)[1];
	case KIND_SLICE:
	case KIND_MAP:
	case KIND_FUNC:
		break;
	default:
		if (t->tflag & TFLAG_REGULAR_MEMORY)
			return t->size == 0 || memcmp(x, y, t->size) == 0;
		break;
	}
	*ok = false;
	return 0;
}

NORETURN static void panic_uncomparable(const GoType *t)
{
	// gc: panic(errorString("comparing uncomparable type " + t.string()))
	GoString prefix = GOSTR("comparing uncomparable type ");
	GoString ts = rt_typestring(t);
	uint8_t *b;
	GoString *msg = rt_mallocgc(sizeof(GoString), 0, 1);
	*msg = rt_rawstring(prefix.len + ts.len, &b);
	memmove(b, prefix.ptr, (size_t)prefix.len);
	memmove(b + prefix.len, ts.ptr, (size_t)ts.len);
	rt_panic_errorString(msg);
}

/* gc: efaceeq.  x and y are the data words of two interface{} values whose
 * dynamic type t is the same.  A NULL t->equal means "not comparable", except
 * that strings, floats and plain-memory types (TFLAG_REGULAR_MEMORY) are
 * compared by kind, so the compiler need not emit equal functions for them. */
uint8_t rt_efaceeq(void *type, void *x, void *y)
{
	const GoType *t = type;
	if (t == 0)
		return 1;
	if (t->equal == 0) {
		uint8_t k = t->kind & KIND_MASK;
		if (k == KIND_SLICE || k == KIND_MAP || k == KIND_FUNC)
			panic_uncomparable(t);
		if (t->kind & KIND_DIRECT_IFACE)
			return x == y;
		bool ok;
		uint8_t eq = equal_by_kind(t, x, y, &ok);
		if (!ok)
			panic_uncomparable(t);
		return eq;
	}
	if (t->kind & KIND_DIRECT_IFACE)
		return x == y;
	return t->equal(x, y);
}
