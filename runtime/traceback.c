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
 * rt_tracebackothers knows only the current M's goroutine (there is no allgs list).
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

/* gc: goroutineheader. */
void rt_goroutineheader(G *gp)
{
	uint32_t st = gp->atomicstatus;
	const char *status = st <= G_DEAD ? rt_gStatusStrings[st] : "???";
	rt_print("goroutine ", gp->goid, " [", status, "]:\n");
}

/* gc: tracebackothers.  Show the M's user goroutine if that is not me. */
void rt_tracebackothers(G *me)
{
	G *curgp = rt_getm()->curg;
	if (curgp != 0 && curgp != me) {
		rt_print("\n");
		rt_goroutineheader(curgp);
		rt_traceback(~(uintptr_t)0, ~(uintptr_t)0, 0, curgp);
	}
}
