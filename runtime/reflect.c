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
 * Not yet: Value.Call, MakeFunc, Method values called through reflect and
 * Select (reflect.call, makeFuncStub, methodValueCall, rselect), which need
 * gc's register-ABI frames; they throw with a message saying so.
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
 * (PtrTo, SliceOf, MapOf ...).  goc keeps no list yet: reflect then makes
 * the type itself, which is correct except that it is not the same
 * *rtype as the compiler's descriptor of that type would be. */
typedef struct { GoSlice sections, offsets; } Typelinks;
void rt_reflect_typelinks(Typelinks *out) REFLECT(typelinks);
void rt_reflect_typelinks(Typelinks *out) { *out = (Typelinks){{0, 0, 0}, {0, 0, 0}}; }

/* ---- what needs gc's register-ABI frames ---- */

#define UNSUPPORTED(what) THROW(what " is not supported by goc yet")

void rt_reflect_call(void) REFLECT(call);
void rt_reflect_makeFuncStub(void) REFLECT(makeFuncStub);
void rt_reflect_methodValueCall(void) REFLECT(methodValueCall);
GoPair rt_reflect_rselect(void *p, int64_t n, int64_t c) REFLECT(rselect);
void rt_reflect_call(void) { UNSUPPORTED("reflect.Value.Call"); }
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
