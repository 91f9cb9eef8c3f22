/* runtime/traceback.c — goroutine headers and stack traces (gc: traceback.go).
 *
 * A crash prints, for each goroutine it shows, a header line
 *     goroutine 1 [running]:
 * followed by the goroutine's frames.
 *
 * TEMPORARY: rt_traceback prints no frames yet.  It is the hook where the
 * frame walk will go (its own issue): follow the %rbp chain from (pc, sp, fp)
 * — the runtime is compiled with -fno-omit-frame-pointer and every stack's
 * outermost frame has %rbp = 0 (asm_amd64.S) — and print each frame the way
 * gc does ("main.f(...)\n\t/path/file.go:12 +0x1d\n"), with function names and
 * lines from a table the compiler will emit.  Until then, no frame is invented.
 * rt_tracebackothers walks every G (proc.c's allgs) without locks, as gc's
 * forEachGRace does: a crash must not wait for anything.
 */
#include "rt.h"

/* Print the frames of gp starting at pc/sp/fp (~0 for all three: gp's saved
 * context).  Prints nothing yet; see above. */
void rt_traceback(uintptr_t pc, uintptr_t sp, uintptr_t fp, G *gp)
{
	(void)pc;
	(void)sp;
	(void)fp;
	(void)gp;
}

/* gc: goroutineheader.  "goroutine 1 [chan receive]:" */
void rt_goroutineheader(G *gp)
{
	uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) & ~G_SCAN;
	const char *status = st <= G_DEAD ? rt_gStatusStrings[st] : "???";
	if (st == G_WAITING && gp->waitreason != WAIT_ZERO)
		status = gp->waitreason < NUM_WAIT_REASONS ? rt_waitReasonStrings[gp->waitreason] : "unknown wait reason";
	rt_print("goroutine ", gp->goid, " [", status, "]:\n");
}

typedef struct OthersArg {
	G *me, *curgp;
	M *mp;
} OthersArg;

static void traceother(G *gp, void *argp)
{
	OthersArg *a = argp;
	uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) & ~G_SCAN;
	if (gp == a->me || gp == a->curgp || st == G_DEAD || st == G_IDLE || gp->issystem)
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
