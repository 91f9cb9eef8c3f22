/* runtime/map.c — Go's map type (gc: map.go, map_fast32.go, map_fast64.go,
 * map_faststr.go).
 *
 * A map is a hash table of 2^B buckets.  A bucket holds 8 entries: 8 tophash
 * bytes (the top byte of each entry's hash, or an empty/evacuated marker),
 * then the 8 keys, then the 8 elements, then a pointer to an overflow bucket
 * (gc's bmap).  The low B bits of a key's hash pick its bucket; the tophash
 * byte filters the slots before keys are compared.  When the table averages
 * more than 6.5 entries per bucket it doubles; when it has as many overflow
 * buckets as buckets (up to 2^15) it is rebuilt at the same size.  Growth is
 * incremental: each write moves ("evacuates") the old bucket it would touch
 * and one more, so oldbuckets is non-NULL until all are moved.  Iteration
 * starts at a random bucket and slot, walks the bucket array as it was when
 * the iteration began, and during a growth looks at the old bucket and keeps
 * only the entries that belong to the new bucket it stands for.
 *
 * This is gc's algorithm and layout, constants and panic texts included, so
 * that iteration order is random the same way and the same writes during an
 * iteration are seen or not seen.  The fast paths gc gets from
 * mapaccess1_fast64 & co. come here from the key class chosen at makemap
 * (4- and 8-byte plain memory, strings, other plain memory, generic): the
 * entry points switch on it and the compiler specialises each case.
 *
 * Invariants:
 *   - Hmap.count is at offset 0 (len(m) is a load; nil map: 0) and counts the
 *     live entries.
 *   - A slot's tophash is >= MIN_TOP_HASH iff it holds a live entry.
 *     EMPTY_REST means this slot and every later slot of the bucket and its
 *     overflow chain are empty, so lookups stop there.  Old buckets, once
 *     evacuated, hold only EVACUATED_X/Y/EMPTY markers.
 *   - Entries never move within a bucket array, only from old to new buckets,
 *     so an iteration sees each entry at most once.
 *   - HASH_WRITING is set from after a write hashed its key until it is done;
 *     seeing it in any other map operation is "concurrent map writes" (a
 *     throw, as in gc, not a panic).
 *   - Keys and elements larger than 128 bytes live in their own objects; the
 *     bucket holds a pointer (GoMapType flags 1 and 2).
 *   - The bucket layout (keysize, elemsize, bucketsize, flags) is copied into
 *     the Hmap at makemap: from the GoMapType when the back end filled it
 *     (bucketsize != 0), otherwise computed here by gc's rules.
 *   - Lookups of absent keys return zeroVal (or, for elements over 1024
 *     bytes, a larger zeroed block); compiled code never writes through it.
 * TEMPORARY: no garbage collector yet.  Buckets are allocated with the
 * back end's bucket type when it gives one, otherwise untyped; the GC issue
 * must make one of the two precise.  The overflow lists for pointer-free
 * buckets (mapextra.overflow) are kept as gc keeps them, for that GC.
 */
#include "rt.h"

enum {
	BUCKET_CNT = 8,             // entries per bucket (gc: bucketCnt)
	LOAD_FACTOR_NUM = 13,       // grow above 13/2 = 6.5 entries per bucket
	LOAD_FACTOR_DEN = 2,
	MAX_KEY_SIZE = 128,         // larger keys are stored indirectly
	MAX_ELEM_SIZE = 128,        // larger elements are stored indirectly
	DATA_OFFSET = 8,            // keys start after the tophash bytes (gc: dataOffset)

	// tophash values below MIN_TOP_HASH (gc: emptyRest ...)
	EMPTY_REST = 0,             // empty, and so is every later slot of the chain
	EMPTY_ONE = 1,              // empty
	EVACUATED_X = 2,            // moved to the first half of the larger table
	EVACUATED_Y = 3,            // moved to the second half
	EVACUATED_EMPTY = 4,        // empty, and the bucket is evacuated
	MIN_TOP_HASH = 5,           // least tophash of a live entry

	// Hmap.flags
	ITERATOR = 1,               // an iterator may be using buckets
	OLD_ITERATOR = 2,           // an iterator may be using oldbuckets
	HASH_WRITING = 4,           // a write is in progress
	SAME_SIZE_GROW = 8,         // the current growth keeps the size

	// GoMapType.flags
	MT_INDIRECT_KEY = 1,
	MT_INDIRECT_ELEM = 2,
	MT_REFLEXIVE_KEY = 4,       // k == k for every key k (no NaNs inside)
	MT_NEED_KEY_UPDATE = 8,     // an equal key may differ in memory: overwrite it on assignment
	MT_HASH_MIGHT_PANIC = 16,   // the key type contains an interface

	MAX_ZERO = 1024,            // size of zeroVal (gc: maxZero)
};
#define NO_CHECK (~(uintptr_t)0)

/* How keys are hashed and compared (chosen once, at makemap). */
enum {
	KEY_GENERIC,  // typehash / typeequal (or the descriptor's hasher)
	KEY_MEM32,    // 4 bytes of plain memory: int32, uint32, rune, ...
	KEY_MEM64,    // 8 bytes of plain memory: int, int64, pointers, chans
	KEY_STR,      // string
	KEY_MEM,      // other plain memory, stored directly
};

typedef struct Bmap {
	uint8_t tophash[BUCKET_CNT];
	// then BUCKET_CNT keys, BUCKET_CNT elements, and the overflow pointer
} Bmap;

typedef struct MapExtra {
	// For buckets without pointers, the overflow buckets of buckets and
	// oldbuckets, kept reachable here (gc: mapextra).
	GoSlice *overflow;
	GoSlice *oldoverflow;
	Bmap *nextOverflow;         // next free preallocated overflow bucket
} MapExtra;

typedef struct Hmap {
	int64_t count;              // live entries; must be first (len)
	uint8_t flags;              // ITERATOR ...
	uint8_t B;                  // log2 of the number of buckets
	uint16_t noverflow;         // about how many overflow buckets there are
	uint32_t hash0;             // hash seed
	void *buckets;              // 2^B buckets; NULL while count == 0 and B == 0
	void *oldbuckets;           // half (or, same-size growth, all) as many; non-NULL while growing
	uintptr_t nevacuate;        // old buckets below this are evacuated
	MapExtra *extra;
	// goc: the layout, from the GoMapType or computed at makemap
	uint16_t bucketsize;
	uint8_t keysize;
	uint8_t elemsize;
	uint8_t mflags;             // MT_*
	uint8_t keyclass;           // KEY_*
	bool bucketnoptr;           // neither keys nor elements hold pointers
	uint8_t _pad;
	uintptr_t _pad2;
} Hmap;
_Static_assert(offsetof(Hmap, count) == 0, "len(m) loads the count at offset 0");
_Static_assert(sizeof(Hmap) == 64, "an Hmap fills one size class");

static uint8_t zeroVal[MAX_ZERO] __attribute__((aligned(16)));

typedef uint64_t U64u __attribute__((may_alias, aligned(1)));
typedef uint32_t U32u __attribute__((may_alias, aligned(1)));

/* ---- the layout ---- */

static inline uintptr_t bucketShift(uint8_t b) { return (uintptr_t)1 << (b & 63); }
static inline uintptr_t bucketMask(uint8_t b) { return bucketShift(b) - 1; }

static inline uint8_t tophash(uintptr_t hash)
{
	uint8_t top = (uint8_t)(hash >> 56);
	return top < MIN_TOP_HASH ? top + MIN_TOP_HASH : top;
}

static inline bool isEmpty(uint8_t x) { return x <= EMPTY_ONE; }
static inline bool evacuated(const Bmap *b) { return b->tophash[0] > EMPTY_ONE && b->tophash[0] < MIN_TOP_HASH; }

static inline Bmap *bucketAt(void *buckets, uintptr_t i, const Hmap *h)
{
	return (Bmap *)((uint8_t *)buckets + i * h->bucketsize);
}
static inline Bmap **overflowp(Bmap *b, const Hmap *h) { return (Bmap **)((uint8_t *)b + h->bucketsize - 8); }
static inline Bmap *overflow(Bmap *b, const Hmap *h) { return *overflowp(b, h); }
static inline void *keyAt(Bmap *b, uintptr_t i, const Hmap *h) { return (uint8_t *)b + DATA_OFFSET + i * h->keysize; }
static inline void *elemAt(Bmap *b, uintptr_t i, const Hmap *h)
{
	return (uint8_t *)b + DATA_OFFSET + BUCKET_CNT * h->keysize + i * h->elemsize;
}
/* The same inside the per-key-class templates, where the key size is
 * usually a constant. */
static inline __attribute__((always_inline)) uintptr_t keysizekc(const Hmap *h, int kc)
{
	return kc == KEY_MEM64 ? 8 : kc == KEY_MEM32 ? 4 : kc == KEY_STR ? 16 : h->keysize;
}
static inline __attribute__((always_inline)) void *keyAtKC(Bmap *b, uintptr_t i, const Hmap *h, int kc)
{
	return (uint8_t *)b + DATA_OFFSET + i * keysizekc(h, kc);
}
static inline __attribute__((always_inline)) void *elemAtKC(Bmap *b, uintptr_t i, const Hmap *h, int kc)
{
	return (uint8_t *)b + DATA_OFFSET + BUCKET_CNT * keysizekc(h, kc) + i * h->elemsize;
}
static inline bool indirectkey(const Hmap *h) { return h->mflags & MT_INDIRECT_KEY; }
static inline bool indirectelem(const Hmap *h) { return h->mflags & MT_INDIRECT_ELEM; }
static inline bool sameSizeGrow(const Hmap *h) { return h->flags & SAME_SIZE_GROW; }
static inline bool growing(const Hmap *h) { return h->oldbuckets != 0; }

static inline uintptr_t noldbuckets(const Hmap *h)
{
	return bucketShift(sameSizeGrow(h) ? h->B : (uint8_t)(h->B - 1));
}
static inline uintptr_t oldbucketmask(const Hmap *h) { return noldbuckets(h) - 1; }

/* Bit 7 of each byte of the result is set if that byte of x may be zero:
 * every zero byte is flagged, and the lowest flagged byte is a zero byte
 * (higher ones can be false positives after a borrow). */
#define LO_BYTES 0x0101010101010101ull
static inline uint64_t zerobytes(uint64_t x) { return (x - LO_BYTES) & ~x & (LO_BYTES << 7); }

/* Kinds whose values are exactly their bytes, whatever tflag says. */
static bool plainmem(const GoType *t)
{
	if (t->tflag & TFLAG_REGULAR_MEMORY)
		return true;
	switch (t->kind & KIND_MASK) {
	case KIND_BOOL: case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32:
	case KIND_INT64: case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32:
	case KIND_UINT64: case KIND_UINTPTR: case KIND_CHAN: case KIND_PTR: case KIND_UNSAFE_POINTER:
		return true;
	default:
		return false;
	}
}

/* The three key properties of gc's reflectdata (isReflexive, needkeyupdate,
 * hashMightPanic), as MT_* bits, from the key's descriptor. */
static uint32_t keyprops(const GoType *t)
{
	const uint32_t all = MT_REFLEXIVE_KEY;
	switch (t->kind & KIND_MASK) {
	case KIND_FLOAT32: case KIND_FLOAT64: case KIND_COMPLEX64: case KIND_COMPLEX128:
		return MT_NEED_KEY_UPDATE;
	case KIND_STRING:
		return MT_REFLEXIVE_KEY | MT_NEED_KEY_UPDATE;
	case KIND_INTERFACE:
		return MT_NEED_KEY_UPDATE | MT_HASH_MIGHT_PANIC;
	case KIND_ARRAY:
		return keyprops(((const GoArrayType *)t)->elem);
	case KIND_STRUCT: {
		const GoStructType *st = (const GoStructType *)t;
		uint32_t f = all;
		for (int64_t i = 0; i < st->nfields; i++) {
			uint32_t g = keyprops(st->fields[i].typ);
			f = (f & g & MT_REFLEXIVE_KEY) | ((f | g) & (MT_NEED_KEY_UPDATE | MT_HASH_MIGHT_PANIC));
		}
		return f;
	}
	default:
		return all;
	}
}

/* The map type's flags: the back end's, or computed as gc computes them. */
static uint32_t mapflags(const GoMapType *t)
{
	if (t->bucketsize != 0)
		return t->flags;
	uint32_t f = keyprops(t->key);
	if (t->key->size > MAX_KEY_SIZE)
		f |= MT_INDIRECT_KEY;
	if (t->elem->size > MAX_ELEM_SIZE)
		f |= MT_INDIRECT_ELEM;
	return f;
}

/* Fill h's copy of the layout (gc: reflectdata.MapBucketType's rules). */
static void setlayout(const GoMapType *t, Hmap *h)
{
	const GoType *k = t->key, *e = t->elem;
	uint32_t f = mapflags(t);
	h->mflags = (uint8_t)f;
	if (t->bucketsize != 0) {
		h->keysize = t->keysize;
		h->elemsize = t->elemsize;
		h->bucketsize = t->bucketsize;
	} else {
		h->keysize = (uint8_t)((f & MT_INDIRECT_KEY) ? 8 : k->size);
		h->elemsize = (uint8_t)((f & MT_INDIRECT_ELEM) ? 8 : e->size);
		// tophash, keys, elems, overflow pointer: all offsets stay aligned
		// because the arrays have 8 entries and alignments are at most 8.
		h->bucketsize = (uint16_t)(DATA_OFFSET + BUCKET_CNT * (h->keysize + h->elemsize) + 8);
	}
	h->bucketnoptr = t->bucket != 0 ? t->bucket->ptrdata == 0
	                                : !(f & (MT_INDIRECT_KEY | MT_INDIRECT_ELEM)) && k->ptrdata == 0 && e->ptrdata == 0;
	uint8_t kc = KEY_GENERIC;
	if (!(f & MT_INDIRECT_KEY)) {
		if ((k->kind & KIND_MASK) == KIND_STRING)
			kc = KEY_STR;
		else if (plainmem(k))
			kc = k->size == 8 ? KEY_MEM64 : k->size == 4 ? KEY_MEM32 : KEY_MEM;
	}
	h->keyclass = kc;
}

/* ---- hashing and comparing keys ---- */

static inline __attribute__((always_inline)) uintptr_t hashkc(const GoMapType *t, uintptr_t seed, const void *key, int kc)
{
	switch (kc) {
	case KEY_MEM32: return rt_memhash32(key, seed);
	case KEY_MEM64: return rt_memhash64(key, seed);
	case KEY_STR: return rt_strhash(key, seed);
	case KEY_MEM: return rt_memhash(key, seed, t->key->size);
	default: return rt_typehash(t->key, key, seed); // t->hasher, when reflect set one, computes the same
	}
}

static inline __attribute__((always_inline)) bool keyeqkc(const GoMapType *t, const void *a, const void *b, int kc)
{
	switch (kc) {
	case KEY_MEM32: return *(const U32u *)a == *(const U32u *)b;
	case KEY_MEM64: return *(const U64u *)a == *(const U64u *)b;
	case KEY_STR: {
		const GoString *x = a, *y = b;
		return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
	}
	case KEY_MEM: return memcmp(a, b, t->key->size) == 0;
	default: return rt_typeequal(t->key, a, b);
	}
}

static NOINLINE uintptr_t hashkey(const GoMapType *t, const Hmap *h, const void *key)
{
	switch (h->keyclass) {
	case KEY_MEM32: return hashkc(t, h->hash0, key, KEY_MEM32);
	case KEY_MEM64: return hashkc(t, h->hash0, key, KEY_MEM64);
	case KEY_STR: return hashkc(t, h->hash0, key, KEY_STR);
	case KEY_MEM: return hashkc(t, h->hash0, key, KEY_MEM);
	default: return hashkc(t, h->hash0, key, KEY_GENERIC);
	}
}

static NOINLINE bool keyeq(const GoMapType *t, const Hmap *h, const void *a, const void *b)
{
	switch (h->keyclass) {
	case KEY_MEM32: return keyeqkc(t, a, b, KEY_MEM32);
	case KEY_MEM64: return keyeqkc(t, a, b, KEY_MEM64);
	case KEY_STR: return keyeqkc(t, a, b, KEY_STR);
	case KEY_MEM: return keyeqkc(t, a, b, KEY_MEM);
	default: return keyeqkc(t, a, b, KEY_GENERIC);
	}
}

/* Reports whether k == k may fail (a NaN inside). */
static inline bool irreflexive(const GoMapType *t, const Hmap *h, const void *k)
{
	return !(h->mflags & MT_REFLEXIVE_KEY) && !keyeq(t, h, k, k);
}

/* gc issue 23734: m[k] on a nil or empty map still panics if k is unhashable. */
static void hashMightPanic(const GoMapType *t, const void *key)
{
	if (mapflags(t) & MT_HASH_MIGHT_PANIC)
		rt_typehash(t->key, key, 0);
}

/* The value of an absent key.  A larger zero block replaces bigzero as a
 * whole (pointer and size in one published record), so a racing reader
 * sees either block with its own size. */
typedef struct BigZero {
	uintptr_t size;
	void *p;
} BigZero;
static BigZero *bigzerorec;

static void *zeroelem(const GoMapType *t)
{
	uintptr_t n = t->elem->size;
	if (LIKELY(n <= MAX_ZERO))
		return zeroVal;
	BigZero *z = __atomic_load_n(&bigzerorec, __ATOMIC_ACQUIRE);
	if (z == 0 || n > z->size) {
		z = rt_mallocgc(sizeof(BigZero), (void *)&rt_type_conservative, 1);
		z->p = rt_mallocgc((int64_t)n, 0, 1);
		z->size = n;
		__atomic_store_n(&bigzerorec, z, __ATOMIC_RELEASE);  // a concurrent smaller one may win: callers use their own z
	}
	return z->p;
}

static inline void keycopy(const GoMapType *t, void *dst, const void *src, int kc)
{
	switch (kc) {
	case KEY_MEM32: *(U32u *)dst = *(const U32u *)src; break;
	case KEY_MEM64:
		if (t->key->ptrdata)
			rt_wbptr(*(void *const *)src);  // a pointer key (map[*T]V): the bucket may be black
		*(U64u *)dst = *(const U64u *)src;
		break;
	case KEY_STR:
		rt_wbptr(((const GoString *)src)->ptr);
		*(GoString *)dst = *(const GoString *)src;
		break;
	default: rt_typedmemmove((void *)t->key, dst, (void *)src); break;
	}
}

/* ---- allocation ---- */

/* The pointer-list append of gc's *h.extra.overflow = append(...). */
static void ptrappend(GoSlice *s, void *p)
{
	if (s->len == s->cap) {
		int64_t ncap = s->cap < 4 ? 4 : 2 * s->cap;
		void **n = rt_mallocgc(ncap * 8, (void *)&rt_type_conservative, 1);
		for (int64_t i = 0; i < s->len; i++)
			rt_wbptr(((void **)s->ptr)[i]);
		memmove(n, s->ptr, (size_t)s->len * 8);
		s->ptr = n;
		s->cap = ncap;
	}
	rt_wbptr(p);
	((void **)s->ptr)[s->len++] = p;
}

static void createOverflow(Hmap *h)
{
	if (h->extra == 0)
		h->extra = rt_mallocgc(sizeof(MapExtra), (void *)&rt_type_conservative, 1);
	if (h->extra->overflow == 0)
		h->extra->overflow = rt_mallocgc(sizeof(GoSlice), (void *)&rt_type_conservative, 1);
}

/* gc: incrnoverflow.  Exact below 2^16 buckets, then counted with
 * probability 2^-(B-15), so that noverflow stays comparable to 2^15. */
static void incrnoverflow(Hmap *h)
{
	if (h->B < 16) {
		h->noverflow++;
		return;
	}
	uint32_t mask = ((uint32_t)1 << (h->B - 15)) - 1;
	if ((rt_fastrand() & mask) == 0)
		h->noverflow++;
}

static void *newbuckets(const GoMapType *t, const Hmap *h, uintptr_t n)
{
	return rt_mallocgc((int64_t)(n * h->bucketsize), (void *)t->bucket, 1);
}

/* gc: newoverflow.  Chain a fresh bucket after b. */
static Bmap *newoverflow(const GoMapType *t, Hmap *h, Bmap *b)
{
	Bmap *ovf;
	if (h->extra != 0 && h->extra->nextOverflow != 0) {
		// Preallocated: the last one's overflow pointer is non-NULL
		// (it points back at the array) to mark the end.
		ovf = h->extra->nextOverflow;
		if (overflow(ovf, h) == 0) {
			rt_wbptr((uint8_t *)ovf + h->bucketsize);
			h->extra->nextOverflow = (Bmap *)((uint8_t *)ovf + h->bucketsize);
		} else {
			*overflowp(ovf, h) = 0;
			h->extra->nextOverflow = 0;
		}
	} else {
		ovf = newbuckets(t, h, 1);
	}
	incrnoverflow(h);
	if (h->bucketnoptr) {
		createOverflow(h);
		ptrappend(h->extra->overflow, ovf);
	}
	rt_wbptr(ovf);
	*overflowp(b, h) = ovf;
	return ovf;
}

/* gc: makeBucketArray.  2^b buckets, plus about 1/16 as many spare overflow
 * buckets when b >= 4.  dirty, if non-NULL, is an array of the same shape to
 * clear and reuse.  Returns the first spare in *nextOverflow (or NULL). */
static void *makeBucketArray(const GoMapType *t, const Hmap *h, uint8_t b, void *dirty, Bmap **nextOverflow)
{
	uintptr_t base = bucketShift(b), nbuckets = base;
	if (b >= 4) {
		nbuckets += bucketShift(b - 4);
		uintptr_t sz = h->bucketsize * nbuckets;
		uintptr_t up = rt_roundupsize(sz);
		if (up != sz)
			nbuckets = up / h->bucketsize;
	}
	void *buckets;
	if (dirty == 0) {
		buckets = newbuckets(t, h, nbuckets);
	} else {
		buckets = dirty;
		memset(buckets, 0, nbuckets * h->bucketsize);
	}
	*nextOverflow = 0;
	if (base != nbuckets) {
		*nextOverflow = bucketAt(buckets, base, h);
		*overflowp(bucketAt(buckets, nbuckets - 1, h), h) = buckets;
	}
	return buckets;
}

static bool overLoadFactor(int64_t count, uint8_t B)
{
	return count > BUCKET_CNT && (uintptr_t)count > LOAD_FACTOR_NUM * (bucketShift(B) / LOAD_FACTOR_DEN);
}

static bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B)
{
	if (B > 15)
		B = 15;
	return noverflow >= (uint16_t)1 << B;
}

static void *initmap(const GoMapType *t, int64_t hint, Hmap *h, void *bucket, int64_t bucketsize);

/* gc: makemap.  A hint that is negative or too large is ignored. */
void *rt_makemap(void *maptype, int64_t hint)
{
	return initmap(maptype, hint, rt_mallocgc(sizeof(Hmap), (void *)&rt_type_conservative, 1), 0, 0);
}

/* A map whose Hmap (and, for at most 8 entries, first bucket) the compiler
 * put in the frame of a function it does not outlive (gc: the hmap and
 * bmap walk allocates on the stack for make(map) that does not escape).
 * The memory may be reused (a loop): it is cleared here.  Later buckets
 * come from the heap as usual; the stack is scanned conservatively, so
 * the GC sees what the frame's Hmap and bucket point to. */
void *rt_makemap_at(void *maptype, int64_t hint, void *hmap, void *bucket, int64_t bucketsize)
{
	memset(hmap, 0, sizeof(Hmap));
	return initmap(maptype, hint, hmap, bucket, bucketsize);
}

static void *initmap(const GoMapType *t, int64_t hint, Hmap *h, void *bucket, int64_t bucketsize)
{
	setlayout(t, h);
	uintptr_t mem;
	if (__builtin_mul_overflow((uintptr_t)hint, (uintptr_t)h->bucketsize, &mem) || mem > MAX_ALLOC)
		hint = 0;
	h->hash0 = rt_fastrand();
	uint8_t B = 0;
	while (overLoadFactor(hint, B))
		B++;
	h->B = B;
	if (B == 0 && bucket != 0) {
		if (bucketsize < h->bucketsize)
			THROW("makemap_at: bucket too small");
		memset(bucket, 0, (size_t)h->bucketsize);
		h->buckets = bucket;
	}
	if (B != 0) {
		Bmap *next;
		h->buckets = makeBucketArray(t, h, B, 0, &next);
		if (next != 0) {
			h->extra = rt_mallocgc(sizeof(MapExtra), (void *)&rt_type_conservative, 1);
			h->extra->nextOverflow = next;
		}
	}
	return h;
}

/* ---- growth ---- */

/* gc: hashGrow.  Start moving to a table twice as big, or to a fresh one of
 * the same size when there are too many overflow buckets. */
static void hashGrow(const GoMapType *t, Hmap *h)
{
	uint8_t bigger = 1;
	if (!overLoadFactor(h->count + 1, h->B)) {
		bigger = 0;
		h->flags |= SAME_SIZE_GROW;
	}
	void *oldbuckets = h->buckets;
	Bmap *next;
	void *nb = makeBucketArray(t, h, h->B + bigger, 0, &next);
	uint8_t flags = h->flags & ~(ITERATOR | OLD_ITERATOR);
	if (h->flags & ITERATOR)
		flags |= OLD_ITERATOR;
	h->B += bigger;
	h->flags = flags;
	rt_wbptr(oldbuckets);
	rt_wbptr(nb);
	h->oldbuckets = oldbuckets;
	h->buckets = nb;
	h->nevacuate = 0;
	h->noverflow = 0;
	if (h->extra != 0 && h->extra->overflow != 0) {
		if (h->extra->oldoverflow != 0)
			THROW("oldoverflow is not nil");
		rt_wbptr(h->extra->overflow);
		h->extra->oldoverflow = h->extra->overflow;
		h->extra->overflow = 0;
	}
	if (next != 0) {
		if (h->extra == 0)
			h->extra = rt_mallocgc(sizeof(MapExtra), (void *)&rt_type_conservative, 1);
		h->extra->nextOverflow = next;
	}
}

typedef struct EvacDst {
	Bmap *b;      // current destination bucket
	int i;        // next slot in b
	uint8_t *k;   // its key
	uint8_t *e;   // its element
} EvacDst;

static void advanceEvacuationMark(Hmap *h, uintptr_t newbit)
{
	h->nevacuate++;
	// Look at no more than 1024 buckets, to bound the work of one write.
	uintptr_t stop = h->nevacuate + 1024;
	if (stop > newbit)
		stop = newbit;
	while (h->nevacuate != stop && evacuated(bucketAt(h->oldbuckets, h->nevacuate, h)))
		h->nevacuate++;
	if (h->nevacuate == newbit) {
		// Growth is done.
		h->oldbuckets = 0;
		if (h->extra != 0)
			h->extra->oldoverflow = 0;
		h->flags &= ~SAME_SIZE_GROW;
	}
}

/* gc: evacuate.  Move old bucket oldbucket (and its chain) to the new
 * array: to bucket X = oldbucket, or for doubling possibly Y = oldbucket +
 * newbit, as the next hash bit says. */
static void evacuate(const GoMapType *t, Hmap *h, uintptr_t oldbucket)
{
	Bmap *b = bucketAt(h->oldbuckets, oldbucket, h);
	uintptr_t newbit = noldbuckets(h);
	if (!evacuated(b)) {
		EvacDst xy[2] = {{0}};
		xy[0].b = bucketAt(h->buckets, oldbucket, h);
		xy[0].k = keyAt(xy[0].b, 0, h);
		xy[0].e = elemAt(xy[0].b, 0, h);
		if (!sameSizeGrow(h)) {
			xy[1].b = bucketAt(h->buckets, oldbucket + newbit, h);
			xy[1].k = keyAt(xy[1].b, 0, h);
			xy[1].e = elemAt(xy[1].b, 0, h);
		}
		for (; b != 0; b = overflow(b, h)) {
			uint8_t *k = keyAt(b, 0, h), *e = elemAt(b, 0, h);
			for (int i = 0; i < BUCKET_CNT; i++, k += h->keysize, e += h->elemsize) {
				uint8_t top = b->tophash[i];
				if (isEmpty(top)) {
					b->tophash[i] = EVACUATED_EMPTY;
					continue;
				}
				if (top < MIN_TOP_HASH)
					THROW("bad map state");
				void *k2 = indirectkey(h) ? *(void **)k : k;
				uint8_t useY = 0;
				if (!sameSizeGrow(h)) {
					uintptr_t hash = hashkey(t, h, k2);
					if ((h->flags & ITERATOR) && irreflexive(t, h, k2)) {
						// A NaN-like key: its hash is not repeatable, and an
						// iterator must find it where it decides now.  Use
						// the low tophash bit, and a fresh tophash so that
						// NaNs spread over both halves after more growths.
						useY = top & 1;
						top = tophash(hash);
					} else if (hash & newbit) {
						useY = 1;
					}
				}
				b->tophash[i] = EVACUATED_X + useY;
				EvacDst *dst = &xy[useY];
				if (dst->i == BUCKET_CNT) {
					dst->b = newoverflow(t, h, dst->b);
					dst->i = 0;
					dst->k = keyAt(dst->b, 0, h);
					dst->e = elemAt(dst->b, 0, h);
				}
				dst->b->tophash[dst->i & (BUCKET_CNT - 1)] = top;
				if (indirectkey(h)) {
					rt_wbptr(k2);
					*(void **)dst->k = k2;
				} else {
					rt_wbvalue(t->key, k);
					memmove(dst->k, k, h->keysize);
				}
				if (indirectelem(h)) {
					rt_wbptr(*(void **)e);
					*(void **)dst->e = *(void **)e;
				} else {
					rt_wbvalue(t->elem, e);
					memmove(dst->e, e, h->elemsize);
				}
				dst->i++;
				dst->k += h->keysize;
				dst->e += h->elemsize;
			}
		}
		// Drop the old bucket's references, unless an iterator may still
		// walk it (a GC will care; the tophash bytes must stay).
		if (!(h->flags & OLD_ITERATOR) && !h->bucketnoptr) {
			Bmap *ob = bucketAt(h->oldbuckets, oldbucket, h);
			memset((uint8_t *)ob + DATA_OFFSET, 0, h->bucketsize - DATA_OFFSET);
		}
	}
	if (oldbucket == h->nevacuate)
		advanceEvacuationMark(h, newbit);
}

/* gc: growWork.  Evacuate the old bucket the write is about to use, and one
 * more to make progress. */
static void growWork(const GoMapType *t, Hmap *h, uintptr_t bucket)
{
	evacuate(t, h, bucket & oldbucketmask(h));
	if (growing(h))
		evacuate(t, h, h->nevacuate);
}

/* ---- lookup ---- */

/* The element of key, with the key in the table in *kp; NULL if absent.
 * h is non-empty. */
static inline __attribute__((always_inline)) void *lookup(const GoMapType *t, Hmap *h, const void *key, void **kp, int kc)
{
	uintptr_t hash = hashkc(t, h->hash0, key, kc);
	uintptr_t m = bucketMask(h->B);
	Bmap *b = bucketAt(h->buckets, hash & m, h);
	if (UNLIKELY(h->oldbuckets != 0)) {
		if (!sameSizeGrow(h))
			m >>= 1;  // there used to be half as many buckets
		Bmap *oldb = bucketAt(h->oldbuckets, hash & m, h);
		if (!evacuated(oldb))
			b = oldb;
	}
	// The bucket's second cache line (later keys, the elements) is needed
	// next; fetch it while the tophash bytes come in.
	__builtin_prefetch((uint8_t *)b + 64);
	uint8_t top = tophash(hash);
	uint64_t tops = LO_BYTES * top;
	for (; b != 0; b = overflow(b, h)) {
		// The slots whose tophash is top, before the first EMPTY_REST:
		// gc's slot-by-slot scan, eight bytes at a time.
		uint64_t th = *(const U64u *)b->tophash;
		uint64_t rest = zerobytes(th);
		uint64_t cand = zerobytes(th ^ tops);
		if (rest != 0)
			cand &= (rest & -rest) - 1;  // the lowest flagged zero byte is exact
		for (; cand != 0; cand &= cand - 1) {
			uintptr_t i = (uintptr_t)__builtin_ctzll(cand) >> 3;
			void *k = keyAtKC(b, i, h, kc);
			if (kc == KEY_GENERIC && indirectkey(h))
				k = *(void **)k;
			if (b->tophash[i] == top && keyeqkc(t, key, k, kc)) {
				void *e = elemAtKC(b, i, h, kc);
				if (indirectelem(h))
					e = *(void **)e;
				*kp = k;
				return e;
			}
		}
		if (rest != 0)
			return 0;
	}
	return 0;
}

/* One lookup function per key class, each small enough to need few
 * registers (gc: mapaccess1_fast64 and friends). */
static NOINLINE void *find_mem64(const GoMapType *t, Hmap *h, const void *key, void **kp) { return lookup(t, h, key, kp, KEY_MEM64); }
static NOINLINE void *find_str(const GoMapType *t, Hmap *h, const void *key, void **kp) { return lookup(t, h, key, kp, KEY_STR); }
static NOINLINE void *find_mem32(const GoMapType *t, Hmap *h, const void *key, void **kp) { return lookup(t, h, key, kp, KEY_MEM32); }
static NOINLINE void *find_mem(const GoMapType *t, Hmap *h, const void *key, void **kp) { return lookup(t, h, key, kp, KEY_MEM); }
static NOINLINE void *find_generic(const GoMapType *t, Hmap *h, const void *key, void **kp) { return lookup(t, h, key, kp, KEY_GENERIC); }

static inline void *mapaccess(const GoMapType *t, Hmap *h, const void *key, void **kp)
{
	switch (h->keyclass) {
	case KEY_MEM64: return find_mem64(t, h, key, kp);
	case KEY_STR: return find_str(t, h, key, kp);
	case KEY_MEM32: return find_mem32(t, h, key, kp);
	case KEY_MEM: return find_mem(t, h, key, kp);
	default: return find_generic(t, h, key, kp);
	}
}

/* gc: fatal(...): throws that blame the program, not the runtime. */
NORETURN NOINLINE static void concurrentWrites(void) { THROW("concurrent map writes"); }
NORETURN NOINLINE static void concurrentReadWrite(void) { THROW("concurrent map read and map write"); }
NORETURN NOINLINE static void concurrentIterWrite(void) { THROW("concurrent map iteration and map write"); }

/* gc: mapaccess1.  v := m[k]: the element, or a zero value. */
void *rt_mapaccess1(void *maptype, void *hmap, void *key)
{
	const GoMapType *t = maptype;
	Hmap *h = hmap;
	if (h == 0 || h->count == 0) {
		hashMightPanic(t, key);
		return zeroelem(t);
	}
	if (UNLIKELY(h->flags & HASH_WRITING))
		concurrentReadWrite();
	void *k;
	// The commonest key classes inline; the others out of line.
	void *e = h->keyclass == KEY_MEM64 ? lookup(t, h, key, &k, KEY_MEM64)
	        : h->keyclass == KEY_STR ? lookup(t, h, key, &k, KEY_STR) : mapaccess(t, h, key, &k);
	return e != 0 ? e : zeroelem(t);
}

/* gc: mapaccess2.  v, ok := m[k]: (element or zero value, present). */
GoPair rt_mapaccess2(void *maptype, void *hmap, void *key)
{
	const GoMapType *t = maptype;
	Hmap *h = hmap;
	if (h == 0 || h->count == 0) {
		hashMightPanic(t, key);
		return (GoPair){(int64_t)(uintptr_t)zeroelem(t), 0};
	}
	if (UNLIKELY(h->flags & HASH_WRITING))
		concurrentReadWrite();
	void *k;
	void *e = h->keyclass == KEY_MEM64 ? lookup(t, h, key, &k, KEY_MEM64)
	        : h->keyclass == KEY_STR ? lookup(t, h, key, &k, KEY_STR) : mapaccess(t, h, key, &k);
	if (e == 0)
		return (GoPair){(int64_t)(uintptr_t)zeroelem(t), 0};
	return (GoPair){(int64_t)(uintptr_t)e, 1};
}

/* ---- assignment ---- */

static inline __attribute__((always_inline)) void *assign(const GoMapType *t, Hmap *h, const void *key, int kc)
{
	uintptr_t hash = hashkc(t, h->hash0, key, kc);
	// Set HASH_WRITING after hashing: the hash may panic, and then no write
	// happened.
	h->flags ^= HASH_WRITING;
	if (h->buckets == 0)
		h->buckets = newbuckets(t, h, 1);
again:;
	uintptr_t bucket = hash & bucketMask(h->B);
	if (growing(h))
		growWork(t, h, bucket);
	Bmap *b = bucketAt(h->buckets, bucket, h);
	__builtin_prefetch((uint8_t *)b + 64);  // as in lookup
	uint8_t top = tophash(hash);
	uint8_t *inserti = 0;
	void *insertk = 0, *elem = 0;
	for (;;) {
		for (uintptr_t i = 0; i < BUCKET_CNT; i++) {
			if (b->tophash[i] != top) {
				if (isEmpty(b->tophash[i]) && inserti == 0) {
					inserti = &b->tophash[i];
					insertk = keyAtKC(b, i, h, kc);
					elem = elemAtKC(b, i, h, kc);
				}
				if (b->tophash[i] == EMPTY_REST)
					goto notfound;
				continue;
			}
			void *k = keyAtKC(b, i, h, kc);
			if (kc == KEY_GENERIC && indirectkey(h))
				k = *(void **)k;
			if (!keyeqkc(t, key, k, kc))
				continue;
			// Already there: update the key if equal keys can differ
			// (+0 and -0, strings with other backing arrays).
			if (h->mflags & MT_NEED_KEY_UPDATE)
				keycopy(t, k, key, kc);
			elem = elemAtKC(b, i, h, kc);
			goto done;
		}
		Bmap *ovf = overflow(b, h);
		if (ovf == 0)
			break;
		b = ovf;
	}
notfound:
	// Not found.  Growing invalidates everything found so far: start over.
	if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
		hashGrow(t, h);
		goto again;
	}
	if (inserti == 0) {
		// Every slot is taken: chain a new bucket.
		Bmap *nb = newoverflow(t, h, b);
		inserti = &nb->tophash[0];
		insertk = keyAtKC(nb, 0, h, kc);
		elem = elemAtKC(nb, 0, h, kc);
	}
	if (kc == KEY_GENERIC && indirectkey(h)) {
		void *kmem = rt_newobject((void *)t->key);
		*(void **)insertk = kmem;
		insertk = kmem;
	}
	if (indirectelem(h))
		*(void **)elem = rt_newobject((void *)t->elem);
	keycopy(t, insertk, key, kc);
	*inserti = top;
	h->count++;
done:
	if (!(h->flags & HASH_WRITING))
		concurrentWrites();
	h->flags &= ~HASH_WRITING;
	if (indirectelem(h))
		elem = *(void **)elem;
	return elem;
}

/* gc: mapassign.  m[k] = v: the slot to store v into (new entries' slots
 * are zeroed). */
void *rt_mapassign(void *maptype, void *hmap, void *key)
{
	static const GoString nilmap = GOSTR("assignment to entry in nil map");
	const GoMapType *t = maptype;
	Hmap *h = hmap;
	if (h == 0)
		rt_panic_plainError(&nilmap);
	if (UNLIKELY(h->flags & HASH_WRITING))
		concurrentWrites();
	switch (h->keyclass) {
	case KEY_MEM64: return assign(t, h, key, KEY_MEM64);
	case KEY_STR: return assign(t, h, key, KEY_STR);
	case KEY_MEM32: return assign(t, h, key, KEY_MEM32);
	case KEY_MEM: return assign(t, h, key, KEY_MEM);
	default: return assign(t, h, key, KEY_GENERIC);
	}
}

/* ---- deletion ---- */

static inline __attribute__((always_inline)) void delete(const GoMapType *t, Hmap *h, const void *key, int kc)
{
	uintptr_t hash = hashkc(t, h->hash0, key, kc);
	h->flags ^= HASH_WRITING;
	uintptr_t bucket = hash & bucketMask(h->B);
	if (growing(h))
		growWork(t, h, bucket);
	Bmap *b = bucketAt(h->buckets, bucket, h);
	Bmap *bOrig = b;
	uint8_t top = tophash(hash);
	for (; b != 0; b = overflow(b, h)) {
		for (uintptr_t i = 0; i < BUCKET_CNT; i++) {
			if (b->tophash[i] != top) {
				if (b->tophash[i] == EMPTY_REST)
					goto out;
				continue;
			}
			void *k = keyAtKC(b, i, h, kc);
			void *k2 = (kc == KEY_GENERIC && indirectkey(h)) ? *(void **)k : k;
			if (!keyeqkc(t, key, k2, kc))
				continue;
			// Clear the key only if it holds pointers (for a GC), the element always.
			if (kc == KEY_GENERIC && indirectkey(h))
				*(void **)k = 0;
			else if (t->key->ptrdata != 0)
				memset(k, 0, t->key->size);
			void *e = elemAtKC(b, i, h, kc);
			if (indirectelem(h))
				*(void **)e = 0;
			else
				memset(e, 0, t->elem->size);
			b->tophash[i] = EMPTY_ONE;
			// If the bucket now ends in empty slots, turn them into
			// EMPTY_REST, walking back through the chain.
			if (i == BUCKET_CNT - 1) {
				if (overflow(b, h) != 0 && overflow(b, h)->tophash[0] != EMPTY_REST)
					goto notLast;
			} else if (b->tophash[i + 1] != EMPTY_REST) {
				goto notLast;
			}
			for (;;) {
				b->tophash[i] = EMPTY_REST;
				if (i == 0) {
					if (b == bOrig)
						break;  // the start of the chain
					// Find the bucket before b.
					Bmap *c = b;
					for (b = bOrig; overflow(b, h) != c; b = overflow(b, h)) {
					}
					i = BUCKET_CNT - 1;
				} else {
					i--;
				}
				if (b->tophash[i] != EMPTY_ONE)
					break;
			}
		notLast:
			h->count--;
			// A new seed makes repeated collisions hard to force.
			if (h->count == 0)
				h->hash0 = rt_fastrand();
			goto out;
		}
	}
out:
	if (!(h->flags & HASH_WRITING))
		concurrentWrites();
	h->flags &= ~HASH_WRITING;
}

/* gc: mapdelete.  delete(m, k). */
void rt_mapdelete(void *maptype, void *hmap, void *key)
{
	const GoMapType *t = maptype;
	Hmap *h = hmap;
	if (h == 0 || h->count == 0) {
		hashMightPanic(t, key);
		return;
	}
	if (UNLIKELY(h->flags & HASH_WRITING))
		concurrentWrites();
	switch (h->keyclass) {
	case KEY_MEM64: delete(t, h, key, KEY_MEM64); break;
	case KEY_STR: delete(t, h, key, KEY_STR); break;
	case KEY_MEM32: delete(t, h, key, KEY_MEM32); break;
	case KEY_MEM: delete(t, h, key, KEY_MEM); break;
	default: delete(t, h, key, KEY_GENERIC); break;
	}
}

/* gc: mapclear.  for k := range m { delete(m, k) }, compiled as one call. */
void rt_mapclear(void *maptype, void *hmap)
{
	const GoMapType *t = maptype;
	Hmap *h = hmap;
	if (h == 0 || h->count == 0)
		return;
	if (h->flags & HASH_WRITING)
		concurrentWrites();
	h->flags ^= HASH_WRITING;
	h->flags &= ~SAME_SIZE_GROW;
	h->oldbuckets = 0;
	h->nevacuate = 0;
	h->noverflow = 0;
	h->count = 0;
	h->hash0 = rt_fastrand();
	if (h->extra != 0)
		*h->extra = (MapExtra){0};
	// Keep the bucket array (and any iterator's view of it): clear it.
	Bmap *next;
	makeBucketArray(t, h, h->B, h->buckets, &next);
	if (next != 0) {
		if (h->extra == 0)
			h->extra = rt_mallocgc(sizeof(MapExtra), (void *)&rt_type_conservative, 1);
		h->extra->nextOverflow = next;
	}
	if (!(h->flags & HASH_WRITING))
		concurrentWrites();
	h->flags &= ~HASH_WRITING;
}

/* ---- iteration ---- */

/* gc: mapiterinit.  Starts for k, v := range m, with it in the caller's
 * frame; it->key is NULL at once if the map is nil or empty. */
void rt_mapiterinit(void *maptype, void *hmap, void *iter)
{
	const GoMapType *t = maptype;
	Hmap *h = hmap;
	GoHiter *it = iter;
	*it = (GoHiter){0};
	it->t = t;
	if (h == 0 || h->count == 0)
		return;
	it->h = h;
	it->B = h->B;
	it->buckets = h->buckets;
	if (h->bucketnoptr) {
		// Keep the overflow buckets this iteration may visit alive, even if
		// the map grows twice meanwhile.
		createOverflow(h);
		it->overflow = h->extra->overflow;
		it->oldoverflow = h->extra->oldoverflow;
	}
	uintptr_t r = h->B > 31 - 3 ? (uintptr_t)rt_fastrand64() : rt_fastrand();
	it->startBucket = r & bucketMask(h->B);
	it->offset = (uint8_t)(r >> h->B & (BUCKET_CNT - 1));
	it->bucket = it->startBucket;
	h->flags |= ITERATOR | OLD_ITERATOR;
	rt_mapiternext(it);
}

/* gc: mapiternext.  Advances it to the next entry; it->key NULL at the end. */
void rt_mapiternext(void *iter)
{
	GoHiter *it = iter;
	Hmap *h = it->h;
	const GoMapType *t = it->t;
	if (h == 0) {
		it->key = it->elem = 0;
		return;
	}
	if (h->flags & HASH_WRITING)
		concurrentIterWrite();
	uintptr_t bucket = it->bucket;
	Bmap *b = it->bptr;
	uint8_t i = it->i;
	uintptr_t checkBucket = it->checkBucket;
next:
	if (b == 0) {
		if (bucket == it->startBucket && it->wrapped) {
			it->key = it->elem = 0;
			return;
		}
		if (growing(h) && it->B == h->B) {
			// The iteration started during this growth and the bucket is
			// not moved yet: walk the old bucket, keeping only the entries
			// that will move to this bucket.
			uintptr_t oldbucket = bucket & oldbucketmask(h);
			b = bucketAt(h->oldbuckets, oldbucket, h);
			if (!evacuated(b)) {
				checkBucket = bucket;
			} else {
				b = bucketAt(it->buckets, bucket, h);
				checkBucket = NO_CHECK;
			}
		} else {
			b = bucketAt(it->buckets, bucket, h);
			checkBucket = NO_CHECK;
		}
		bucket++;
		if (bucket == bucketShift(it->B)) {
			bucket = 0;
			it->wrapped = true;
		}
		i = 0;
	}
	for (; i < BUCKET_CNT; i++) {
		uint8_t offi = (i + it->offset) & (BUCKET_CNT - 1);
		uint8_t top = b->tophash[offi];
		if (isEmpty(top) || top == EVACUATED_EMPTY)
			continue;
		void *k = keyAt(b, offi, h);
		if (indirectkey(h))
			k = *(void **)k;
		void *e = elemAt(b, offi, h);
		if (checkBucket != NO_CHECK && !sameSizeGrow(h)) {
			// An old bucket of a doubling map: take only the entries
			// headed for checkBucket.
			if ((h->mflags & MT_REFLEXIVE_KEY) || keyeq(t, h, k, k)) {
				if ((hashkey(t, h, k) & bucketMask(it->B)) != checkBucket)
					continue;
			} else if (checkBucket >> (it->B - 1) != (uintptr_t)(top & 1)) {
				// NaN: its hash is random, so evacuate decides by the
				// low tophash bit; decide the same way.
				continue;
			}
		}
		if ((top != EVACUATED_X && top != EVACUATED_Y) || irreflexive(t, h, k)) {
			// The entry is here (NaNs are never moved out from under an
			// iterator's decision, and cannot be looked up anyway).
			it->key = k;
			if (indirectelem(h))
				e = *(void **)e;
			it->elem = e;
		} else {
			// Moved since the iteration started: the table has the current
			// element, or nothing if the key was deleted.
			void *rk;
			void *re = mapaccess(t, h, k, &rk);
			if (re == 0)
				continue;
			it->key = rk;
			it->elem = re;
		}
		it->bucket = bucket;
		it->bptr = b;
		it->i = i + 1;
		it->checkBucket = checkBucket;
		return;
	}
	b = overflow(b, h);
	i = 0;
	goto next;
}
