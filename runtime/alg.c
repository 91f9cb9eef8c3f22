/* runtime/alg.c — hashing and equality of Go values, driven by type
 * descriptors (gc: alg.go, hash64.go, internal/bytealg), and the runtime's
 * random numbers (gc: fastrand).
 *
 * Maps hash keys with typehash(t, p, seed) or one of its specialisations
 * (memhash32/64 for 4- and 8-byte plain-memory keys, strhash for strings) and
 * compare them with typeequal(t, a, b), which walks the kind-specific
 * descriptors of abi.h.  The compiler emits no per-type equal functions:
 * every comparable type's GoType.equal is the func value {eqfunc, t}, whose
 * code calls typeequal (gc's memequal_varlen closures work the same way), so
 * reflect's t.equal != nil and its calls of t.equal work as in gc.
 *
 * The hash is wyhash-style: 64x64->128-bit multiplies folded with xor (mix),
 * with a per-process random key (hashkey, from the kernel's AT_RANDOM bytes
 * and the time-stamp counter) and the per-map seed.  memhash32/64 and mix
 * are inline functions in rt.h, because maps call them on every access;
 * they give the same results as memhash of 4 and 8 bytes.  gc prefers AES-NI when
 * present; any well-mixed seeded hash serves, and this one needs no CPU
 * feature checks.  Rejected: FNV-style byte loops (slow for long keys, weak
 * in the low bits that pick a bucket).
 *
 * Invariants:
 *   - typeequal(t, a, b) implies typehash(t, a, s) == typehash(t, b, s) for
 *     every seed s: +0 and -0 hash alike, blank struct fields (`_`) and
 *     padding take part in neither, and a type hashes the same way whether it
 *     is reached directly or through an array, struct or interface.
 *   - NaN != NaN, and NaN hashes to a fresh random value each time, so every
 *     NaN key inserted into a map is a new entry (as in gc).
 *   - Hashing a value whose dynamic type is not comparable panics "runtime
 *     error: hash of unhashable type T"; comparing one panics "runtime error:
 *     comparing uncomparable type T", where T is the outermost dynamic type
 *     (interface values check comparability before descending).
 *   - rt_alginit runs in schedinit, after mallocinit and before the first
 *     map, hash or fastrand.
 *   - Nothing here allocates except the text of the two panics above.
 *   - fastrand's state is per M (m->fastrand), seeded in mcommoninit.
 */
#include "rt.h"

uint64_t rt_hashkey[4];  // per-process random hash key; all odd (gc: hashkey)
#define hashkey rt_hashkey
#define P0 RT_HASH_P0
#define P1 RT_HASH_P1
#define P2 RT_HASH_P2
#define P3 RT_HASH_P3
#define P4 RT_HASH_P4
#define mix rt_hashmix

typedef uint64_t U64u __attribute__((may_alias, aligned(1)));
typedef uint32_t U32u __attribute__((may_alias, aligned(1)));

static inline uint64_t rd8(const uint8_t *p) { return *(const U64u *)p; }
static inline uint64_t rd4(const uint8_t *p) { return *(const U32u *)p; }

static inline uint64_t cputicks(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (uint64_t)hi << 32 | lo;
}

/* ---- random numbers (gc: fastrand, fastrandinit) ---- */

/* wyrand: a 64-bit counter stepped by P0, each output the mix of the counter. */
uint32_t rt_fastrand(void)
{
	M *mp = rt_getm();
	mp->fastrand += P0;
	return (uint32_t)mix(mp->fastrand, mp->fastrand ^ P1);
}

uint64_t rt_fastrand64(void)
{
	M *mp = rt_getm();
	mp->fastrand += P0;
	return mix(mp->fastrand, mp->fastrand ^ P1);
}

/* gc: mcommoninit's seeding.  Different for each M, unpredictable. */
void rt_fastrandinit(M *mp)
{
	mp->fastrand = mix(hashkey[2] ^ (uint64_t)mp->id, cputicks() ^ hashkey[3]) | 1;
}

/* gc: alginit.  The hash key is the kernel's 16 random bytes (AT_RANDOM)
 * stretched to four words, with the time-stamp counter mixed in so that a
 * missing AT_RANDOM still gives a per-process key. */
void rt_alginit(void)
{
	uint64_t a = cputicks(), b = (uint64_t)(uintptr_t)&a;
	if (rt_startupRandomData != 0) {
		a ^= rd8(rt_startupRandomData);
		b ^= rd8(rt_startupRandomData + 8);
	}
	for (int i = 0; i < 4; i++) {
		a += P0;
		hashkey[i] = mix(a ^ b, P1 ^ (uint64_t)i) | 1;
		b = mix(b ^ P2, hashkey[i] ^ P3);
	}
}

/* ---- hashes of memory, strings and numbers (gc: memhash and friends) ---- */

uintptr_t rt_memhash(const void *p, uintptr_t seed, uintptr_t n)
{
	const uint8_t *b = p;
	uint64_t s = seed ^ hashkey[0] ^ P0;
	uint64_t x, y;
	if (LIKELY(n <= 16)) {
		if (n >= 8) {
			x = rd8(b);
			y = rd8(b + n - 8);
		} else if (n >= 4) {
			x = rd4(b);
			y = rd4(b + n - 4);
		} else if (n > 0) {
			x = (uint64_t)b[0] | (uint64_t)b[n >> 1] << 8 | (uint64_t)b[n - 1] << 16;
			y = 0;
		} else {
			x = y = 0;
		}
	} else {
		uintptr_t l = n;
		if (l > 48) {
			// Three independent lanes keep the multiplier busy.
			uint64_t s1 = s ^ hashkey[1], s2 = s ^ hashkey[2];
			do {
				s = mix(rd8(b) ^ P1, rd8(b + 8) ^ s);
				s1 = mix(rd8(b + 16) ^ P2, rd8(b + 24) ^ s1);
				s2 = mix(rd8(b + 32) ^ P3, rd8(b + 40) ^ s2);
				b += 48;
				l -= 48;
			} while (l > 48);
			s ^= s1 ^ s2;
		}
		while (l > 16) {
			s = mix(rd8(b) ^ P1, rd8(b + 8) ^ s);
			b += 16;
			l -= 16;
		}
		// The last 16 bytes, overlapping what was already mixed.
		x = rd8(b + l - 16);
		y = rd8(b + l - 8);
	}
	return mix(P4 ^ n, mix(x ^ P1, y ^ s));
}

uintptr_t rt_strhash(const void *p, uintptr_t seed)
{
	const GoString *s = p;
	return rt_memhash(s->ptr, seed, (uintptr_t)s->len);
}

/* A hash no key can predict, for NaNs. */
static uintptr_t nanhash(uintptr_t seed) { return mix(seed ^ hashkey[3] ^ P2, rt_fastrand64() ^ P3); }

uintptr_t rt_f32hash(const void *p, uintptr_t seed)
{
	float f = *(const float *)p;
	if (f == 0) {
		uint32_t z = 0;  // +0 and -0
		return rt_memhash32(&z, seed);
	}
	if (f != f)
		return nanhash(seed);
	return rt_memhash32(p, seed);
}

uintptr_t rt_f64hash(const void *p, uintptr_t seed)
{
	double f = *(const double *)p;
	if (f == 0) {
		uint64_t z = 0;  // +0 and -0
		return rt_memhash64(&z, seed);
	}
	if (f != f)
		return nanhash(seed);
	return rt_memhash64(p, seed);
}

uintptr_t rt_c64hash(const void *p, uintptr_t seed)
{
	const float *x = p;
	return rt_f32hash(x + 1, rt_f32hash(x, seed));
}

uintptr_t rt_c128hash(const void *p, uintptr_t seed)
{
	const double *x = p;
	return rt_f64hash(x + 1, rt_f64hash(x, seed));
}

/* ---- comparability ---- */

static bool isblank(GoName name)
{
	GoString s = rt_name_name(name);
	return s.len == 1 && s.ptr[0] == '_';
}

/* Whether == is defined on values of type t (gc: t.equal != nil).  Structs
 * count all their fields, blank ones included, as the spec says. */
bool rt_comparable(const GoType *t)
{
	if (t->equal != 0 || (t->tflag & TFLAG_REGULAR_MEMORY))
		return true;
	switch (t->kind & KIND_MASK) {
	case KIND_SLICE:
	case KIND_MAP:
	case KIND_FUNC:
		return false;
	case KIND_ARRAY:
		return rt_comparable(((const GoArrayType *)t)->elem);
	case KIND_STRUCT: {
		const GoStructType *st = (const GoStructType *)t;
		for (int64_t i = 0; i < st->nfields; i++) {
			if (!rt_comparable(st->fields[i].typ))
				return false;
		}
		return true;
	}
	default:
		return true;
	}
}

/* panic(errorString(prefix + t.string())): "runtime error: <prefix>T". */
NORETURN static void panic_type(GoString prefix, const GoType *t)
{
	GoString ts = rt_typestring(t);
	uint8_t *b;
	GoString *msg = rt_mallocgc(sizeof(GoString), (void *)&rt_type_conservative, 1);
	*msg = rt_rawstring(prefix.len + ts.len, &b);
	memmove(b, prefix.ptr, (size_t)prefix.len);
	memmove(b + prefix.len, ts.ptr, (size_t)ts.len);
	rt_panic_errorString(msg);
}

NORETURN NOINLINE static void panic_unhashable(const GoType *t) { panic_type(GOSTR("hash of unhashable type "), t); }
NORETURN NOINLINE static void panic_uncomparable(const GoType *t) { panic_type(GOSTR("comparing uncomparable type "), t); }

/* ---- hashing by type (gc: typehash, interhash, nilinterhash) ---- */

/* The address of the value an interface holds, given its data word's address. */
static inline const void *ifacevalue(const GoType *t, void *const *data)
{
	return (t->kind & KIND_DIRECT_IFACE) ? (const void *)data : *data;
}

uintptr_t rt_nilinterhash(const void *p, uintptr_t seed)
{
	const GoEface *e = p;
	const GoType *t = e->type;
	if (t == 0)
		return seed;
	if (!rt_comparable(t))
		panic_unhashable(t);
	return rt_typehash(t, ifacevalue(t, &e->data), seed ^ P4);
}

uintptr_t rt_interhash(const void *p, uintptr_t seed)
{
	const GoIface *i = p;
	if (i->tab == 0)
		return seed;
	const GoType *t = i->tab->type;
	if (!rt_comparable(t))
		panic_unhashable(t);
	return rt_typehash(t, ifacevalue(t, &i->data), seed ^ P4);
}

/* gc: typehash.  The hash of the value of type t at p; t must be comparable
 * except inside interfaces (checked there). */
uintptr_t rt_typehash(const GoType *t, const void *p, uintptr_t seed)
{
	if (t->tflag & TFLAG_REGULAR_MEMORY) {
		switch (t->size) {
		case 4: return rt_memhash32(p, seed);
		case 8: return rt_memhash64(p, seed);
		default: return rt_memhash(p, seed, t->size);
		}
	}
	switch (t->kind & KIND_MASK) {
	case KIND_BOOL: case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32:
	case KIND_INT64: case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32:
	case KIND_UINT64: case KIND_UINTPTR: case KIND_CHAN: case KIND_PTR: case KIND_UNSAFE_POINTER:
		// Plain memory even if the descriptor does not say so.
		switch (t->size) {
		case 4: return rt_memhash32(p, seed);
		case 8: return rt_memhash64(p, seed);
		default: return rt_memhash(p, seed, t->size);
		}
	case KIND_FLOAT32: return rt_f32hash(p, seed);
	case KIND_FLOAT64: return rt_f64hash(p, seed);
	case KIND_COMPLEX64: return rt_c64hash(p, seed);
	case KIND_COMPLEX128: return rt_c128hash(p, seed);
	case KIND_STRING: return rt_strhash(p, seed);
	case KIND_INTERFACE:
		if (((const GoInterfaceType *)t)->nmethods == 0)
			return rt_nilinterhash(p, seed);
		return rt_interhash(p, seed);
	case KIND_ARRAY: {
		const GoArrayType *at = (const GoArrayType *)t;
		const uint8_t *e = p;
		for (uintptr_t i = 0; i < at->len; i++, e += at->elem->size)
			seed = rt_typehash(at->elem, e, seed);
		return seed;
	}
	case KIND_STRUCT: {
		const GoStructType *st = (const GoStructType *)t;
		for (int64_t i = 0; i < st->nfields; i++) {
			const GoStructField *f = &st->fields[i];
			if (!isblank(f->name))
				seed = rt_typehash(f->typ, (const uint8_t *)p + f->offset, seed);
		}
		return seed;
	}
	default:
		panic_unhashable(t);
	}
}

/* ---- equality (gc: the generated eq functions, efaceeq, ifaceeq) ---- */

/* The code of a type's equal func value: closure is {rt_eqfunc, t}. */
uint8_t rt_eqfunc(void *closure, void *a, void *b)
{
	return rt_typeequal(((const GoType *const *)closure)[1], a, b);
}

uint8_t rt_memequal(void *a, void *b, int64_t n)
{
	if (a == b || n == 0)
		return 1;
	return memcmp(a, b, (size_t)n) == 0;
}

static inline bool streq(const GoString *a, const GoString *b)
{
	return a->len == b->len && (a->ptr == b->ptr || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0);
}

/* gc: efaceeq.  x and y are the data words of two interface{} values with the
 * same dynamic type t. */
uint8_t rt_efaceeq(void *type, void *x, void *y)
{
	const GoType *t = type;
	if (t == 0)
		return 1;
	if (!rt_comparable(t))
		panic_uncomparable(t);
	if (t->kind & KIND_DIRECT_IFACE)
		return x == y;
	return rt_typeequal(t, x, y);
}

/* gc: ifaceeq.  x and y are the data words of two non-empty interface values
 * whose itab is tab (the caller compared the itabs). */
uint8_t rt_ifaceeq(void *tab, void *x, void *y)
{
	if (tab == 0)
		return 1;
	return rt_efaceeq((void *)((const GoItab *)tab)->type, x, y);
}

/* Whether the values of type t at a and b are equal: t->equal when the
 * compiler supplied one, otherwise by kind.  Panics for uncomparable types. */
bool rt_typeequal(const GoType *t, const void *a, const void *b)
{
	if (t->tflag & TFLAG_REGULAR_MEMORY)
		return memcmp(a, b, t->size) == 0;
	switch (t->kind & KIND_MASK) {
	case KIND_BOOL: case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32:
	case KIND_INT64: case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32:
	case KIND_UINT64: case KIND_UINTPTR: case KIND_CHAN: case KIND_PTR: case KIND_UNSAFE_POINTER:
		return memcmp(a, b, t->size) == 0;
	case KIND_FLOAT32: return *(const float *)a == *(const float *)b;
	case KIND_FLOAT64: return *(const double *)a == *(const double *)b;
	case KIND_COMPLEX64:
		return ((const float *)a)[0] == ((const float *)b)[0] && ((const float *)a)[1] == ((const float *)b)[1];
	case KIND_COMPLEX128:
		return ((const double *)a)[0] == ((const double *)b)[0] && ((const double *)a)[1] == ((const double *)b)[1];
	case KIND_STRING: return streq(a, b);
	case KIND_INTERFACE:
		if (((const GoInterfaceType *)t)->nmethods == 0) {
			const GoEface *x = a, *y = b;
			return x->type == y->type && rt_efaceeq((void *)x->type, x->data, y->data);
		} else {
			// Same dynamic type means same itab contents, even when one
			// itab is static and the other came from getitab.
			const GoIface *x = a, *y = b;
			if (x->tab == 0 || y->tab == 0)
				return x->tab == y->tab;
			return x->tab->type == y->tab->type && rt_efaceeq((void *)x->tab->type, x->data, y->data);
		}
	case KIND_ARRAY: {
		const GoArrayType *at = (const GoArrayType *)t;
		uintptr_t sz = at->elem->size;
		for (uintptr_t i = 0; i < at->len; i++) {
			if (!rt_typeequal(at->elem, (const uint8_t *)a + i * sz, (const uint8_t *)b + i * sz))
				return false;
		}
		return true;
	}
	case KIND_STRUCT: {
		const GoStructType *st = (const GoStructType *)t;
		for (int64_t i = 0; i < st->nfields; i++) {
			const GoStructField *f = &st->fields[i];
			uintptr_t off = f->offset;
			if (!isblank(f->name) && !rt_typeequal(f->typ, (const uint8_t *)a + off, (const uint8_t *)b + off))
				return false;
		}
		return true;
	}
	default:
		panic_uncomparable(t);
	}
}
