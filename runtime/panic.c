/* runtime/panic.c — panics and fatal errors (gc: panic.go).
 *
 * A panic pushes a Panic record on g->panic and — once defers exist — runs
 * the deferred calls; if none recovers, fatalpanic prints the chain of panics
 * and exits with status 2:
 *
 *     panic: runtime error: index out of range [5] with length 3
 *     [signal SIGSEGV: ...]                 (only for panics raised by a signal)
 *
 *     goroutine 1 [running]:
 *     <frames, from rt_traceback>
 *
 * A throw is a runtime-internal fatal error ("fatal error: msg") that no
 * recover can stop.  Both end in startpanic_m/dopanic_m, which serialize the
 * crash output and decide which stacks to show, as gc's do.
 *
 * Invariants:
 *   - g->panic is the innermost active panic; each Panic lives in the frame
 *     of the function that raised it, which does not return while it is active.
 *   - m->dying goes 0 -> 1 when crash output starts; a second crash while
 *     dying prints "panic during panic", a third exits with status 4.
 *   - Nothing on the crash path (fatalpanic, throw, startpanic_m, dopanic_m,
 *     printpanics) allocates.
 *   - preprintpanics runs before startpanic_m: it calls the values' Error or
 *     String methods (user code), and a panic inside one becomes the throw
 *     "panic while printing panic value: ..." as in gc.
 * Deferred calls run from gopanic (defer.c); a recover() resumes the
 * deferring function, so a recovered panic never returns here. Runtime error
 * values are copied to the heap (recover may return them) and also carry
 * their text in Panic.msg.
 */
#include "rt.h"

static Mutex paniclk;       // held while printing a crash (gc: paniclk)
static Mutex deadlock;      // never unlocked: an M that must wait forever locks it twice
static bool didothers;      // tracebackothers already ran (gc: didothers)
static bool preprinting;    // preprintpanics is running an Error or String method

/* The method name() string of t, if t's method set has it with that exact
 * signature (what makes t an error or a fmt.Stringer). */
static const GoMethod *textmethod(const GoType *t, GoString name)
{
	const GoMethod *m = rt_findmethod(t, name);
	if (m == 0 || m->ifn == 0 || m->mtyp == 0)
		return 0;
	const GoFuncType *ft = (const GoFuncType *)rt_typeoff(m->mtyp);
	if (ft->inCount != 0 || ft->outCount != 1)
		return 0;
	const GoType *r = rt_funcparams(ft)[0];
	GoString rs = rt_typestring(r);
	if ((r->kind & KIND_MASK) != KIND_STRING || rs.len != 6 || memcmp(rs.ptr, "string", 6) != 0)
		return 0;
	return m;
}

/* gc: preprintpanics.  Replaces error values by v.Error() and Stringers by
 * v.String() before anything is printed: the methods are user code, which
 * must run before the crash output starts (it may allocate, or panic). */
static void preprintpanics(Panic *p)
{
	preprinting = true;
	for (; p != 0; p = p->link) {
		if (p->msg.ptr != 0 || p->arg.type == 0)
			continue;
		const GoMethod *m = textmethod(p->arg.type, GOSTR("Error"));
		if (m == 0)
			m = textmethod(p->arg.type, GOSTR("String"));
		if (m == 0)
			continue;
		// The method as called through an interface: the receiver is the
		// data word (LLVM: {ptr, i64} (ptr)).
		GoString s = ((GoString(*)(void *))rt_resolveoff(m->ifn))(p->arg.data);
		if (s.ptr == 0)
			s.ptr = (const uint8_t *)"";  // msg.ptr NULL would mean "no text"
		p->msg = s;
	}
	preprinting = false;
}

/* A panic raised by the Error or String method preprintpanics called:
 * gc's deferred recover there turns it into a throw. */
NORETURN static void panicwhileprinting(GoEface e, GoString msg)
{
	uint8_t buf[256];
	int64_t n = 0;
	GoString parts[3] = {GOSTR("panic while printing panic value"), {0, 0}, {0, 0}};
	if (e.type != 0 && (e.type->kind & KIND_MASK) == KIND_STRING && msg.ptr == 0 &&
	    rt_typestring(e.type).len == 6 && memcmp(rt_typestring(e.type).ptr, "string", 6) == 0) {
		parts[1] = GOSTR(": ");
		parts[2] = *(const GoString *)e.data;
	} else if (e.type != 0) {
		parts[1] = GOSTR(": type ");
		parts[2] = rt_typestring(e.type);
	}
	for (int i = 0; i < 3; i++) {
		int64_t k = parts[i].len < (int64_t)sizeof buf - n ? parts[i].len : (int64_t)sizeof buf - n;
		memmove(buf + n, parts[i].ptr, (size_t)k);
		n += k;
	}
	preprinting = false;
	rt_throw(buf, n);
}

/* gc: gopanic.  Records the panic and, with no defers to run yet, crashes. */
NORETURN static void dopanic(GoEface e, GoString msg)
{
	G *gp = rt_getg();
	M *mp = gp->m;
	if (preprinting)
		panicwhileprinting(e, msg);
	if (gp != mp->curg) {
		rt_print("panic: ");
		rt_printany(e);
		rt_print("\n");
		THROW("panic on system stack");
	}
	if (mp->mallocing != 0) {
		rt_print("panic: ");
		rt_printany(e);
		rt_print("\n");
		THROW("panic during malloc");
	}
	Panic p = {.arg = e, .link = gp->panic, .msg = msg};
	gp->panic = &p;
	/* run the deferred calls; a recover() resumes the deferring frame and
	 * never comes back here */
	rt_rundefers(&p);
	rt_initpanicking();
	preprintpanics(gp->panic);
	rt_fatalpanic(gp->panic);
}

void rt_gopanic(void *type, void *data) { dopanic((GoEface){type, data}, (GoString){0, 0}); }

/* A panic with a runtime error value whose text is already known. The value
 * is copied to the heap: recover() may hand it to the program. */
void rt_panic_error(const GoType *type, void *data, GoString msg)
{
	if (type != 0 && !(type->kind & KIND_DIRECT_IFACE) && type->size > 0 && rt_getm()->mallocing == 0) {
		void *copy = rt_mallocgc((int64_t)type->size, (void *)type, 0);
		rt_wbvalue(type, data);
		memmove(copy, data, type->size);
		data = copy;
	}
	dopanic((GoEface){type, data}, msg);
}

/* panic(errorString(*s)): prints "runtime error: " + *s. */
void rt_panic_errorString(const GoString *s)
{
	uint8_t buf[160];
	GoString prefix = GOSTR("runtime error: ");
	int64_t n = s->len < (int64_t)sizeof buf - prefix.len ? s->len : (int64_t)sizeof buf - prefix.len;
	memmove(buf, prefix.ptr, (size_t)prefix.len);
	memmove(buf + prefix.len, s->ptr, (size_t)n);
	rt_panic_error(&rt_type_errorString, (void *)s, (GoString){buf, prefix.len + n});
}

/* panic(plainError(*s)): prints *s, with no prefix. */
void rt_panic_plainError(const GoString *s) { rt_panic_error(&rt_type_plainError, (void *)s, *s); }

/* ---- bounds errors (gc: goPanicIndex and friends) ---- */

NORETURN static void panicBounds(int64_t x, bool is_signed, int64_t y, uint8_t code)
{
	BoundsError e = {.x = x, .y = y, .is_signed = is_signed, .code = code};
	uint8_t buf[BOUNDS_ERROR_MAX];
	int64_t n = rt_boundsError_string(&e, buf);
	rt_panic_error(&rt_type_boundsError, &e, (GoString){buf, n});
}

void rt_panicIndex(int64_t x, int64_t y) { panicBounds(x, true, y, BOUNDS_INDEX); }
void rt_panicIndexU(uint64_t x, int64_t y) { panicBounds((int64_t)x, false, y, BOUNDS_INDEX); }
void rt_panicSliceAlen(int64_t x, int64_t y) { panicBounds(x, true, y, BOUNDS_SLICE_ALEN); }
void rt_panicSliceAlenU(uint64_t x, int64_t y) { panicBounds((int64_t)x, false, y, BOUNDS_SLICE_ALEN); }
void rt_panicSliceAcap(int64_t x, int64_t y) { panicBounds(x, true, y, BOUNDS_SLICE_ACAP); }
void rt_panicSliceAcapU(uint64_t x, int64_t y) { panicBounds((int64_t)x, false, y, BOUNDS_SLICE_ACAP); }
void rt_panicSliceB(int64_t x, int64_t y) { panicBounds(x, true, y, BOUNDS_SLICE_B); }
void rt_panicSliceBU(uint64_t x, int64_t y) { panicBounds((int64_t)x, false, y, BOUNDS_SLICE_B); }
void rt_panicSlice3Alen(int64_t x, int64_t y) { panicBounds(x, true, y, BOUNDS_SLICE3_ALEN); }
void rt_panicSlice3AlenU(uint64_t x, int64_t y) { panicBounds((int64_t)x, false, y, BOUNDS_SLICE3_ALEN); }
void rt_panicSlice3Acap(int64_t x, int64_t y) { panicBounds(x, true, y, BOUNDS_SLICE3_ACAP); }
void rt_panicSlice3AcapU(uint64_t x, int64_t y) { panicBounds((int64_t)x, false, y, BOUNDS_SLICE3_ACAP); }
void rt_panicSlice3B(int64_t x, int64_t y) { panicBounds(x, true, y, BOUNDS_SLICE3_B); }
void rt_panicSlice3BU(uint64_t x, int64_t y) { panicBounds((int64_t)x, false, y, BOUNDS_SLICE3_B); }
void rt_panicSlice3C(int64_t x, int64_t y) { panicBounds(x, true, y, BOUNDS_SLICE3_C); }
void rt_panicSlice3CU(uint64_t x, int64_t y) { panicBounds((int64_t)x, false, y, BOUNDS_SLICE3_C); }
void rt_panicSliceConvert(int64_t x, int64_t y) { panicBounds(x, true, y, BOUNDS_CONVERT); }

/* ---- other runtime errors ---- */

static const GoString shiftError = GOSTR("negative shift amount");
static const GoString divideError = GOSTR("integer divide by zero");
static const GoString overflowError = GOSTR("integer overflow");
static const GoString floatError = GOSTR("floating point error");
static const GoString memoryError = GOSTR("invalid memory address or nil pointer dereference");
static const GoString makeslicelenError = GOSTR("makeslice: len out of range");
static const GoString makeslicecapError = GOSTR("makeslice: cap out of range");

void rt_panicshift(void) { rt_panic_errorString(&shiftError); }
void rt_panicdivide(void) { rt_panic_errorString(&divideError); }
void rt_panicoverflow(void) { rt_panic_errorString(&overflowError); }
void rt_panicfloat(void) { rt_panic_errorString(&floatError); }
void rt_panicmakeslicelen(void) { rt_panic_errorString(&makeslicelenError); }
void rt_panicmakeslicecap(void) { rt_panic_errorString(&makeslicecapError); }

/* A nil dereference.  From rt_sigpanic, g->sig already describes the fault.
 * Called by compiled code for an explicit nil check, there was no signal, but
 * gc would have taken one, so record what its SIGSEGV would have said: a read
 * at address 0 by the caller. */
void rt_panicmem(void)
{
	G *gp = rt_getg();
	if (gp->sig == 0) {
		gp->sig = SIGSEGV;
		gp->sigcode0 = SEGV_MAPERR;
		gp->sigcode1 = 0;
		gp->sigpc = (uintptr_t)__builtin_return_address(0);
	}
	rt_panic_errorString(&memoryError);
}

/* gc: panicdottypeE.  e.(T) failed: have is e's dynamic type, want is T,
 * iface is e's static type. */
void rt_panicdottypeE(void *have, void *want, void *iface)
{
	GoString msg = rt_typeAssertionError_string(iface, have, want, (GoString){0, 0});
	rt_panic_typeassert(msg);
}

/* gc: panicdottypeI.  i.(T) failed for a non-empty interface i: have is i's
 * itab (NULL: i was nil). */
void rt_panicdottypeI(void *have, void *want, void *iface)
{
	const GoItab *tab = have;
	rt_panicdottypeE(tab != 0 ? (void *)tab->type : 0, want, iface);
}

/* gc: panicnildottype.  x.(T) on a nil interface. */
void rt_panicnildottype(void *want)
{
	GoString msg = rt_typeAssertionError_string(0, 0, want, (GoString){0, 0});
	rt_panic_typeassert(msg);
}

/* ---- crashing ---- */

/* gc: printpanics.  Outermost panic first; nested ones indented by a tab. */
void rt_printpanics(Panic *p)
{
	if (p->link != 0) {
		rt_printpanics(p->link);
		if (!p->link->goexit)
			rt_print("\t");
	}
	if (p->goexit)
		return;
	rt_print("panic: ");
	if (p->msg.ptr != 0)
		rt_print(p->msg);
	else
		rt_printany(p->arg);
	if (p->recovered)
		rt_print(" [recovered]");
	rt_print("\n");
}

/* gc: startpanic_m.  Reports whether panic messages should be printed. */
bool rt_startpanic_m(void)
{
	M *mp = rt_getm();
	rt_print_flush();  // the text of an interrupted print statement comes first
	mp->mallocing++;   // no allocation from here on
	if (mp->locks < 0)
		mp->locks = 1;
	switch (mp->dying) {
	case 0:
		mp->dying = 1;
		__atomic_add_fetch(&rt_panicking, 1, __ATOMIC_SEQ_CST);
		rt_lock(&paniclk);
		return true;
	case 1:
		mp->dying = 2;
		rt_print("panic during panic\n");
		return false;
	case 2:
		mp->dying = 3;
		rt_print("stack trace unavailable\n");
		rt_exit(4);
	default:
		rt_exit(5);
	}
}

/* gc: dopanic_m.  The signal line, then the stacks. */
void rt_dopanic_m(G *gp, uintptr_t pc, uintptr_t sp)
{
	M *mp = gp->m;
	if (gp->sig != 0) {
		const char *name = rt_signame(gp->sig);
		if (name != 0)
			rt_print("[signal ", name);
		else
			rt_print("[signal ", rt_hex(gp->sig));
		rt_print(" code=", rt_hex(gp->sigcode0), " addr=", rt_hex(gp->sigcode1), " pc=", rt_hex(gp->sigpc), "]\n");
	}
	bool tball, crash;
	int level = rt_gotraceback(&tball, &crash);
	bool all = tball || mp->throwing > 0 || gp != mp->curg;
	if (level == 0) {
		// GOTRACEBACK=none: the message only.
	} else if (gp != mp->g0 && gp != mp->gsignal) {
		rt_print("\n");
		rt_goroutineheader(gp);
		rt_traceback(pc, sp, 0, gp);
	} else if (mp->throwing >= THROW_RUNTIME) {
		rt_print("\nruntime stack:\n");
		rt_traceback(pc, sp, 0, gp);
	}
	if (level > 0 && !didothers && all) {
		didothers = true;
		rt_tracebackothers(gp);
	}
	if (crash) {
		// GOTRACEBACK=crash: die of SIGABRT so the system can dump core (gc: crash).
		rt_print_flush();
		KSigaction dfl = {.handler = 0};
		rt_sys_rt_sigaction(6, &dfl, 0);
		uint64_t unblock = (uint64_t)1 << 5;
		rt_sys_rt_sigprocmask(1 /* SIG_UNBLOCK */, &unblock, 0);
		rt_sys_tgkill(rt_pid, (int32_t)rt_sys_gettid(), 6);
	}
	rt_unlock(&paniclk);
	if (__atomic_sub_fetch(&rt_panicking, 1, __ATOMIC_SEQ_CST) != 0) {
		// Another M is crashing too: let it print, it will exit.
		rt_lock(&deadlock);
		rt_lock(&deadlock);
	}
}

/* gc: fatalpanic.  Prints the panics in msgs and exits with status 2. */
void rt_fatalpanic(Panic *msgs)
{
	uintptr_t pc = (uintptr_t)__builtin_return_address(0);
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	G *gp = rt_getg();
	if (rt_startpanic_m() && msgs != 0)
		rt_printpanics(msgs);
	rt_dopanic_m(gp, pc, sp);
	rt_exit(2);
}

NORETURN static void fatalthrow(int32_t type, uintptr_t pc, uintptr_t sp)
{
	G *gp = rt_getg();
	M *mp = gp->m;
	if (mp->throwing == THROW_NONE)
		mp->throwing = type;
	rt_startpanic_m();
	rt_dopanic_m(gp, pc, sp);
	rt_exit(2);
}

/* gc: throw.  "fatal error: msg", the stacks, exit status 2. */
void rt_throw(void *msg, int64_t len)
{
	GoString s = {msg, len};
	rt_print("fatal error: ", s, "\n");
	fatalthrow(THROW_RUNTIME, (uintptr_t)__builtin_return_address(0), (uintptr_t)__builtin_frame_address(0));
}

/* gc: fatal.  A fatal error the user caused (a deadlock): as throw, but
 * without the runtime's own stack. */
void rt_fatal(const char *msg, int64_t len)
{
	GoString s = {(const uint8_t *)msg, len};
	rt_print("fatal error: ", s, "\n");
	fatalthrow(THROW_USER, (uintptr_t)__builtin_return_address(0), (uintptr_t)__builtin_frame_address(0));
}

/* gc: fatalthrow. */
void rt_fatalthrow(void)
{
	fatalthrow(THROW_RUNTIME, (uintptr_t)__builtin_return_address(0), (uintptr_t)__builtin_frame_address(0));
}

/* gc: panicwrap.  The compiler wrote the text (it knows the wrapper's names). */
void rt_panicwrap(void *text, int64_t len)
{
	GoString *s = rt_mallocgc((int64_t)sizeof(GoString), (void *)&rt_type_conservative, 1);
	*s = (GoString){text, len};
	rt_panic_plainError(s);
}

/* ---- runtime.Goexit, runtime.Breakpoint ---- */

/* runtime.Goexit: run every deferred call of the goroutine, as a panic
 * that recover() does not see, then end the goroutine (gc: Goexit).  When
 * the main goroutine does it, the program runs until the other goroutines
 * are done, then checkdead reports it. */
void rt_Goexit(void) __asm__("runtime.Goexit");
void rt_Goexit(void)
{
	G *gp = rt_getg();
	Panic p = {.goexit = true, .link = gp->panic};
	gp->panic = &p;
	rt_rundefers(&p);
	gp->panic = p.link;
	rt_goexit1();
}

/* runtime.Breakpoint: a breakpoint trap (SIGTRAP), for debuggers. */
void rt_Breakpoint(void) __asm__("runtime.Breakpoint");
void rt_Breakpoint(void) { __asm__ volatile("int3"); }
