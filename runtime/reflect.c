/* runtime/reflect.c — the runtime's side of packages reflect and
 * internal/reflectlite (gc: the reflect_* functions linknamed from malloc.go,
 * map.go, chan.go, mbarrier.go, iface.go, alg.go, runtime1.go).
 *
 * reflect and internal/reflectlite are compiled from Go's own source; they
 * read goc's type descriptors directly (abi.h has gc's layout) and declare
 * these functions without bodies.  Each is a thin adapter from reflect's
 * signature to the runtime function compiled code uses, so a value handled
 * through reflect behaves exactly as one handled by compiled code (same
 * hashing, barriers, panics).  The offset resolvers are in type.c.
 *
 * Calling convention: goc's (DEVELOPERS.md): a string argument arrives as
 * (ptr, len), a slice as (ptr, len, cap), a bool in the low byte of a
 * register (read it as `& 1`), two results return as a GoPair.
 *
 * Calls (Value.Call, Method(i).Call) go through per-signature thunks the
 * back end generates (see reflect.call below).  Not yet: MakeFunc, method
 * values used as funcs, and Select (makeFuncStub, methodValueCall,
 * rselect); they throw with a message saying so.
 *
 * Invariants: every pointer stored into memory that may be in the heap goes
 * through the write barrier (rt_wbptr / rt_typedmemmove).
 */
#include "rt.h"

#define REFLECT(name) __asm__("reflect." #name)
#define REFLECTLITE(name) __asm__("\"internal/reflectlite." #name "\"")

/* ---- allocation and copying ---- */

void *rt_reflect_unsafe_New(void *t) REFLECT(unsafe_New);
void *rt_reflect_unsafe_NewArray(void *t, int64_t n) REFLECT(unsafe_NewArray);
void *rt_reflectlite_unsafe_New(void *t) REFLECTLITE(unsafe_New);
void rt_reflect_typedmemmove(void *t, void *dst, void *src) REFLECT(typedmemmove);
void rt_reflectlite_typedmemmove(void *t, void *dst, void *src) REFLECTLITE(typedmemmove);
void rt_reflect_typedmemmovepartial(void *t, void *dst, void *src, uintptr_t off, uintptr_t size)
	REFLECT(typedmemmovepartial);
void rt_reflect_typedmemclr(void *t, void *p) REFLECT(typedmemclr);
void rt_reflect_typedmemclrpartial(void *t, void *p, uintptr_t off, uintptr_t size) REFLECT(typedmemclrpartial);
int64_t rt_reflect_typedslicecopy(void *elem, void *dp, int64_t dl, int64_t dc, void *sp, int64_t sl, int64_t sc)
	REFLECT(typedslicecopy);
void rt_reflect_memmove(void *dst, void *src, uintptr_t n) REFLECT(memmove);
uintptr_t rt_reflect_typehash(void *t, void *p, uintptr_t h) REFLECT(typehash);
uint8_t rt_reflect_verifyNotInHeapPtr(uintptr_t p) REFLECT(verifyNotInHeapPtr);

void *rt_reflect_unsafe_New(void *t) { return rt_newobject(t); }
void *rt_reflectlite_unsafe_New(void *t) { return rt_newobject(t); }
void *rt_reflect_unsafe_NewArray(void *t, int64_t n) { return rt_makeslice(t, n, n); }
void rt_reflect_typedmemmove(void *t, void *dst, void *src) { rt_typedmemmove(t, dst, src); }
void rt_reflectlite_typedmemmove(void *t, void *dst, void *src) { rt_typedmemmove(t, dst, src); }

void rt_reflect_typedmemmovepartial(void *t, void *dst, void *src, uintptr_t off, uintptr_t size)
{
	const GoType *tt = t;
	if (tt->ptrdata > off)
		rt_wbshaderange(&rt_type_conservative, (uint8_t *)src + off, size / 8);
	memmove((uint8_t *)dst + off, (uint8_t *)src + off, size);
}

void rt_reflect_typedmemclr(void *t, void *p) { memset(p, 0, ((const GoType *)t)->size); }
void rt_reflect_typedmemclrpartial(void *t, void *p, uintptr_t off, uintptr_t size)
{
	(void)t;
	memset((uint8_t *)p + off, 0, size);
}

int64_t rt_reflect_typedslicecopy(void *elem, void *dp, int64_t dl, int64_t dc, void *sp, int64_t sl, int64_t sc)
{
	(void)dc, (void)sc;
	int64_t n = dl < sl ? dl : sl;
	if (n > 0 && dp != sp)
		rt_wbmemmove(elem, dp, sp, n * (int64_t)((const GoType *)elem)->size);
	return n;
}

void rt_reflect_memmove(void *dst, void *src, uintptr_t n) { memmove(dst, src, n); }
uintptr_t rt_reflect_typehash(void *t, void *p, uintptr_t h) { return rt_typehash(t, p, h); }

/* Whether p may be stored in a pointer-shaped, not-in-heap type: not if it
 * points into the Go heap (gc: reflect_verifyNotInHeapPtr). */
uint8_t rt_reflect_verifyNotInHeapPtr(uintptr_t p) { return rt_spanOf(p) == 0; }

/* ---- interfaces ---- */

void rt_reflect_ifaceE2I(void *inter, const GoType *st, void *sd, GoIface *dst) REFLECT(ifaceE2I);
void rt_reflectlite_ifaceE2I(void *inter, const GoType *st, void *sd, GoIface *dst) REFLECTLITE(ifaceE2I);

void rt_reflect_ifaceE2I(void *inter, const GoType *st, void *sd, GoIface *dst)
{
	const GoItab *tab = rt_assertE2I(inter, (void *)st);
	rt_wbptr(sd);
	dst->tab = tab;
	dst->data = sd;
}
void rt_reflectlite_ifaceE2I(void *inter, const GoType *st, void *sd, GoIface *dst)
{
	rt_reflect_ifaceE2I(inter, st, sd, dst);
}

/* ---- maps ---- */

int64_t rt_reflect_maplen(void *h) REFLECT(maplen);
int64_t rt_reflectlite_maplen(void *h) REFLECTLITE(maplen);
void *rt_reflect_makemap(void *t, int64_t cap) REFLECT(makemap);
void *rt_reflect_mapaccess(void *t, void *h, void *key) REFLECT(mapaccess);
void *rt_reflect_mapaccess_faststr(void *t, void *h, const uint8_t *kp, int64_t kl) REFLECT(mapaccess_faststr);
void rt_reflect_mapassign(void *t, void *h, void *key, void *val) REFLECT(mapassign);
void rt_reflect_mapassign_faststr(void *t, void *h, const uint8_t *kp, int64_t kl, void *val) REFLECT(mapassign_faststr);
void rt_reflect_mapdelete(void *t, void *h, void *key) REFLECT(mapdelete);
void rt_reflect_mapdelete_faststr(void *t, void *h, const uint8_t *kp, int64_t kl) REFLECT(mapdelete_faststr);
void rt_reflect_mapiterinit(void *t, void *h, GoHiter *it) REFLECT(mapiterinit);
void rt_reflect_mapiternext(GoHiter *it) REFLECT(mapiternext);
void *rt_reflect_mapiterkey(GoHiter *it) REFLECT(mapiterkey);
void *rt_reflect_mapiterelem(GoHiter *it) REFLECT(mapiterelem);

int64_t rt_reflect_maplen(void *h) { return h ? *(const int64_t *)h : 0; }
int64_t rt_reflectlite_maplen(void *h) { return rt_reflect_maplen(h); }
void *rt_reflect_makemap(void *t, int64_t cap) { return rt_makemap(t, cap); }

void *rt_reflect_mapaccess(void *t, void *h, void *key)
{
	GoPair r = rt_mapaccess2(t, h, key);
	return r.r1 ? (void *)r.r0 : 0;
}
void *rt_reflect_mapaccess_faststr(void *t, void *h, const uint8_t *kp, int64_t kl)
{
	GoString k = {kp, kl};
	return rt_reflect_mapaccess(t, h, &k);
}

void rt_reflect_mapassign(void *t, void *h, void *key, void *val)
{
	void *p = rt_mapassign(t, h, key);
	rt_typedmemmove((void *)((const GoMapType *)t)->elem, p, val);
}
void rt_reflect_mapassign_faststr(void *t, void *h, const uint8_t *kp, int64_t kl, void *val)
{
	GoString k = {kp, kl};
	rt_reflect_mapassign(t, h, &k, val);
}

void rt_reflect_mapdelete(void *t, void *h, void *key) { rt_mapdelete(t, h, key); }
void rt_reflect_mapdelete_faststr(void *t, void *h, const uint8_t *kp, int64_t kl)
{
	GoString k = {kp, kl};
	rt_mapdelete(t, h, &k);
}

void rt_reflect_mapiterinit(void *t, void *h, GoHiter *it) { rt_mapiterinit(t, h, it); }
void rt_reflect_mapiternext(GoHiter *it) { rt_mapiternext(it); }
void *rt_reflect_mapiterkey(GoHiter *it) { return it->key; }
void *rt_reflect_mapiterelem(GoHiter *it) { return it->elem; }

/* ---- channels ---- */

int64_t rt_reflect_chanlen(GoHchan *c) REFLECT(chanlen);
int64_t rt_reflectlite_chanlen(GoHchan *c) REFLECTLITE(chanlen);
int64_t rt_reflect_chancap(GoHchan *c) REFLECT(chancap);
void rt_reflect_chanclose(void *c) REFLECT(chanclose);
void *rt_reflect_makechan(void *t, int64_t size) REFLECT(makechan);
uint8_t rt_reflect_chansend(void *c, void *val, uint64_t nb) REFLECT(chansend);
GoPair rt_reflect_chanrecv(void *c, uint64_t nb, void *val) REFLECT(chanrecv);

int64_t rt_reflect_chanlen(GoHchan *c) { return c ? (int64_t)__atomic_load_n(&c->qcount, __ATOMIC_RELAXED) : 0; }
int64_t rt_reflectlite_chanlen(GoHchan *c) { return rt_reflect_chanlen(c); }
int64_t rt_reflect_chancap(GoHchan *c) { return c ? (int64_t)c->dataqsiz : 0; }
void rt_reflect_chanclose(void *c) { rt_closechan(c); }
void *rt_reflect_makechan(void *t, int64_t size) { return rt_makechan(t, size); }
uint8_t rt_reflect_chansend(void *c, void *val, uint64_t nb) { return rt_chan_chansend(c, val, !(nb & 1)); }
GoPair rt_reflect_chanrecv(void *c, uint64_t nb, void *val) { return rt_chan_chanrecv(c, val, !(nb & 1)); }

/* ---- the type list (gc: typelinks) ----
 * reflect searches it for an existing descriptor before making a new one
 * (PtrTo, SliceOf, ArrayOf, MapOf, FuncOf ...), so that the type it returns
 * is the compiler's: a value made through reflect converts to the static
 * type.  The back end puts a pointer to every unnamed composite type's
 * descriptor in section go_typelinks (backend/amd64/rtype.c; duplicates
 * across packages point at the one descriptor the linker kept).  gc hands
 * reflect one int32 offset per type, from its section's base, sorted by
 * the type's string; goc's descriptors are below 2 GiB (abi.h GoNameOff),
 * so the one section's base is 0 and the offsets are the addresses.
 * Built at the first call: sorted, duplicates dropped. */
typedef struct { GoSlice sections, offsets; } Typelinks;
void rt_reflect_typelinks(Typelinks *out) REFLECT(typelinks);

extern const GoType *const __start_go_typelinks[] __attribute__((weak));
extern const GoType *const __stop_go_typelinks[] __attribute__((weak));

static struct {
	Mutex lock;
	bool built;
	void *section[1];  // the base: 0
	GoSlice offsets[1];
} typelinks;

static int typecmp(const GoType *a, const GoType *b)
{
	GoString x = rt_typestring(a), y = rt_typestring(b);
	int64_t n = x.len < y.len ? x.len : y.len;
	int c = memcmp(x.ptr, y.ptr, (size_t)n);
	if (c)
		return c;
	return x.len < y.len ? -1 : x.len > y.len ? 1 : (a < b ? -1 : a > b);
}

/* the heap v[0:n) with v[r] out of place: move it down to where it belongs */
static void siftdown(const GoType **v, uintptr_t r, uintptr_t n)
{
	for (uintptr_t c; (c = 2 * r + 1) < n; r = c) {
		if (c + 1 < n && typecmp(v[c], v[c + 1]) < 0)
			c++;
		if (typecmp(v[r], v[c]) >= 0)
			return;
		const GoType *t = v[r];
		v[r] = v[c];
		v[c] = t;
	}
}

void rt_reflect_typelinks(Typelinks *out)
{
	rt_lock(&typelinks.lock);
	if (!typelinks.built) {
		uintptr_t n = (uintptr_t)(__stop_go_typelinks - __start_go_typelinks);
		const GoType **v = rt_persistentalloc((n + 1) * sizeof *v);
		for (uintptr_t i = 0; i < n; i++)
			v[i] = __start_go_typelinks[i];
		/* a heap sort: no recursion, no allocation */
		for (uintptr_t k = n / 2; k-- > 0;)
			siftdown(v, k, n);
		for (uintptr_t end = n; end > 1; end--) {
			const GoType *t = v[0];
			v[0] = v[end - 1];
			v[end - 1] = t;
			siftdown(v, 0, end - 1);
		}
		int32_t *offs = rt_persistentalloc((n + 1) * sizeof *offs);
		uintptr_t m = 0;
		for (uintptr_t i = 0; i < n; i++)
			if (m == 0 || (uintptr_t)v[i] != (uintptr_t)offs[m - 1])
				offs[m++] = (int32_t)(uintptr_t)v[i];
		typelinks.section[0] = 0;
		typelinks.offsets[0] = (GoSlice){offs, (int64_t)m, (int64_t)m};
		typelinks.built = true;
	}
	rt_unlock(&typelinks.lock);
	*out = (Typelinks){{typelinks.section, 1, 1}, {typelinks.offsets, 1, 1}};
}

/* ---- calls (gc: reflectcall) ----
 * reflect lays the arguments out in memory (goc's internal/abi has no
 * argument registers) in a frame whose type is named "funcargs(T)" or
 * "methodargs(R)(T)"; the back end gave every func type T thunks that move
 * such a frame through goc's calling convention (backend/amd64/rtype.c),
 * listed in section go_rcalls.  Found by T's string through a hash table
 * built at the first call. */

typedef struct RCallEntry {
	const GoType *ft;
	void (*call)(void *fn, void *frame);   // fn is a func value
	void (*mcall)(void *fn, void *frame);  // *fn is a method's code; the receiver is frame[0]
} RCallEntry;

extern const RCallEntry __start_go_rcalls[] __attribute__((weak));
extern const RCallEntry __stop_go_rcalls[] __attribute__((weak));

static struct {
	Mutex lock;
	const RCallEntry **tab;  // open addressing by the type string's hash; size a power of two
	uintptr_t size;
	bool built;
} rcalls;

static uintptr_t strhash(GoString s)
{
	uint64_t h = 1469598103934665603ull;
	for (int64_t i = 0; i < s.len; i++)
		h = (h ^ s.ptr[i]) * 1099511628211ull;
	return (uintptr_t)h;
}

static bool streq(GoString a, GoString b) { return a.len == b.len && memcmp(a.ptr, b.ptr, (size_t)a.len) == 0; }

static const RCallEntry *findrcall(GoString ts)
{
	rt_lock(&rcalls.lock);
	if (!rcalls.built) {
		uintptr_t n = (uintptr_t)(__stop_go_rcalls - __start_go_rcalls);
		uintptr_t size = 64;
		while (size < 2 * n)
			size *= 2;
		rcalls.tab = rt_persistentalloc(size * sizeof(RCallEntry *));
		rcalls.size = size;
		for (uintptr_t i = 0; i < n; i++) {
			const RCallEntry *e = &__start_go_rcalls[i];
			uintptr_t h = strhash(rt_typestring(e->ft)) & (size - 1);
			while (rcalls.tab[h] != 0)
				h = (h + 1) & (size - 1);
			rcalls.tab[h] = e;
		}
		rcalls.built = true;
	}
	rt_unlock(&rcalls.lock);
	if (rcalls.size == 0)
		return 0;
	for (uintptr_t h = strhash(ts) & (rcalls.size - 1);; h = (h + 1) & (rcalls.size - 1)) {
		const RCallEntry *e = rcalls.tab[h];
		if (e == 0)
			return 0;
		if (streq(rt_typestring(e->ft), ts))
			return e;
	}
}

void rt_reflect_call(const GoType *frametype, void *fn, void *stackArgs, uint32_t stackArgsSize, uint32_t stackRetOffset,
                     uint32_t frameSize, void *regArgs) REFLECT(call);
void rt_reflect_call(const GoType *frametype, void *fn, void *stackArgs, uint32_t stackArgsSize, uint32_t stackRetOffset,
                     uint32_t frameSize, void *regArgs)
{
	(void)stackArgsSize, (void)stackRetOffset, (void)frameSize, (void)regArgs;
	GoString name = rt_typestring(frametype), ts;
	bool method;
	static const char fa[] = "funcargs(", ma[] = "methodargs(";
	if (name.len > 10 && memcmp(name.ptr, fa, 9) == 0) {
		method = false;
		ts = (GoString){name.ptr + 9, name.len - 10};
	} else if (name.len > 12 && memcmp(name.ptr, ma, 11) == 0) {
		// methodargs(R)(T): T follows the first ")(" after R
		int64_t i = 11;
		while (i + 1 < name.len && !(name.ptr[i] == ')' && name.ptr[i + 1] == '('))
			i++;
		method = true;
		ts = (GoString){name.ptr + i + 2, name.len - i - 3};
	} else {
		THROW("reflect.call: unexpected frame type");
	}
	const RCallEntry *e = findrcall(ts);
	if (e == 0) {
		rt_print("reflect.call: no call thunk for ", ts, "\n");
		THROW("reflect.call: unknown function type");
	}
	(method ? e->mcall : e->call)(fn, stackArgs);
}

/* MakeFunc and method values called as funcs need the reverse: goc's
 * convention into reflect's frame. */
#define UNSUPPORTED(what) THROW(what " is not supported by goc yet")

void rt_reflect_makeFuncStub(void) REFLECT(makeFuncStub);
void rt_reflect_methodValueCall(void) REFLECT(methodValueCall);
GoPair rt_reflect_rselect(void *p, int64_t n, int64_t c) REFLECT(rselect);
void rt_reflect_makeFuncStub(void) { UNSUPPORTED("reflect.MakeFunc"); }
void rt_reflect_methodValueCall(void) { UNSUPPORTED("calling a method value made by reflect"); }
GoPair rt_reflect_rselect(void *p, int64_t n, int64_t c)
{
	(void)p, (void)n, (void)c;
	UNSUPPORTED("reflect.Select");
}

/* ---- internal/abi (gc: compiler intrinsics) ----
 * FuncPCABI0(f) and FuncPCABIInternal(f): the code address of the func
 * value f.  goc has one calling convention, so both give the code word of
 * f's closure object (for a declared function, its ·f object's wrapper). */
uintptr_t rt_abi_FuncPCABI0(const GoType *t, void *f) __asm__("\"internal/abi.FuncPCABI0\"");
uintptr_t rt_abi_FuncPCABIInternal(const GoType *t, void *f) __asm__("\"internal/abi.FuncPCABIInternal\"");
uintptr_t rt_abi_FuncPCABI0(const GoType *t, void *f)
{
	(void)t;
	return f ? *(const uintptr_t *)f : 0;
}
uintptr_t rt_abi_FuncPCABIInternal(const GoType *t, void *f) { return rt_abi_FuncPCABI0(t, f); }
