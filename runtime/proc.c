/* runtime/proc.c — start-up, goroutines and threads (gc: proc.go, asm_amd64.s rt0_go).
 *
 * Start-up runs in gc's order:
 *     _start (asm_amd64.S)          entry point; passes the initial stack pointer
 *     rt_rt0_go                     on the OS stack, as g0 of m0:
 *       rt_args                       save argc/argv, read the auxiliary vector
 *       rt_osinit                     number of CPUs
 *       schedinit                     allocator, m0, os.Args and environment
 *       newproc(runtime_main)         goroutine 1 with a 1 GiB lazily committed stack
 *       mstart                        signal stack and handlers, then run goroutine 1
 *     runtime_main                  on goroutine 1's stack: main.init, main.main, exit(0)
 *
 * Invariants:
 *   - rt_gp is the G whose stack we are on: &rt_g0 during start-up, goroutine 1
 *     afterwards; signal handlers point it at m0's gsignal while they run.
 *   - rt_g0.m and rt_m0.g0 are set statically, so rt_getm() works from the
 *     first instruction on (print and throw need it).
 *   - Goroutine 1 never returns to g0: runtime_main ends with exit.
 *
 * TEMPORARY: there is one M (the main thread) and one user goroutine.  There
 * is no P, no run queue, no scheduler loop and no TLS; `go` statements,
 * channels, locking and sysmon come with the scheduler issue, which will turn
 * mstart into gc's schedule loop and rt_gp into a thread-local.
 */
#include "rt.h"

/* The compiler-generated package initialiser and main function. */
extern void go_main_init(void) __asm__("main.init");
extern void go_main_main(void) __asm__("main.main");

/* Constructors in .init_array, if any object has them (lld defines these
 * symbols when referenced; weak so that their absence links too). */
extern void (*const __init_array_start[])(void) __attribute__((weak, visibility("hidden")));
extern void (*const __init_array_end[])(void) __attribute__((weak, visibility("hidden")));

enum {
	G0_STACK_SIZE = 64 << 10,          // how much of the OS stack g0 claims (gc: 64 KiB istack)
	MAIN_STACK_SIZE = 1 << 30,         // goroutine 1's reservation: gc's 1 GB limit
	MAIN_STACK_GUARD = 1 << 20,        // PROT_NONE guard below it
	SIGNAL_STACK_SIZE = 64 << 10,      // m->gsignal's stack (gc: 32 KiB)
};

M rt_m0 = {.g0 = &rt_g0};
G rt_g0 = {.m = &rt_m0};
G *rt_gp = &rt_g0;

const char *const rt_gStatusStrings[] = {
	[G_IDLE] = "idle",
	[G_RUNNABLE] = "runnable",
	[G_RUNNING] = "running",
	[G_SYSCALL] = "syscall",
	[G_WAITING] = "waiting",
	[G_MORIBUND] = "moribund",
	[G_DEAD] = "dead",
};

static int64_t goidgen;  // last goroutine id handed out

/* A new G with a stack of stacksize usable bytes above a guard of `guard`
 * bytes (gc: malg).  guard 0 means no guard (the signal stack). */
G *rt_malg(uintptr_t stacksize, uintptr_t guard)
{
	G *newg = rt_mallocgc(sizeof(G), 0, 1);
	newg->stack = rt_stackalloc(stacksize, guard);
	newg->guardlo = guard ? newg->stack.lo - guard : 0;
	newg->atomicstatus = G_IDLE;
	return newg;
}

/* gc: mcommoninit + mpreinit.  Gives m its signal goroutine. */
static void mcommoninit(M *mp, int64_t id)
{
	mp->id = id;
	rt_fastrandinit(mp);
	mp->gsignal = rt_malg(SIGNAL_STACK_SIZE, 0);
	mp->gsignal->m = mp;
}

static void schedinit(void)
{
	rt_mallocinit();
	rt_alginit();  // hashes and fastrand work from here on
	rt_itabsinit();
	mcommoninit(&rt_m0, 0);
	rt_goargs();
	rt_goenvs();
}

/* Create the goroutine that runs fn (gc: newproc1).  TEMPORARY: nothing
 * queues it; mstart runs it directly. */
static G *newproc(void (*fn)(void))
{
	G *newg = rt_malg(MAIN_STACK_SIZE, MAIN_STACK_GUARD);
	newg->goid = ++goidgen;
	newg->startpc = fn;
	newg->atomicstatus = G_RUNNABLE;
	return newg;
}

/* gc: execute.  Switch to gp's stack and run it; never returns. */
NORETURN static void execute(G *gp)
{
	M *mp = rt_getm();
	gp->m = mp;
	mp->curg = gp;
	gp->atomicstatus = G_RUNNING;
	rt_gp = gp;
	rt_gogo(gp->stack.hi, gp->startpc);
}

/* gc: mstart/mstart1/minit.  Sets up signal handling for this M and runs the
 * main goroutine. */
NORETURN static void mstart(G *maing)
{
	rt_minitSignalStack();
	rt_initsig();
	execute(maing);
}

/* Goroutine 1 (gc: runtime.main). */
static void runtime_main(void)
{
	for (void (*const *f)(void) = __init_array_start; f < __init_array_end; f++)
		(*f)();
	go_main_init();
	go_main_main();
	rt_exit(0);
}

void rt_rt0_go(uintptr_t *sp)
{
	rt_g0.stack.hi = (uintptr_t)sp;
	rt_g0.stack.lo = (uintptr_t)sp - G0_STACK_SIZE;
	rt_g0.atomicstatus = G_RUNNING;
	rt_args((int32_t)sp[0], (uint8_t **)(sp + 1));
	rt_osinit();
	schedinit();
	mstart(newproc(runtime_main));
}

/* Terminate the process (gc: exit).  Flushes an unfinished print statement. */
void rt_exit(int32_t code)
{
	rt_print_flush();
	rt_sys_exit_group(code);
}
