/* runtime/type.c — reading type descriptors: offsets, names, method tables
 * (gc: type.go's resolveNameOff/resolveTypeOff/textOff, name, uncommon).
 *
 * Descriptors have gc 1.19's layout (abi.h), so that reflect and
 * internal/reflectlite, compiled from Go's source, read them as gc's runtime
 * does.  What goc changes is the meaning of the 32-bit offsets: gc's are
 * relative to a module's types or text section; goc's are absolute
 * addresses (the binary is static, non-PIE and below 2 GiB), so resolving
 * one is a cast.  reflect.StructOf, FuncOf ... make descriptors in the heap
 * whose addresses do not fit: reflect registers them with addReflectOff,
 * which hands out negative offsets, indexes into reflectOffs.
 *
 * Invariants:
 *   - An offset is 0 (none), positive (an address in the binary's image), or
 *     negative (-(i+1) for entry i of reflectOffs).  reflectOffs only grows;
 *     its entries are GC roots (they point to heap descriptors).
 *   - Nothing here allocates except addReflectOff, so the crash path may
 *     print type strings (rt_typestring) and method names.
 */
#include "rt.h"

/* ---- offsets ---- */

static struct {
	Mutex lock;
	void **tab;     // rt_rootalloc'd; entries are GC roots
	int32_t n, cap;
} reflectOffs;

void *rt_resolveoff(int32_t off)
{
	if (off > 0)
		return (void *)(uintptr_t)(uint32_t)off;
	if (off == 0)
		return 0;
	int32_t i = -off - 1;
	return i < reflectOffs.n ? reflectOffs.tab[i] : 0;
}

/* The offset of p: its address, or a new reflectOffs entry for a pointer
 * outside the image (gc: reflect_addReflectOff). */
int32_t rt_addreflectoff(void *p)
{
	uintptr_t a = (uintptr_t)p;
	if (a != 0 && a < 0x7fffffff)
		return (int32_t)a;
	rt_lock(&reflectOffs.lock);
	for (int32_t i = 0; i < reflectOffs.n; i++) {
		if (reflectOffs.tab[i] == p) {
			rt_unlock(&reflectOffs.lock);
			return -(i + 1);
		}
	}
	if (reflectOffs.n == reflectOffs.cap) {
		int32_t ncap = reflectOffs.cap ? 2 * reflectOffs.cap : 64;
		void **nt = rt_rootalloc((uintptr_t)ncap * sizeof(void *));
		if (reflectOffs.n)
			memmove(nt, reflectOffs.tab, (size_t)reflectOffs.n * sizeof(void *));
		reflectOffs.tab = nt; // the old table stays a root: it is never freed
		reflectOffs.cap = ncap;
	}
	reflectOffs.tab[reflectOffs.n] = p;
	int32_t off = -(++reflectOffs.n);
	rt_unlock(&reflectOffs.lock);
	return off;
}

/* ---- names ---- */

/* The varint at n+off: its value and the bytes it takes. */
static int64_t readvarint(GoName n, int64_t off, int64_t *width)
{
	int64_t v = 0;
	for (int i = 0;; i++) {
		uint8_t x = n[off + i];
		v += (int64_t)(x & 0x7f) << (7 * i);
		if (!(x & 0x80)) {
			*width = i + 1;
			return v;
		}
	}
}

GoString rt_name_name(GoName n)
{
	if (n == 0)
		return (GoString){0, 0};
	int64_t w, l = readvarint(n, 1, &w);
	return (GoString){n + 1 + w, l};
}

GoString rt_name_tag(GoName n)
{
	if (n == 0 || !(n[0] & NAME_TAG))
		return (GoString){0, 0};
	int64_t w, l = readvarint(n, 1, &w);
	int64_t off = 1 + w + l, w2, tl = readvarint(n, off, &w2);
	return (GoString){n + off + w2, tl};
}

/* The package path a name carries (unexported names of another package
 * than their type's), or "". */
GoString rt_name_pkgpath(GoName n)
{
	if (n == 0 || !(n[0] & NAME_PKGPATH))
		return (GoString){0, 0};
	int64_t w, l = readvarint(n, 1, &w);
	int64_t off = 1 + w + l;
	if (n[0] & NAME_TAG) {
		int64_t w2, tl = readvarint(n, off, &w2);
		off += w2 + tl;
	}
	int32_t po;
	memmove(&po, n + off, 4);
	return rt_name_name(rt_resolveoff(po));
}

/* gc: _type.string(). */
GoString rt_typestring(const GoType *t)
{
	GoString s = rt_name_name(rt_resolveoff(t->str));
	if (s.ptr == 0)
		return GOSTR("<unnamed type>");
	if (t->tflag & TFLAG_EXTRA_STAR)
		return (GoString){s.ptr + 1, s.len - 1};
	return s;
}

/* ---- kind-specific parts ---- */

/* gc: _type.uncommon.  The GoUncommon after t's kind-specific struct, or NULL. */
const GoUncommon *rt_uncommon(const GoType *t)
{
	if (!(t->tflag & TFLAG_UNCOMMON))
		return 0;
	size_t sz;
	switch (t->kind & KIND_MASK) {
	case KIND_PTR: sz = sizeof(GoPtrType); break;
	case KIND_SLICE: sz = sizeof(GoSliceType); break;
	case KIND_ARRAY: sz = sizeof(GoArrayType); break;
	case KIND_CHAN: sz = sizeof(GoChanType); break;
	case KIND_MAP: sz = sizeof(GoMapType); break;
	case KIND_FUNC: sz = sizeof(GoFuncType); break;
	case KIND_INTERFACE: sz = sizeof(GoInterfaceType); break;
	case KIND_STRUCT: sz = sizeof(GoStructType); break;
	default: sz = sizeof(GoType); break;
	}
	return (const GoUncommon *)((const uint8_t *)t + sz);
}

const GoMethod *rt_methods(const GoUncommon *u)
{
	return (const GoMethod *)((const uint8_t *)u + u->moff);
}

/* The package path of t's uncommon part, or "". */
GoString rt_typepkgpath(const GoType *t)
{
	const GoUncommon *u = rt_uncommon(t);
	return u ? rt_name_name(rt_resolveoff(u->pkgpath)) : (GoString){0, 0};
}

/* A func type's in and out parameter types (gc: functype.in/out). */
const GoType *const *rt_funcparams(const GoFuncType *ft)
{
	size_t off = sizeof(GoFuncType);
	if (ft->typ.tflag & TFLAG_UNCOMMON)
		off += sizeof(GoUncommon);
	return (const GoType *const *)((const uint8_t *)ft + off);
}

/* ---- reflect's hooks into the runtime for descriptors ---- */

void *rt_reflect_resolveNameOff(void *ptrInModule, int32_t off) __asm__("reflect.resolveNameOff");
void *rt_reflect_resolveTypeOff(void *rtype, int32_t off) __asm__("reflect.resolveTypeOff");
void *rt_reflect_resolveTextOff(void *rtype, int32_t off) __asm__("reflect.resolveTextOff");
int32_t rt_reflect_addReflectOff(void *p) __asm__("reflect.addReflectOff");
void *rt_reflectlite_resolveNameOff(void *ptrInModule, int32_t off) __asm__("\"internal/reflectlite.resolveNameOff\"");
void *rt_reflectlite_resolveTypeOff(void *rtype, int32_t off) __asm__("\"internal/reflectlite.resolveTypeOff\"");

void *rt_reflect_resolveNameOff(void *ptrInModule, int32_t off) { (void)ptrInModule; return rt_resolveoff(off); }
void *rt_reflect_resolveTypeOff(void *rtype, int32_t off) { (void)rtype; return rt_resolveoff(off); }
void *rt_reflect_resolveTextOff(void *rtype, int32_t off) { (void)rtype; return rt_resolveoff(off); }
int32_t rt_reflect_addReflectOff(void *p) { return rt_addreflectoff(p); }
void *rt_reflectlite_resolveNameOff(void *ptrInModule, int32_t off) { (void)ptrInModule; return rt_resolveoff(off); }
void *rt_reflectlite_resolveTypeOff(void *rtype, int32_t off) { (void)rtype; return rt_resolveoff(off); }
