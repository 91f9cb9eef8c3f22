/* defer.c — deferred calls, and how a recovered panic resumes its function.
 *
 * Design (the non-panicking path stays cheap):
 *   - a function with defer statements calls rt_setdeferframe(frame) once at
 *     entry: a setjmp saving the callee-saved registers, SP and the return
 *     address in a GoDeferFrame in its own stack frame (returns 0); the
 *     compiler gives the call LLVM's returns_twice attribute;
 *   - `defer f(x)` evaluates f and x into a closure and pushes it with a
 *     record on g->defer.  A defer outside any loop (escape analysis marks
 *     it, gc's EscNever) runs at most once per call, so its closure and its
 *     record live in the function's frame: rt_deferprocstack(frame,
 *     closure, record), no allocation (gc's deferprocStack).  A defer in a
 *     loop calls rt_deferproc(frame, closure), whose record and closure
 *     are the heap's.  Frame records stay valid while they are listed: a
 *     frame leaves the stack only by returning (after deferreturn ran its
 *     calls) or by being abandoned under a recovered panic (after the
 *     panic ran and unlinked its calls); stacks never move (stack.c);
 *   - at its exit the function calls rt_deferreturn(frame), which runs that
 *     frame's deferred calls in LIFO order;
 *   - a panic (panic.c) runs deferred calls from g->defer; when one of them
 *     called recover() effectively, rt_resumedeferframe jumps back into
 *     setdeferframe's return with 1: the function goes to its exit, runs its
 *     remaining deferred calls and returns its (memory-resident) results.
 *     Frames below it are abandoned, exactly the frames the panic unwound.
 *   - recover() is effective only when called by the deferred function
 *     itself: the compiled code passes its caller's frame address, which
 *     must be the frame of rt_calldeferred (recorded in Panic.argp). A thunk
 *     that forwards `defer f(x)` to f moves Panic.argp to its own frame
 *     (rt_adjustdeferframe), so that f counts as the deferred function.
 * Rejected: DWARF unwinding (needs unwind tables and a personality routine
 * everywhere, and LLVM's exception model does not fit Go's recover rules);
 * open-coded defers (gc's fast path) come with the SSA issue.
 * Heap records are left to the collector once unlinked.
 */
#include "rt.h"

/* Call the deferred closure fn; its callee sees our frame as its caller's. */
NOINLINE void rt_calldeferred(void *fn, Panic *p)
{
	if (p)
		p->argp = (uintptr_t)__builtin_frame_address(0);
	void (*code)(void *) = *(void (**)(void *))fn;
	code(fn);
	__asm__ volatile("" ::: "memory"); /* keep this frame: not a tail call */
}

void rt_deferproc(void *frame, void *fn)
{
	G *gp = rt_getg();
	Defer *d = rt_mallocgc((int64_t)sizeof(Defer), (void *)&rt_type_conservative, 1);
	rt_wbptr(fn);  // d may be black already
	rt_wbptr(gp->defer);
	d->fn = fn;
	d->frame = frame;
	d->link = gp->defer;
	gp->defer = d;
}

void rt_deferprocstack(void *frame, void *fn, void *record)
{
	G *gp = rt_getg();
	Defer *d = record;
	/* the frame is scanned as a stack, conservatively: no barrier is
	 * needed for stores into it */
	d->fn = fn;
	d->frame = frame;
	d->started = false;
	d->panic = 0;
	d->link = gp->defer;
	gp->defer = d;
}

void rt_deferreturn(void *frame)
{
	G *gp = rt_getg();
	for (;;) {
		Defer *d = gp->defer;
		if (d == 0 || d->frame != frame)
			return;
		gp->defer = d->link;
		rt_calldeferred(d->fn, 0);
	}
}

/* recover(): the current panic's value if called directly by a deferred
 * call that a panic is running; nil otherwise. */
GoPair rt_gorecover(void *callerfp)
{
	G *gp = rt_getg();
	Panic *p = gp->panic;
	uintptr_t fp = rt_callerframe(gp, (uintptr_t)callerfp, (uintptr_t)__builtin_frame_address(0));
	if (p != 0 && !p->goexit && !p->recovered && fp == p->argp) {
		p->recovered = true;
		return (GoPair){(int64_t)(uintptr_t)p->arg.type, (int64_t)(uintptr_t)p->arg.data};
	}
	return (GoPair){0, 0};
}

/* A defer thunk (compiled `defer f(x)`) calls f for the deferred call. */
void rt_adjustdeferframe(void *callerfp, void *selffp)
{
	G *gp = rt_getg();
	Panic *p = gp->panic;
	if (p != 0 && p->argp == rt_callerframe(gp, (uintptr_t)callerfp, (uintptr_t)__builtin_frame_address(0)))
		p->argp = (uintptr_t)selffp;
}

/* Run g's deferred calls for panic p (from gopanic). Returns only when no
 * deferred call recovered; otherwise resumes the recovering frame. */
void rt_rundefers(Panic *p)
{
	G *gp = rt_getg();
	for (;;) {
		Defer *d = gp->defer;
		if (d == 0)
			return;
		if (d->started) {
			/* an earlier panic was running this call when p started: that
			 * panic is aborted and the call is not run again */
			if (d->panic)
				d->panic->aborted = true;
			d->panic = 0;
			gp->defer = d->link;
			continue;
		}
		d->started = true;
		d->panic = p;
		rt_calldeferred(d->fn, p);
		/* unlink d (the call may have deferred and run calls of its own) */
		if (gp->defer == d)
			gp->defer = d->link;
		p->argp = 0;
		if (p->recovered) {
			gp->panic = p->link;
			/* panics aborted by this one are finished too (gc) */
			while (gp->panic != 0 && gp->panic->aborted)
				gp->panic = gp->panic->link;
			if (gp->panic == 0)
				gp->sig = 0;
			rt_resumedeferframe(d->frame);
		}
	}
}
