/* runtime/signal_unix.c — synchronous signals: faults become panics or fatal
 * errors (gc: signal_unix.go, signal_amd64.go, sigtab_linux_generic.go).
 *
 * Handlers run on the M's signal stack (sigaltstack; m->gsignal), so a fault
 * caused by running out of goroutine stack can still be reported.  What a
 * fault becomes, as in gc's sighandler:
 *   - SIGSEGV/SIGBUS in the guard below a goroutine stack: "stack overflow"
 *     fatal error (gc reports it from newstack; goc learns it from the fault).
 *   - SIGSEGV/SIGBUS/SIGFPE raised by the kernel for an instruction: the
 *     handler records the signal in g->sig/sigcode0/sigcode1/sigpc and edits
 *     the interrupted context so that the faulting instruction seems to have
 *     called rt_sigpanic0 (asm_amd64.S).  rt_sigpanic then runs on the
 *     goroutine's own stack and raises the Go panic (nil dereference, integer
 *     divide by zero) or throws ("unexpected fault address", "fault").
 *   - anything else (SIGILL, SIGTRAP, a SIGSEGV sent by kill): gc's throw
 *     output — signal name, PC=, the goroutine, registers — and exit status 2.
 *
 * Invariants:
 *   - All signals are blocked while a handler runs (sa_mask is full), and a
 *     handler never allocates.
 *   - getg() is m->gsignal while a handler runs and is restored before it
 *     returns; %fs (the M) is the interrupted thread's, as the kernel leaves it.
 *   - SIGURG is the preemption signal (proc.c: rt_preemptone): at an async
 *     safe point (Go code, see rt_asyncSafePoint) the interrupted context is
 *     edited to call rt_asyncPreempt (asm_amd64.S), which saves every
 *     register on the goroutine's stack and yields; elsewhere it is ignored
 *     and sent again later.
 *   - SIGPIPE is caught and ignored, as gc does for a program that does not
 *     ask for it: a write to a broken pipe or socket fails with EPIPE (and
 *     package os kills the process with SIGPIPE itself when that write was
 *     to standard output or error: syscall_linux.c's os.sigpipe).  A handler
 *     rather than SIG_IGN, so that exec'd programs get the default action.
 * TEMPORARY: SIGINT, SIGQUIT, SIGPROF and os/signal delivery keep their
 * default actions.
 */
#include "rt.h"

/* Stack an injected call needs below the interrupted SP, within its
 * segment: rt_asyncPreempt's register save area (400 bytes with its
 * return address and alignment), its call of rt_asyncPreempt2, and
 * __morestack's 24 bytes if that call switches to the big segment: 440.
 * A Go instruction's SP is at most 264 bytes below the stackguard (the
 * prologues' slack, and a return address), so a goroutine's SP always has
 * this room above its first segment's bottom (rt.h: SMALL_STACK_RESERVE =
 * 768 >= 264 + 480): every goroutine can be preempted, anywhere. */
enum { ASYNC_PREEMPT_ROOM = 480 };

/* gc: sigtable's names (sigtab_linux_generic.go). */
static const char *const signames[NSIG] = {
	[1] = "SIGHUP: terminal line hangup",
	[2] = "SIGINT: interrupt",
	[3] = "SIGQUIT: quit",
	[4] = "SIGILL: illegal instruction",
	[5] = "SIGTRAP: trace trap",
	[6] = "SIGABRT: abort",
	[7] = "SIGBUS: bus error",
	[8] = "SIGFPE: floating-point exception",
	[9] = "SIGKILL: kill",
	[10] = "SIGUSR1: user-defined signal 1",
	[11] = "SIGSEGV: segmentation violation",
	[12] = "SIGUSR2: user-defined signal 2",
	[13] = "SIGPIPE: write to broken pipe",
	[14] = "SIGALRM: alarm clock",
	[15] = "SIGTERM: termination",
	[16] = "SIGSTKFLT: stack fault",
	[17] = "SIGCHLD: child status has changed",
	[18] = "SIGCONT: continue",
	[19] = "SIGSTOP: stop, unblockable",
	[20] = "SIGTSTP: keyboard stop",
	[21] = "SIGTTIN: background read from tty",
	[22] = "SIGTTOU: background write to tty",
	[23] = "SIGURG: urgent condition on socket",
	[24] = "SIGXCPU: cpu limit exceeded",
	[25] = "SIGXFSZ: file size limit exceeded",
	[26] = "SIGVTALRM: virtual alarm clock",
	[27] = "SIGPROF: profiling alarm clock",
	[28] = "SIGWINCH: window size change",
	[29] = "SIGIO: i/o now possible",
	[30] = "SIGPWR: power failure restart",
	[31] = "SIGSYS: bad system call",
};

/* The signal's name as gc prints it ("SIGSEGV: segmentation violation"), or NULL. */
const char *rt_signame(uint32_t sig) { return sig < NSIG ? signames[sig] : 0; }

/* The signals whose handlers this runtime installs. */
static const int32_t handled[] = {SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV, SIGURG, SIGPIPE};

static bool sigpanics(int32_t sig) { return sig == SIGBUS || sig == SIGFPE || sig == SIGSEGV; }

/* gc: dumpregs. */
static void dumpregs(const Sigcontext *c)
{
	rt_print("rax    ", rt_hex(c->rax), "\n");
	rt_print("rbx    ", rt_hex(c->rbx), "\n");
	rt_print("rcx    ", rt_hex(c->rcx), "\n");
	rt_print("rdx    ", rt_hex(c->rdx), "\n");
	rt_print("rdi    ", rt_hex(c->rdi), "\n");
	rt_print("rsi    ", rt_hex(c->rsi), "\n");
	rt_print("rbp    ", rt_hex(c->rbp), "\n");
	rt_print("rsp    ", rt_hex(c->rsp), "\n");
	rt_print("r8     ", rt_hex(c->r8), "\n");
	rt_print("r9     ", rt_hex(c->r9), "\n");
	rt_print("r10    ", rt_hex(c->r10), "\n");
	rt_print("r11    ", rt_hex(c->r11), "\n");
	rt_print("r12    ", rt_hex(c->r12), "\n");
	rt_print("r13    ", rt_hex(c->r13), "\n");
	rt_print("r14    ", rt_hex(c->r14), "\n");
	rt_print("r15    ", rt_hex(c->r15), "\n");
	rt_print("rip    ", rt_hex(c->rip), "\n");
	rt_print("rflags ", rt_hex(c->eflags), "\n");
	rt_print("cs     ", rt_hex(c->cs), "\n");
	rt_print("fs     ", rt_hex(c->fs), "\n");
	rt_print("gs     ", rt_hex(c->gs), "\n");
}

/* gc: sigctxt.preparePanic.  Make the context look like a call to
 * rt_sigpanic0 from the faulting pc.  If pc is 0 (a call through a nil
 * function value), the return address already on the stack names the caller,
 * so no frame is pushed. */
static void preparePanic(Sigcontext *c)
{
	if (c->rip != 0) {
		c->rsp -= 8;
		*(uint64_t *)c->rsp = c->rip;
	}
	c->rip = (uint64_t)(uintptr_t)rt_sigpanic0;
}

NOINLINE static void sighandler(int32_t sig, Siginfo *info, void *ctx)
{
	Sigcontext *c = &((Ucontext *)ctx)->uc_mcontext;
	G *gp = rt_getg();  // the interrupted goroutine
	M *mp = rt_getm();
	rt_setg(mp->gsignal);
	bool fromkernel = info->si_code > SI_USER;

	if (sig == SIGPIPE) {
		rt_setg(gp);
		return;
	}

	if (sig == SIGURG) {
		// Preemption (gc: doSigPreempt): at an async safe point, make the
		// goroutine call rt_asyncPreempt from the interrupted pc.
		Stack seg = rt_stacksegment(gp, c->rsp);
		if (rt_asyncSafePoint(gp, c->rip) && seg.hi != 0 && c->rsp - seg.lo >= ASYNC_PREEMPT_ROOM) {
			c->rsp -= 8;
			*(uint64_t *)c->rsp = c->rip;
			c->rip = (uint64_t)(uintptr_t)rt_asyncPreempt;
		}
		rt_setg(gp);
		return;
	}

	if ((sig == SIGSEGV || sig == SIGBUS) && fromkernel && rt_stack_isoverflow(gp, info->si_addr, c->rsp))
		rt_stackoverflow(gp, c->rsp);

	if (sigpanics(sig) && fromkernel) {
		gp->sig = (uint32_t)sig;
		gp->sigcode0 = (uintptr_t)(int64_t)info->si_code;
		gp->sigcode1 = info->si_addr;
		gp->sigpc = c->rip;
		preparePanic(c);
		rt_setg(gp);
		return;
	}

	// gc: the _SigThrow path of sighandler.
	mp->throwing = THROW_RUNTIME;
	rt_startpanic_m();
	const char *name = rt_signame((uint32_t)sig);
	if (name != 0)
		rt_print(name, "\n");
	else
		rt_print("Signal ", sig, "\n");
	rt_print("PC=", rt_hex(c->rip), " m=", mp->id, " sigcode=", (uint64_t)(int64_t)info->si_code, "\n");
	if (sig == SIGILL || sig == SIGFPE) {
		uintptr_t n = 16, pc = c->rip;
		if (n > rt_physPageSize - pc % rt_physPageSize)
			n = rt_physPageSize - pc % rt_physPageSize;
		rt_print("instruction bytes:");
		for (uintptr_t i = 0; i < n; i++)
			rt_print(" ", rt_hex(((const uint8_t *)pc)[i]));
		rt_print("\n");
	}
	rt_print("\n");
	rt_goroutineheader(gp);
	rt_traceback(c->rip, c->rsp, c->rbp, gp);
	rt_tracebackothers(gp);
	rt_print("\n");
	dumpregs(c);
	rt_exit(2);
}

/* What the kernel calls, on the signal stack.  The runtime's C code checks
 * its stack against M.stackguard (stack.c), which holds the interrupted
 * code's guard, meaningless here: the handler runs with 0 (no checks, as
 * all C code on g0 and gsignal), and gives the interrupted code its guard
 * back.  So this one function has no check of its own. */
SYSTEM_STACK_ONLY static void sigtramp(int32_t sig, Siginfo *info, void *ctx)
{
	M *mp = rt_getm();
	uintptr_t guard = mp->stackguard;
	mp->stackguard = 0;
	sighandler(sig, info, ctx);
	mp->stackguard = guard;
}

/* gc: minitSignalStack.  Handlers of this M run on m->gsignal's stack. */
void rt_minitSignalStack(void)
{
	G *gs = rt_getm()->gsignal;
	SigStack st = {.ss_sp = (void *)gs->stack.lo, .ss_flags = 0, .ss_size = gs->stack.hi - gs->stack.lo};
	if (rt_sys_sigaltstack(&st, 0) < 0)
		THROW("sigaltstack failed");
}

/* gc: initsig. */
void rt_initsig(void)
{
	for (uintptr_t i = 0; i < NELEM(handled); i++) {
		KSigaction sa = {
			.handler = (void *)sigtramp,
			.flags = SA_SIGINFO | SA_ONSTACK | SA_RESTORER | SA_RESTART,
			.restorer = rt_sigreturn_tramp,
			.mask = ~(uint64_t)0,
		};
		if (rt_sys_rt_sigaction(handled[i], &sa, 0) < 0)
			THROW("sigaction failed");
	}
}

/* gc: canpanic.  A fault may become a Go panic only in user code on the
 * user goroutine, not inside the runtime's own critical sections. */
static bool canpanic(G *gp)
{
	M *mp = gp->m;
	if (gp != mp->curg)
		return false;
	return mp->locks == 0 && mp->mallocing == 0 && mp->throwing == 0 && mp->dying == 0;
}

/* gc: sigpanic.  Entered through rt_sigpanic0 on the faulting goroutine's
 * stack, as if called by the faulting instruction. */
void rt_sigpanic(void)
{
	G *gp = rt_getg();
	if (!canpanic(gp))
		THROW("unexpected signal during runtime execution");
	switch (gp->sig) {
	case SIGBUS:
		if ((gp->sigcode0 == BUS_ADRERR && gp->sigcode1 < 0x1000) || gp->paniconfault)
			rt_panicmem();
		rt_print("unexpected fault address ", rt_hex(gp->sigcode1), "\n");
		THROW("fault");
	case SIGSEGV:
		if (((gp->sigcode0 == 0 || gp->sigcode0 == SEGV_MAPERR || gp->sigcode0 == SEGV_ACCERR) &&
		     gp->sigcode1 < 0x1000) || gp->paniconfault)
			rt_panicmem();
		rt_print("unexpected fault address ", rt_hex(gp->sigcode1), "\n");
		THROW("fault");
	case SIGFPE:
		if (gp->sigcode0 == FPE_INTDIV)
			rt_panicdivide();
		if (gp->sigcode0 == FPE_INTOVF)
			rt_panicoverflow();
		rt_panicfloat();
	}
	THROW("unexpected signal value");
}
