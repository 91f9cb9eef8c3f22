/* runtime/mfinal.c — finalizers: runtime.SetFinalizer and the goroutine that
 * runs them (gc: mfinal.go).
 *
 * A finalizer is recorded in a hash table keyed by the object's address,
 * kept outside the heap.  The collector treats each entry's function as a
 * root but not its object (mgc.c: rt_fin_markroots), so the table alone
 * keeps nothing alive.  At mark termination, an entry whose object was not
 * marked moves to the queue, and its object is marked after all (with
 * everything it reaches), so that the finalizer can still use it; it is
 * freed by a later cycle, if the finalizer did not store it anywhere.  The
 * finalizer goroutine (created by the first SetFinalizer, as gc's fing)
 * runs queued finalizers one at a time, each as fn(obj).
 *
 * A finalizer takes one argument: the object's pointer type, a pointer
 * type with the same element type, or an interface the pointer implements
 * (gc's rules and throws).  goc calls it with its context pointer first
 * (ssa.h's convention); results are ignored, and results that compiled
 * code returns through hidden pointers (large structs) are not supported.
 *
 * Invariants:
 *   - finlock guards the table and the queue; neither is ever touched by
 *     the collector except with the world stopped (mark termination) or
 *     racily for marking roots (a stale entry only keeps a function alive).
 *   - An object is in the table at most once (gc: "finalizer already set").
 */
#include "rt.h"

typedef struct Finalizer {
	uintptr_t obj;          // 0: free slot; FIN_DELETED: deleted
	void *fn;               // the func value (closure)
	const GoType *fint;     // the finalizer's parameter type
	const GoPtrType *ot;    // the object's pointer type
} Finalizer;

enum { FIN_DELETED = 1, FIN_MIN = 64 };

static Mutex finlock;
static Finalizer *fintab;      // open addressing, linear probing
static uintptr_t fincap, finused;  // slots, slots not free (live + deleted)
static Finalizer *finq;        // queued to run
static uintptr_t finqlen, finqcap;
static G *fing;
static bool fingparked;

static inline uintptr_t finhash(uintptr_t p) { return (uintptr_t)((p >> 4) * 0x9e3779b97f4a7c15ull); }

static Finalizer *finslot(uintptr_t obj)  // finlock held; the entry or NULL
{
	if (fincap == 0)
		return 0;
	for (uintptr_t i = finhash(obj) & (fincap - 1);; i = (i + 1) & (fincap - 1)) {
		if (fintab[i].obj == obj)
			return &fintab[i];
		if (fintab[i].obj == 0)
			return 0;
	}
}

static void fininsert(Finalizer f)  // finlock held
{
	if ((finused + 1) * 2 > fincap) {
		Finalizer *old = fintab;
		uintptr_t oldcap = fincap;
		fincap = fincap ? fincap * 2 : FIN_MIN;
		fintab = rt_sysmmap(fincap * sizeof(Finalizer), false);
		if (fintab == 0)
			THROW("runtime: cannot allocate the finalizer table");
		finused = 0;
		for (uintptr_t i = 0; i < oldcap; i++)
			if (old[i].obj > FIN_DELETED)
				fininsert(old[i]);
		if (old)
			rt_sys_munmap(old, oldcap * sizeof(Finalizer));
	}
	uintptr_t i = finhash(f.obj) & (fincap - 1);
	while (fintab[i].obj > FIN_DELETED)
		i = (i + 1) & (fincap - 1);
	if (fintab[i].obj == 0)
		finused++;
	fintab[i] = f;
}

/* ---- throws with gc's texts, built without allocating ---- */

static int64_t append(uint8_t *buf, int64_t n, GoString s)
{
	for (int64_t i = 0; i < s.len && n < 511; i++)
		buf[n++] = s.ptr[i];
	return n;
}

NORETURN static void throw3(GoString a, const GoType *t1, GoString b, const GoType *t2, GoString c)
{
	static uint8_t buf[512];
	int64_t n = append(buf, 0, a);
	if (t1)
		n = append(buf, n, rt_typestring(t1));
	n = append(buf, n, b);
	if (t2)
		n = append(buf, n, rt_typestring(t2));
	n = append(buf, n, c);
	rt_throw(buf, n);
}

/* p lies in the executable's writable segments (its data and bss). */
static bool isglobal(uintptr_t p)
{
	const struct { uint32_t type, flags; uint64_t offset, vaddr, paddr, filesz, memsz, align; } *ph = rt_phdr;
	for (uintptr_t i = 0; i < rt_phnum; i++)
		if (ph[i].type == 1 /* PT_LOAD */ && (ph[i].flags & 2 /* PF_W */) && p >= ph[i].vaddr &&
		    p < ph[i].vaddr + ph[i].memsz)
			return true;
	return false;
}

/* ---- runtime.SetFinalizer ---- */

void rt_SetFinalizer(GoEface obj, GoEface finalizer) __asm__("runtime.SetFinalizer");

static void fingentry(void *unused);

void rt_SetFinalizer(GoEface obj, GoEface finalizer)
{
	const GoType *etyp = obj.type;
	if (etyp == 0)
		THROW("runtime.SetFinalizer: first argument is nil");
	if ((etyp->kind & KIND_MASK) != KIND_PTR)
		throw3(GOSTR("runtime.SetFinalizer: first argument is "), etyp, GOSTR(", not pointer"), 0, GOSTR(""));
	const GoPtrType *ot = (const GoPtrType *)etyp;
	uintptr_t p = (uintptr_t)obj.data;
	MSpan *s = rt_spanOf(p);
	if (s == 0 || p >= s->limit) {
		// Not in the heap: the zero-size object or a global, which never
		// die; gc ignores those and throws for anything else.
		if (p == (uintptr_t)&rt_zerobase || isglobal(p))
			return;
		THROW("runtime.SetFinalizer: pointer not in allocated block");
	}
	uintptr_t base = s->base + (uintptr_t)rt_objindex(s, p) * s->elemsize;
	if (p != base && (ot->elem->ptrdata != 0 || ot->elem->size >= TINY_SIZE))
		THROW("runtime.SetFinalizer: pointer not at beginning of allocated block");

	if (finalizer.type == 0) {
		rt_lock(&finlock);
		Finalizer *f = finslot(p);
		if (f)
			f->obj = FIN_DELETED;
		rt_unlock(&finlock);
		return;
	}
	const GoType *ftyp = finalizer.type;
	if ((ftyp->kind & KIND_MASK) != KIND_FUNC)
		throw3(GOSTR("runtime.SetFinalizer: second argument is "), ftyp, GOSTR(", not a function"), 0, GOSTR(""));
	const GoFuncType *ft = (const GoFuncType *)ftyp;
	if (ft->outCount & 0x8000)
		throw3(GOSTR("runtime.SetFinalizer: cannot pass "), etyp, GOSTR(" to finalizer "), ftyp,
		       GOSTR(" because dotdotdot"));
	if (ft->inCount != 1)
		throw3(GOSTR("runtime.SetFinalizer: cannot pass "), etyp, GOSTR(" to finalizer "), ftyp, GOSTR(""));
	const GoType *fint = rt_funcparams(ft)[0];
	bool ok = fint == etyp;
	if (!ok && (fint->kind & KIND_MASK) == KIND_PTR)
		ok = (!(fint->tflag & TFLAG_UNCOMMON) || !(etyp->tflag & TFLAG_UNCOMMON)) &&
		     ((const GoPtrType *)fint)->elem == ot->elem;
	if (!ok && (fint->kind & KIND_MASK) == KIND_INTERFACE) {
		const GoInterfaceType *it = (const GoInterfaceType *)fint;
		ok = it->nmethods == 0 || rt_getitab(it, etyp, true) != 0;
	}
	if (!ok)
		throw3(GOSTR("runtime.SetFinalizer: cannot pass "), etyp, GOSTR(" to finalizer "), ftyp, GOSTR(""));

	rt_lock(&finlock);
	if (finslot(p)) {
		rt_unlock(&finlock);
		THROW("runtime.SetFinalizer: finalizer already set");
	}
	fininsert((Finalizer){p, finalizer.data, fint, ot});
	bool start = fing == 0;
	if (start)
		fing = (G *)1;  // claimed; set for real below
	rt_unlock(&finlock);
	if (start)
		fing = rt_newsystemg(fingentry, 0);
}

/* ---- the collector's side (mgc.c) ---- */

/* Every function in the table and every queued finalizer and object is a
 * root; the table's objects are not. */
void rt_fin_markroots(void (*mark)(uintptr_t))
{
	Finalizer *t = fintab;
	for (uintptr_t i = 0; i < fincap && t; i++)
		if (t[i].obj > FIN_DELETED)
			mark((uintptr_t)t[i].fn);
	for (uintptr_t i = 0; i < finqlen; i++) {
		mark((uintptr_t)finq[i].fn);
		mark(finq[i].obj);
	}
}

/* World stopped, marking done: queue the finalizers of unmarked objects
 * and keep those objects (mark calls shade and drain). */
void rt_fin_collect(bool (*marked)(uintptr_t), void (*mark)(uintptr_t))
{
	for (uintptr_t i = 0; i < fincap; i++) {
		Finalizer *f = &fintab[i];
		if (f->obj <= FIN_DELETED || marked(f->obj))
			continue;
		if (finqlen == finqcap) {
			uintptr_t ncap = finqcap ? finqcap * 2 : 64;
			Finalizer *n = rt_sysmmap(ncap * sizeof(Finalizer), false);
			if (n == 0)
				THROW("runtime: cannot allocate the finalizer queue");
			if (finq) {
				memmove(n, finq, finqlen * sizeof(Finalizer));
				rt_sys_munmap(finq, finqcap * sizeof(Finalizer));
			}
			finq = n;
			finqcap = ncap;
		}
		finq[finqlen++] = *f;
		f->obj = FIN_DELETED;
		mark(finq[finqlen - 1].obj);
		mark((uintptr_t)finq[finqlen - 1].fn);
	}
}

/* After the world restarts: let the finalizer goroutine run what is queued. */
void rt_fin_wake(void)
{
	rt_lock(&finlock);
	if (finqlen == 0 || !fingparked) {
		rt_unlock(&finlock);
		return;
	}
	fingparked = false;
	rt_unlock(&finlock);
	rt_goready(fing);
}

/* ---- the finalizer goroutine (gc: runfinq) ---- */

static bool unlockfin(G *gp, void *l)
{
	(void)gp;
	rt_unlock(l);
	return true;
}

static void fingentry(void *unused)
{
	(void)unused;
	for (;;) {
		rt_lock(&finlock);
		if (finqlen == 0) {
			fingparked = true;
			rt_gopark(unlockfin, &finlock, WAIT_FINALIZER_WAIT);
			continue;
		}
		Finalizer f = finq[--finqlen];
		rt_unlock(&finlock);
		void *code = *(void **)f.fn;
		switch (f.fint->kind & KIND_MASK) {
		case KIND_PTR:
			((void (*)(void *, void *))code)(f.fn, (void *)f.obj);
			break;
		case KIND_INTERFACE: {
			const GoInterfaceType *it = (const GoInterfaceType *)f.fint;
			const void *tab = it->nmethods == 0 ? (const void *)&f.ot->typ
			                                    : (const void *)rt_getitab(it, &f.ot->typ, false);
			((void (*)(void *, const void *, void *))code)(f.fn, tab, (void *)f.obj);
			break;
		}
		default:
			THROW("bad kind in runfinq");
		}
	}
}
