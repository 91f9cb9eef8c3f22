/* runtime/traceback.c — goroutine headers and stack traces (gc: traceback.go).
 *
 * A crash prints, for each goroutine it shows, a header line
 *     goroutine 1 [running]:
 * followed by the goroutine's frames.
 *
 * Frames are found through the %rbp chain and named from the executable's
 * own symbol table and DWARF line tables (symtab.c); each Go frame prints as
 * gc's do ("main.f(...)\n\t/path/file.go:12 +0x1d\n"; goc does not print
 * argument words: "(...)"), runtime C frames are hidden, and the walk ends
 * at main.main, as gc's ends above runtime.main.
 * rt_tracebackothers walks every G (proc.c's allgs) without locks, as gc's
 * forEachGRace does: a crash must not wait for anything.
 */
#include "rt.h"

static bool streq_main(const char *s)
{
	const char *m = "main.main";
	while (*s && *s == *m)
		s++, m++;
	return *s == 0 && *m == 0;
}

extern const uint8_t __start_gotext[] __attribute__((weak, visibility("hidden")));
extern const uint8_t __stop_gotext[] __attribute__((weak, visibility("hidden")));

enum { MAX_FRAMES = 100 };  // gc: _TracebackMaxFrames

/* GOTRACEBACK (gc: gotraceback): none (0), single (1, the default), all
 * (2: every goroutine), system (2 and runtime frames and goroutines),
 * crash (system, then abort with SIGABRT).  Read without allocating. */
static int tb_level = -1;
static bool tb_system, tb_crash;

static bool eqs(GoString s, const char *c)
{
	int64_t i = 0;
	for (; i < s.len && c[i]; i++)
		if (s.ptr[i] != (uint8_t)c[i])
			return false;
	return i == s.len && c[i] == 0;
}

static void settraceback(GoString v)
{
	tb_level = 1;
	tb_system = tb_crash = false;
	if (eqs(v, "none") || eqs(v, "0"))
		tb_level = 0;
	else if (eqs(v, "all") || eqs(v, "2"))
		tb_level = 2;
	else if (eqs(v, "system"))
		tb_level = 2, tb_system = true;
	else if (eqs(v, "crash"))
		tb_level = 2, tb_system = tb_crash = true;
}

int rt_gotraceback(bool *all, bool *crash)
{
	if (tb_level < 0)
		settraceback(rt_gogetenv("GOTRACEBACK"));
	*all = tb_level >= 2;
	*crash = tb_crash;
	return tb_level;
}

/* debug.SetTraceback (gc: setTraceback): the level, as GOTRACEBACK's
 * values; it cannot go below the environment's (gc) */
void rt_debug_SetTraceback(GoString level) __asm__("\"runtime/debug.SetTraceback\"");
void rt_debug_SetTraceback(GoString level)
{
	bool all, crash;
	int env = rt_gotraceback(&all, &crash);
	bool envsys = tb_system, envcrash = tb_crash;
	settraceback(level);
	if (tb_level < env)
		tb_level = env;
	tb_system |= envsys;
	tb_crash |= envcrash;
}

/* goc's wrappers for go and defer statements with arguments (ssagen.c:
 * NAME.gowrapN, NAME.deferwrapN): gc shows no frame for them. */
static bool iswrapper(const char *name)
{
	const char *last = name;
	for (const char *p = name; *p; p++)
		if (*p == '.')
			last = p + 1;
	const char *w[] = {"gowrap", "deferwrap"};
	for (int i = 0; i < 2; i++) {
		const char *a = last, *b = w[i];
		while (*b && *a == *b)
			a++, b++;
		if (*b == 0 && *a >= '0' && *a <= '9')
			return true;
	}
	/* method values (main.T.M-fm) and declared functions used as values (main.f·fw) */
	static const char fw[] = {(char)0xc2, (char)0xb7, 'f', 'w'};
	size_t n = 0;
	while (name[n])
		n++;
	return (n > 3 && memcmp(name + n - 3, "-fm", 3) == 0) || (n > 4 && memcmp(name + n - 4, fw, 4) == 0);
}

static void printfile(const char *dir, const char *file, int64_t line)
{
	if (dir && file[0] != '/')
		rt_print("\t", dir, "/", file, ":", line);
	else
		rt_print("\t", file, ":", line);
}

/* "\t/path/file.go:12 +0x1d\n" for the call at return address pc. */
static void printfileline(uintptr_t at, uintptr_t start)
{
	const char *dir, *file;
	int64_t line;
	if (rt_fileline(at, &dir, &file, &line))
		printfile(dir, file, line);
	else
		rt_print("\t?:0");
	rt_print(" +", rt_hex(at + 1 - start), "\n");
}

/* gc: "created by main.main\n\t/path/file.go:14 +0x6a\n". */
static void printcreatedby(G *gp)
{
	if (gp->gopc == 0)
		return;
	uintptr_t start = 0;
	const char *name = rt_funcname(gp->gopc - 1, &start);
	if (name == 0)
		return;
	rt_print("created by ", name, "\n");
	printfileline(gp->gopc - 1, start);
}

enum { FRAME_HIDDEN, FRAME_PRINTED, FRAME_MAIN };  // what printframe did

/* One Go frame, gc's way: "main.f(...)\n\t/path/file.go:12 +0x1d\n".
 * pc is the instruction itself (exact) or a return address (the call is
 * the instruction before).  Returns FRAME_MAIN for main.main (gc stops
 * there: runtime.main below it is hidden).  prologue: pc is in the
 * function's prologue (its call of __morestack): gc shows such a frame at
 * the function's entry. */
static int printframe(uintptr_t pc, bool exact, bool prologue)
{
	// A return address may lie just past its function (a call that does
	// not return is often the last instruction): look up the call itself.
	uintptr_t at = exact ? pc : pc - 1;
	bool all, crash;
	rt_gotraceback(&all, &crash);
	if (!tb_system && (at < (uintptr_t)__start_gotext || at >= (uintptr_t)__stop_gotext))
		return FRAME_HIDDEN;  // runtime C code: hidden, as gc hides runtime frames (GOTRACEBACK=system shows them)
	if (rt_inmorestack(at))
		return FRAME_HIDDEN;  // gc's morestack is never shown either
	uintptr_t start = 0;
	const char *name = rt_funcname(at, &start);
	if (name == 0)
		return FRAME_HIDDEN;
	/* the functions inlined at pc first, each a frame of its own, without
	 * a pc offset (gc prints them so) */
	RtFrame fr[RT_MAX_INLINE];
	int nf = rt_pcframes(at, fr, RT_MAX_INLINE);
	for (int k = 0; k + 1 < nf; k++) {
		if (iswrapper(fr[k].name))
			continue;
		rt_print(fr[k].name, "(...)\n");
		printfile(fr[k].dir, fr[k].file, fr[k].line);
		rt_print("\n");
	}
	if (iswrapper(name))
		return FRAME_HIDDEN;  // compiler-generated, hidden as gc hides its wrappers
	rt_print(name, "(...)\n");
	if (prologue)
		printfileline(start, start);
	else if (nf > 1) {  // the call of the outermost inlined function
		printfile(fr[nf - 1].dir, fr[nf - 1].file, fr[nf - 1].line);
		rt_print(" +", rt_hex(at + (exact ? 0 : 1) - start), "\n");
	} else
		printfileline(at, exact ? start + 1 : start);
	return streq_main(name) ? FRAME_MAIN : FRAME_PRINTED;
}

/* Print the Go frames of gp: from pc with the frame chain at fp (a signal:
 * pc is the faulting instruction), from the return address of the frame
 * at sp when fp is 0 (a panic: sp is a runtime frame's frame address), or
 * from gp's saved context when pc is ~0.  Frames are followed through the
 * %rbp chain: every function keeps a frame pointer (Go code: "frame-pointer"
 * "all"; the runtime: -fno-omit-frame-pointer), and the outermost has
 * %rbp = 0.  The chain goes up the stack, except where __morestack
 * switched stacks (stack.c): from a body it runs on a goroutine's big
 * segment to its frame on the first segment, and from the overflow report
 * on g0's stack to the goroutine's; a return address into __morestack
 * marks those frames.  At most MAX_FRAMES are printed, as in gc. */
void rt_traceback(uintptr_t pc, uintptr_t sp, uintptr_t fp, G *gp)
{
	bool exact = false;
	if (pc == ~(uintptr_t)0) {
		const uintptr_t *ctx = (const uintptr_t *)gp->sched_sp;  // r15 r14 r13 r12 rbx rbp, return pc
		if (ctx == 0)
			return;
		fp = ctx[5];
		pc = ctx[6];
	} else if (fp == 0) {
		fp = sp;
		pc = 0;
	} else {
		exact = true;
	}
	int printed = 0, r = FRAME_HIDDEN;
	if (pc != 0 && (r = printframe(pc, exact, false)) == FRAME_MAIN)
		return;
	printed += r == FRAME_PRINTED;
	bool prologue = false;  // the frame at fp is __morestack's, for a function whose frame did not fit
	for (int walked = 0; fp != 0 && (fp & 7) == 0 && walked < 100000; walked++) {
		if (printed == MAX_FRAMES) {
			rt_print("...additional frames elided...\n");
			break;
		}
		uintptr_t next = ((const uintptr_t *)fp)[0], ra = ((const uintptr_t *)fp)[1];
		if (ra == 0 || (r = printframe(ra, false, prologue)) == FRAME_MAIN)
			return;
		printed += r == FRAME_PRINTED;
		if ((next <= fp || next - fp > ((uintptr_t)1 << 30)) && !rt_inmorestack(ra - 1))
			break;
		prologue = ra == (uintptr_t)rt_morestack_noroom;
		fp = next;
	}
	printcreatedby(gp);
}

/* gc: goroutineheader.  "goroutine 1 [chan receive]:" */
void rt_goroutineheader(G *gp)
{
	uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) & ~G_SCAN;
	const char *status = st <= G_DEAD ? rt_gStatusStrings[st] : "???";
	if (st == G_WAITING && gp->waitreason != WAIT_ZERO)
		status = gp->waitreason < NUM_WAIT_REASONS ? rt_waitReasonStrings[gp->waitreason] : "unknown wait reason";
	rt_print("goroutine ", gp->goid, " [", status, gp->lockedm ? ", locked to thread" : "", "]:\n");
}

typedef struct OthersArg {
	G *me, *curgp;
	M *mp;
} OthersArg;

static void traceother(G *gp, void *argp)
{
	OthersArg *a = argp;
	uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) & ~G_SCAN;
	if (gp == a->me || gp == a->curgp || st == G_DEAD || st == G_IDLE || (gp->issystem && !tb_system))
		return;
	rt_print("\n");
	rt_goroutineheader(gp);
	if (st == G_RUNNING && gp->m != a->mp)
		rt_print("\tgoroutine running on other thread; stack unavailable\n");
	else
		rt_traceback(~(uintptr_t)0, ~(uintptr_t)0, 0, gp);
}

/* gc: tracebackothers.  The M's user goroutine first (unless it is me),
 * then every other live goroutine. */
void rt_tracebackothers(G *me)
{
	M *mp = rt_getm();
	G *curgp = mp->curg;
	if (curgp != 0 && curgp != me) {
		rt_print("\n");
		rt_goroutineheader(curgp);
		rt_traceback(~(uintptr_t)0, ~(uintptr_t)0, 0, curgp);
	}
	OthersArg a = {me, curgp, mp};
	rt_forEachG(traceother, &a);
}

/* runtime.Stack(buf, all): this goroutine's traceback as a crash prints it,
 * then (all) every other goroutine's with the world stopped, into buf;
 * returns the bytes written (gc: Stack). */
int64_t rt_Stack(uint8_t *p, int64_t len, int64_t cap, uint64_t all) __asm__("runtime.Stack");
NOINLINE int64_t rt_Stack(uint8_t *p, int64_t len, int64_t cap, uint64_t all)
{
	(void)cap;
	G *gp = rt_getg();
	bool everyone = all & 1;
	if (everyone)
		rt_stopTheWorld();
	GoSlice c = {p, 0, len};
	M *mp = gp->m;
	mp->printcapture = &c;
	rt_goroutineheader(gp);
	uintptr_t fp = *(const uintptr_t *)__builtin_frame_address(0);  // the caller's frame
	rt_traceback((uintptr_t)__builtin_return_address(0), 0, fp, gp);
	if (everyone)
		rt_tracebackothers(gp);
	mp->printcapture = 0;
	if (everyone)
		rt_startTheWorld();
	return c.len;
}
