/* runtime/iface.c — itabs and type assertions to non-empty interfaces
 * (gc: iface.go).
 *
 * A non-empty interface value is (itab, data).  The itab for (interface I,
 * concrete type T) lists T's code for each of I's methods, in I's order.
 * The back end emits the itabs it can see statically; the runtime builds the
 * others when a value is converted or asserted to an interface, by merging
 * I's method list with T's method table (GoUncommon), and caches every
 * answer — positive or negative — in one table keyed by (I, T).
 *
 * Invariants:
 *   - Method identity is gc's: the same name and the same func type, which
 *     for goc means the same descriptor address (descriptors are unique per
 *     type, abi.h), and for an unexported name the same package (the name's
 *     own package path, else the interface's or the type's).  Both lists are sorted by name, so one forward pass over
 *     T's methods matches all of I's; a miss rescans the start, so a
 *     different sort order on either side costs time, not correctness.
 *   - A cached itab never changes after it is published in the table, and
 *     fun[0] == 0 marks "T does not implement I".  The table only grows:
 *     it is kept at most 3/4 full and doubled (and rehashed) past that.
 *   - One itab per (I, T) in a program, so that compiled code may compare
 *     itab words by address (gc's eqinterface does): rt_itabsinit puts the
 *     back end's static itabs, listed in section go_itablinks, into the
 *     table before any user code runs, and getitab then returns them.  A
 *     static itab missing from go_itablinks would be duplicated by getitab;
 *     rt_typeequal compares tab->type so that map keys stay correct even then.
 *   - Writers hold itabLock; readers take no lock (as gc's).
 */
#include "rt.h"

/* ---- method tables ---- */

static bool streq(GoString a, GoString b)
{
	return a.len == b.len && (a.ptr == b.ptr || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

/* Method types are identical when their descriptors are the same, or (for
 * the runtime's own descriptors, error.c) when their type strings are. */
static bool sametype(const GoType *a, const GoType *b)
{
	return a == b || (a != 0 && b != 0 && streq(rt_typestring(a), rt_typestring(b)));
}

/* The method of t named name, in t's method set; NULL if none. */
const GoMethod *rt_findmethod(const GoType *t, GoString name)
{
	const GoUncommon *u = rt_uncommon(t);
	if (u == 0)
		return 0;
	const GoMethod *ms = rt_methods(u);
	for (uint16_t i = 0; i < u->mcount; i++) {
		if (streq(rt_name_name(rt_nameoff(ms[i].name)), name))
			return &ms[i];
	}
	return 0;
}

/* Whether t's method tm is inter's method im (gc: itab.init): the same
 * name and type, and for unexported names the same package. */
static bool samemethod(const GoInterfaceType *inter, const GoIMethod *im, const GoType *t, const GoMethod *tm)
{
	GoName tname = rt_nameoff(tm->name), iname = rt_nameoff(im->name);
	if (!streq(rt_name_name(tname), rt_name_name(iname)) || !sametype(rt_typeoff(tm->mtyp), rt_typeoff(im->ityp)))
		return false;
	if (tname[0] & NAME_EXPORTED)
		return true;
	GoString ipkg = rt_name_pkgpath(iname), tpkg = rt_name_pkgpath(tname);
	if (ipkg.len == 0)
		ipkg = rt_name_name(inter->pkgpath);
	if (tpkg.len == 0)
		tpkg = rt_typepkgpath(t);
	return streq(ipkg, tpkg);
}

/* Fill m->fun for m->inter and m->type (gc: itab.init).  Returns "" if the
 * type has every method, else the name of the first missing one, and then
 * m->fun[0] is 0. */
static GoString itabinit(GoItab *m)
{
	const GoInterfaceType *inter = m->inter;
	const GoUncommon *x = rt_uncommon(m->type);
	const GoMethod *xm = x != 0 ? rt_methods(x) : 0;
	int64_t ni = inter->nmethods;
	int64_t nt = x != 0 ? x->mcount : 0;
	void *fun0 = 0;
	int64_t j = 0;
	for (int64_t k = 0; k < ni; k++) {
		const GoIMethod *im = &inter->methods[k];
		int64_t j0 = j;
		for (; j < nt; j++) {
			if (samemethod(inter, im, m->type, &xm[j]))
				break;
		}
		if (j == nt) {
			// Not after the last match: look before it too, in case the
			// two lists were sorted differently.
			for (j = 0; j < j0; j++) {
				if (samemethod(inter, im, m->type, &xm[j]))
					break;
			}
			if (j == j0) {
				m->fun[0] = 0;
				return rt_name_name(rt_nameoff(im->name));
			}
		}
		// fun[0] last: a reader that sees it non-zero sees a complete itab.
		void *fn = rt_resolveoff(xm[j].ifn);
		if (k == 0)
			fun0 = fn;
		else
			m->fun[k] = fn;
		j++;
	}
	m->fun[0] = fun0;
	return (GoString){0, 0};
}

/* ---- the itab cache (gc: itabTable) ---- */

typedef struct ItabTable {
	uintptr_t size;     // a power of two
	uintptr_t count;    // entries in use
	GoItab *entries[];  // open addressing, quadratic probing; NULL = free
} ItabTable;

/* Readers look without a lock (gc does the same): a table is never changed
 * except by adding entries, each published with a release store after the
 * itab is complete, and a grown table replaces the old one with a release
 * store, the old one staying valid.  Writers hold itabLock. */
static ItabTable *itabTable;
static Mutex itabLock;

static uintptr_t itabhash(const GoInterfaceType *inter, const GoType *t)
{
	// The type hashes are fnv-1a of the type strings; mix in the addresses
	// so that equal strings from different scopes still spread.
	uint64_t h = (uint64_t)inter->typ.hash ^ ((uint64_t)t->hash << 17) ^ (uint64_t)(uintptr_t)t;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ull;
	return (uintptr_t)(h ^ (h >> 32));
}

static GoItab *itabfind(const ItabTable *tab, const GoInterfaceType *inter, const GoType *t)
{
	if (tab == 0)
		return 0;
	uintptr_t mask = tab->size - 1;
	uintptr_t h = itabhash(inter, t) & mask;
	for (uintptr_t i = 1;; i++) {
		GoItab *m = __atomic_load_n(&tab->entries[h], __ATOMIC_ACQUIRE);
		if (m == 0)
			return 0;
		if (m->inter == inter && m->type == t)
			return m;
		h = (h + i) & mask;
	}
}

static void itabinsert(ItabTable *tab, GoItab *m)
{
	uintptr_t mask = tab->size - 1;
	uintptr_t h = itabhash(m->inter, m->type) & mask;
	for (uintptr_t i = 1; tab->entries[h] != 0; i++)
		h = (h + i) & mask;
	__atomic_store_n(&tab->entries[h], m, __ATOMIC_RELEASE);
	tab->count++;
}

static ItabTable *newtable(uintptr_t size)
{
	ItabTable *tab = rt_persistentalloc(sizeof(ItabTable) + size * sizeof(GoItab *));
	tab->size = size;
	return tab;
}

/* gc: itabAdd. */
static void itabadd(GoItab *m)
{
	if (itabTable == 0)
		itabTable = newtable(512);
	if (itabTable->count >= 3 * (itabTable->size / 4)) {
		ItabTable *t2 = newtable(itabTable->size * 2);
		for (uintptr_t i = 0; i < itabTable->size; i++) {
			if (itabTable->entries[i] != 0)
				itabinsert(t2, itabTable->entries[i]);
		}
		__atomic_store_n(&itabTable, t2, __ATOMIC_RELEASE);  // the old table becomes garbage
	}
	itabinsert(itabTable, m);
}

/* The back end's static itabs: one pointer per itab in section
 * go_itablinks (weak: the section may be absent). */
extern const GoItab *const __start_go_itablinks[] __attribute__((weak));
extern const GoItab *const __stop_go_itablinks[] __attribute__((weak));

/* gc: itabsinit.  Called by schedinit after mallocinit. */
void rt_itabsinit(void)
{
	const GoItab *const *p = __start_go_itablinks, *const *end = __stop_go_itablinks;
	if (p == 0 || end == 0)
		return;
	for (; p < end; p++) {
		GoItab *m = (GoItab *)*p;
		if (itabfind(itabTable, m->inter, m->type) == 0)
			itabadd(m);
	}
}

/* panic(&TypeAssertionError{nil, concrete, asserted, missing}). */
NORETURN NOINLINE static void panicmissing(const GoType *concrete, const GoType *asserted, GoString missing)
{
	GoString msg = rt_typeAssertionError_string(0, concrete, asserted, missing);
	rt_panic_typeassert(msg);
}

/* gc: getitab.  The itab for (inter, t); if t lacks a method, NULL when
 * canfail, else a TypeAssertionError panic naming the first missing method. */
const GoItab *rt_getitab(const GoInterfaceType *inter, const GoType *t, bool canfail)
{
	if (inter->nmethods == 0)
		THROW("internal error - misuse of itab");
	if (!(t->tflag & TFLAG_UNCOMMON)) {
		// No methods at all.
		if (canfail)
			return 0;
		panicmissing(t, &inter->typ, rt_name_name(rt_nameoff(inter->methods[0].name)));
	}
	GoItab *m = itabfind(__atomic_load_n(&itabTable, __ATOMIC_ACQUIRE), inter, t);
	if (m == 0) {
		rt_lock(&itabLock);
		m = itabfind(itabTable, inter, t);
		if (m == 0) {
			m = rt_persistentalloc(sizeof(GoItab) + (size_t)inter->nmethods * sizeof(void *));
			m->inter = inter;
			m->type = t;
			m->hash = t->hash;
			itabinit(m);
			itabadd(m);
		}
		rt_unlock(&itabLock);
	}
	if (m->fun[0] != 0)
		return m;
	if (canfail)
		return 0;
	// Rebuild only to learn the missing method's name (the cached itab
	// keeps no name, as in gc).
	GoItab *tmp = rt_persistentalloc(sizeof(GoItab) + (size_t)inter->nmethods * sizeof(void *));
	tmp->inter = inter;
	tmp->type = t;
	panicmissing(t, &inter->typ, itabinit(tmp));
}

/* ---- entry points ---- */

/* gc: assertE2I.  x.(I) where x's dynamic type is t (NULL: x is nil). */
void *rt_assertE2I(void *inter, void *type)
{
	const GoInterfaceType *it = inter;
	if (type == 0) {
		// "interface conversion: interface is nil, not main.I"
		GoString msg = rt_typeAssertionError_string(0, 0, &it->typ, (GoString){0, 0});
		rt_panic_typeassert(msg);
	}
	return (void *)rt_getitab(it, type, false);
}

/* gc: assertE2I2.  The itab, or NULL if t is NULL or lacks a method. */
void *rt_assertE2I2(void *inter, void *type)
{
	if (type == 0)
		return 0;
	return (void *)rt_getitab(inter, type, true);
}

/* gc: convI2I.  Converts an itab for some interface to one for inter; the
 * compiler only calls it when the conversion cannot fail. */
void *rt_convI2I(void *inter, void *tab)
{
	const GoItab *src = tab;
	if (src == 0)
		return 0;
	if (src->inter == inter)
		return tab;
	return (void *)rt_getitab(inter, src->type, false);
}
