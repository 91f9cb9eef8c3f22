/* runtime/proc.c — start-up and the goroutine scheduler (gc: proc.go,
 * runtime2.go, asm_amd64.s rt0_go).
 *
 * gc's G/M/P design, in gc's shape:
 *   G  a goroutine: its own stack (stack.c) and its saved context.
 *   M  an OS thread, made with clone(2).  Each M has a g0 whose stack runs
 *      the scheduler, and a gsignal for signal handlers.  %fs points at the
 *      M (rt.h), so getg() and getm() are one load each.
 *   P  the right to run Go code: GOMAXPROCS of them (the GOMAXPROCS
 *      environment variable, default the CPUs in the affinity mask).  Each
 *      has a local run queue of 256 Gs (a lock-free ring: the owner puts at
 *      the tail, the owner and thieves CAS the head) and runnext, a slot for
 *      the G the running G just readied, which runs next in its time slice.
 *
 * Start-up, in gc's order:
 *     _start (asm_amd64.S)          entry point; passes the initial stack pointer
 *     rt_rt0_go                     on the OS stack, as g0 of m0: %fs = &rt_m0,
 *       rt_args, rt_osinit            argc/argv/auxv, number of CPUs
 *       schedinit                     allocator, GOMAXPROCS Ps (m0 takes P 0), GODEBUG
 *       newproc1(runtime_main)        goroutine 1 with a 1 GiB lazily committed stack
 *       mstart0                       signal stack and handlers, then schedule()
 *     runtime_main                  goroutine 1: sysmon if asked, main.init, main.main, exit(0)
 *
 * Switching (asm_amd64.S): a G gives up its M with mcall(fn), which pushes
 * the callee-saved registers on the G's stack, records SP in g->sched_sp and
 * calls fn(g) on g0's stack; gogo(g) pops them back on any M.  gopark is
 * mcall(park_m); goroutine exit is mcall(goexit0).  Both end in schedule(),
 * which never returns: it finds a G and gogo's to it, abandoning g0's frames
 * (the next mcall restarts g0 at m->g0sp).
 *
 * schedule/findrunnable, as in gc:
 *   1. every 61st schedule, one G from the global queue (fairness);
 *   2. runnext, then the local queue;
 *   3. the global queue (a batch: runqsize/gomaxprocs + 1, at most 128);
 *   4. stealing: at most 2*nmspinning < busy Ps Ms spin; a spinning M makes
 *      4 passes over the other Ps from a random start, taking half of a
 *      victim's queue, and on the last pass its runnext;
 *   (between 3 and 4: the network, without blocking, if goroutines wait on it)
 *   5. otherwise: run the due timers of every P (time.c), then under
 *      sched.lock give the P back (pidle), stop spinning, re-check every P's
 *      queue (a G readied while we were giving up must not be lost), then
 *      wait: if goroutines wait on the network poller (netpoll_epoll.c) or
 *      a timer is pending, and no other M is in the poller, block in
 *      netpoll until I/O, the earliest timer of all Ps, or a netpollBreak;
 *      else sleep on m->park (stopm).
 * Timers: schedule runs its P's due timers first (gc: checkTimers); adding
 * a timer earlier than the poller M's wake-up breaks its netpoll, and with
 * no M in the poller it wakes a spinning M that will go there
 * (rt_wakeNetPoller, gc: wakeNetPoller).  sysmon starts an M if a timer is
 * overdue while a P idles, and polls the network if nobody has for 10 ms.
 * Making a G runnable (newproc, goready) puts it on the current P and calls
 * wakep: if a P is idle and no M is spinning, start a spinning M.  The
 * spinning M that finds work calls wakep again (resetspinning), so the
 * number of awake Ms follows the amount of work.
 *
 * Deadlock: an M that goes idle calls checkdead under sched.lock; if no M
 * is left running Go code (sysmon does not count) and some G waits, it is
 * gc's "fatal error: all goroutines are asleep - deadlock!", with each G and
 * its wait reason ("goroutine 1 [chan receive]:"), unless a timer is pending
 * (an M waits in the poller for it).  An M blocked in netpoll is not idle,
 * so goroutines waiting for I/O forever hang the program, as in gc.
 *
 * sysmon (a P-less M) preempts a G that has run for 10 ms (gc's
 * forcePreemptNS) and prints GODEBUG=schedtrace=N's "SCHED ..." lines.
 * Preemption is asynchronous, by signal (rt_preemptone, signal_unix.c,
 * asm_amd64.S's rt_asyncPreempt), at any instruction of Go code; runtime C
 * code is never interrupted, but the allocator's exit is a synchronous
 * preemption point (rt_preemptpoint), and so are loops' back edges in code
 * compiled with -d=ssa/insert_resched_checks/on (rt_goschedguarded).
 * GODEBUG=asyncpreemptoff=1 sends no signals: only those points preempt.  A goroutine in a system call
 * (package syscall's Syscall: rt_entersyscall/rt_exitsyscall) leaves its P
 * in P_SYSCALL, which sysmon hands to another M if the call blocks.
 *
 * Invariants:
 *   - getg() is the G whose stack the thread is on: g0 in the scheduler,
 *     m->curg in Go code, m->gsignal in a signal handler.
 *   - A G is on at most one run queue, and only with status G_RUNNABLE.
 *     G_WAITING Gs are referenced by the sudogs of the channels they wait on.
 *   - Only the owner of P puts on its runq/runnext; anyone may take from it.
 *   - sched.lock guards midle, pidle, the global run queue and the free G
 *     list; npidle and nmspinning are atomics also read without it.
 *   - At most one M blocks in netpoll: the one that swapped sched.lastpoll
 *     from non-zero to 0; it is not on midle and holds no P, and it sets
 *     lastpoll again when it returns.
 *   - An M holds a P exactly while it runs Go code or the scheduler; idle Ms
 *     and sysmon hold none.
 *   - Goroutine 1 never returns to g0: runtime_main ends with exit.
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
	G0_STACK_SIZE = 64 << 10,          // how much of the OS stack m0's g0 claims (gc: 64 KiB istack)
	M_STACK_SIZE = 128 << 10,          // g0 stack of other Ms (committed as touched)
	M_STACK_GUARD = 64 << 10,
	SIGNAL_STACK_SIZE = 64 << 10,      // m->gsignal's stack (gc: 32 KiB)
	MAX_GOMAXPROCS = 1024,             // gc: _MaxGomaxprocs
	GOID_BATCH = 16,                   // gc: _GoidCacheBatch
	GFREE_MAX = 64,                    // a P's free G list spills to the global one above this
	SUDOG_CACHE_MAX = 128,             // likewise for sudogs
	STEAL_TRIES = 4,                   // gc: stealTries
};

static const uint64_t CANARY = 0x2f8a3c5d6e7b9011ull;  // %fs:0x28 on every M (rt.h)

M rt_m0 = {.tls_g = &rt_g0, .tls_m = &rt_m0, .g0 = &rt_g0, .tls_canary = CANARY};
G rt_g0 = {.m = &rt_m0};
Sched rt_sched;
P **rt_allp;
int32_t rt_gomaxprocs;
uint32_t rt_panicking;

const char *const rt_gStatusStrings[] = {
	[G_IDLE] = "idle",
	[G_RUNNABLE] = "runnable",
	[G_RUNNING] = "running",
	[G_SYSCALL] = "syscall",
	[G_WAITING] = "waiting",
	[G_MORIBUND] = "moribund",
	[G_DEAD] = "dead",
};

const char *const rt_waitReasonStrings[NUM_WAIT_REASONS] = {
	[WAIT_ZERO] = "",
	[WAIT_CHAN_RECEIVE_NIL_CHAN] = "chan receive (nil chan)",
	[WAIT_CHAN_SEND_NIL_CHAN] = "chan send (nil chan)",
	[WAIT_SELECT] = "select",
	[WAIT_SELECT_NO_CASES] = "select (no cases)",
	[WAIT_CHAN_RECEIVE] = "chan receive",
	[WAIT_CHAN_SEND] = "chan send",
	[WAIT_SLEEP] = "sleep",
	[WAIT_PANICWAIT] = "panicwait",
	[WAIT_GC_SWEEP_WAIT] = "GC sweep wait",
	[WAIT_PREEMPTED] = "preempted",
	[WAIT_GC_WORKER_IDLE] = "GC worker (idle)",
	[WAIT_FINALIZER_WAIT] = "finalizer wait",
	[WAIT_SEMACQUIRE] = "semacquire",
	[WAIT_SYNC_COND_WAIT] = "sync.Cond.Wait",
	[WAIT_IO_WAIT] = "IO wait",
};

static M *allm = &rt_m0;          // every M, linked by alllink (guarded by sched.lock)
static bool mainStarted;          // runtime_main is running: newproc may start Ms
static int64_t schedtrace;        // GODEBUG=schedtrace=N (milliseconds), 0 = off
static int64_t asyncpreemptoff;   // GODEBUG=asyncpreemptoff=1: no preemption signals (gc's knob)
static uint64_t initSigmask;      // the signal mask the process started with

/* Every G ever created, for tracebacks and checkdead (gc: allgs).  Grown
 * under allglock; readers may look without it (allglen is published after
 * the slot). */
static Mutex allglock;
static G **allgs;
static int64_t allglen, allgcap;

/* Sudogs not held by any P (gc: sched.sudogcache). */
static Mutex sudoglock;
static Sudog *sudogcentral;

/* ---- small helpers ---- */

static inline uint32_t load32(const uint32_t *p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }

static uint32_t fastrandn(uint32_t n) { return (uint32_t)(((uint64_t)rt_fastrand() * n) >> 32); }

static void allgadd(G *gp)
{
	rt_lock(&allglock);
	if (allglen == allgcap) {
		int64_t ncap = allgcap ? 2 * allgcap : 64;
		G **n = rt_rootalloc((uintptr_t)ncap * sizeof(G *));  // the old array stays valid (roots are never freed)
		memmove(n, allgs, (size_t)allglen * sizeof(G *));
		__atomic_store_n(&allgs, n, __ATOMIC_RELEASE);  // the old array stays valid for racing readers
		allgcap = ncap;
	}
	allgs[allglen] = gp;
	__atomic_store_n(&allglen, allglen + 1, __ATOMIC_RELEASE);
	rt_unlock(&allglock);
}

/* gc: forEachGRace.  Calls f for every G; no lock (crash paths use it). */
void rt_forEachG(void (*f)(G *, void *), void *arg)
{
	int64_t n = __atomic_load_n(&allglen, __ATOMIC_ACQUIRE);
	G **a = __atomic_load_n(&allgs, __ATOMIC_ACQUIRE);
	for (int64_t i = 0; i < n; i++)
		f(a[i], arg);
}

/* A new G with a stack of stacksize usable bytes above a guard of `guard`
 * bytes (0: none), or, if stacksize is 0, a goroutine's small first
 * segment (stack.c) (gc: malg). */
G *rt_malg(uintptr_t stacksize, uintptr_t guard)
{
	/* not a root pool: the collector scans a G with its stack (mgc.c), and
	 * not at all while dead; g0s and signal Gs hold no heap pointers */
	G *newg = rt_persistentalloc(sizeof(G));
	if (stacksize == 0) {
		newg->stack = rt_smallstack();
		newg->segmented = true;
		newg->stackguard0 = newg->stack.lo + SMALL_STACK_RESERVE;
	} else {
		newg->stack = rt_stackalloc(stacksize, guard);
		newg->guardlo = guard ? newg->stack.lo - guard : 0;
		newg->stackguard0 = newg->stack.lo + (stacksize >= 4 * STACK_RESERVE ? STACK_RESERVE : G0_GO_RESERVE);
	}
	newg->stackguard = newg->stackguard0;
	newg->atomicstatus = G_IDLE;
	return newg;
}

/* gc: mcommoninit + mpreinit.  Gives m its id and signal goroutine. */
static void mcommoninit(M *mp, int64_t id)
{
	mp->id = id;
	rt_fastrandinit(mp);
	mp->gsignal = rt_malg(SIGNAL_STACK_SIZE, 0);
	mp->gsignal->m = mp;
}

/* ---- run queues (gc: runqput, runqget, runqgrab, globrunqget) ---- */

static void globrunqput(G *gp)  // sched.lock held
{
	gp->schedlink = 0;
	if (rt_sched.runqtail)
		rt_sched.runqtail->schedlink = gp;
	else
		rt_sched.runqhead = gp;
	rt_sched.runqtail = gp;
	rt_sched.runqsize++;
}

static G *globrunqpop(void)  // sched.lock held
{
	G *gp = rt_sched.runqhead;
	if (gp) {
		rt_sched.runqhead = gp->schedlink;
		if (rt_sched.runqhead == 0)
			rt_sched.runqtail = 0;
		gp->schedlink = 0;
		rt_sched.runqsize--;
	}
	return gp;
}

static void runqput(P *pp, G *gp, bool next);

/* Half of a full local queue plus gp go to the global queue (owner only). */
NOINLINE static bool runqputslow(P *pp, G *gp, uint32_t h, uint32_t t)  // a big frame: not in runqput
{
	G *batch[RUNQ_SIZE / 2 + 1];
	uint32_t n = (t - h) / 2;
	if (n != RUNQ_SIZE / 2)
		THROW("runqputslow: queue is not full");
	for (uint32_t i = 0; i < n; i++)
		batch[i] = pp->runq[(h + i) % RUNQ_SIZE];
	if (!__atomic_compare_exchange_n(&pp->runqhead, &h, h + n, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
		return false;
	batch[n] = gp;
	rt_lock(&rt_sched.lock);
	for (uint32_t i = 0; i <= n; i++)
		globrunqput(batch[i]);
	rt_unlock(&rt_sched.lock);
	return true;
}

/* Put gp on pp's local queue; next: into runnext, kicking the old runnext
 * to the tail.  Owner only. */
NO_SPLIT_STACK static void runqput(P *pp, G *gp, bool next)
{
	if (next) {
		G *old = __atomic_exchange_n(&pp->runnext, gp, __ATOMIC_ACQ_REL);
		if (old == 0)
			return;
		gp = old;
	}
	for (;;) {
		uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
		uint32_t t = pp->runqtail;
		if (t - h < RUNQ_SIZE) {
			pp->runq[t % RUNQ_SIZE] = gp;
			__atomic_store_n(&pp->runqtail, t + 1, __ATOMIC_RELEASE);
			return;
		}
		if (runqputslow(pp, gp, h, t))
			return;
	}
}

/* The next G of pp's local queue: runnext first.  Owner only. */
NO_SPLIT_STACK static G *runqget(P *pp)
{
	G *next = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
	if (next != 0 && __atomic_compare_exchange_n(&pp->runnext, &next, 0, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
		return next;
	for (;;) {
		uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
		uint32_t t = pp->runqtail;
		if (t == h)
			return 0;
		G *gp = pp->runq[h % RUNQ_SIZE];
		if (__atomic_compare_exchange_n(&pp->runqhead, &h, h + 1, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
			return gp;
	}
}

static bool runqempty(P *pp)
{
	for (;;) {
		uint32_t h = load32(&pp->runqhead);
		uint32_t t = load32(&pp->runqtail);
		G *next = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
		if (load32(&pp->runqtail) == t)
			return h == t && next == 0;
	}
}

/* Take half of victim's queue into batch[batchHead...] (gc: runqgrab). */
static uint32_t runqgrab(P *victim, G **batch, uint32_t batchHead, bool stealRunNext)
{
	for (;;) {
		uint32_t h = load32(&victim->runqhead);
		uint32_t t = load32(&victim->runqtail);
		uint32_t n = t - h;
		n = n - n / 2;
		if (n == 0) {
			if (!stealRunNext)
				return 0;
			G *next = __atomic_load_n(&victim->runnext, __ATOMIC_ACQUIRE);
			if (next == 0)
				return 0;
			// The victim's G probably readied next and is about to block:
			// give its P 3 µs to run next itself, as gc does.
			if (__atomic_load_n(&victim->status, __ATOMIC_RELAXED) == P_RUNNING)
				rt_usleep(3);
			if (!__atomic_compare_exchange_n(&victim->runnext, &next, 0, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
				continue;
			batch[batchHead % RUNQ_SIZE] = next;
			return 1;
		}
		if (n > RUNQ_SIZE / 2)  // inconsistent h and t
			continue;
		for (uint32_t i = 0; i < n; i++)
			batch[(batchHead + i) % RUNQ_SIZE] = victim->runq[(h + i) % RUNQ_SIZE];
		if (__atomic_compare_exchange_n(&victim->runqhead, &h, h + n, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
			return n;
	}
}

/* Steal half of victim's queue onto pp's; returns one of the Gs (gc: runqsteal). */
static G *runqsteal(P *pp, P *victim, bool stealRunNext)
{
	uint32_t t = pp->runqtail;
	uint32_t n = runqgrab(victim, pp->runq, t, stealRunNext);
	if (n == 0)
		return 0;
	n--;
	G *gp = pp->runq[(t + n) % RUNQ_SIZE];
	if (n == 0)
		return gp;
	uint32_t h = load32(&pp->runqhead);
	if (t - h + n >= RUNQ_SIZE)
		THROW("runqsteal: runq overflow");
	__atomic_store_n(&pp->runqtail, t + n, __ATOMIC_RELEASE);
	return gp;
}

/* A batch from the global queue: one to run, the rest onto pp (sched.lock held). */
static G *globrunqget(P *pp, int32_t max)
{
	if (rt_sched.runqsize == 0)
		return 0;
	int32_t n = rt_sched.runqsize / rt_gomaxprocs + 1;
	if (n > rt_sched.runqsize)
		n = rt_sched.runqsize;
	if (max > 0 && n > max)
		n = max;
	if (n > RUNQ_SIZE / 2)
		n = RUNQ_SIZE / 2;
	G *gp = globrunqpop();
	while (--n > 0)
		runqput(pp, globrunqpop(), false);
	return gp;
}

/* ---- Ps and Ms ---- */

static void acquirep(P *pp)
{
	M *mp = rt_getm();
	if (mp->p != 0 || pp->m != 0 || pp->status != P_IDLE)
		THROW("acquirep: invalid p state");
	mp->p = pp;
	pp->m = mp;
	__atomic_store_n(&pp->status, P_RUNNING, __ATOMIC_RELAXED);
}

static P *releasep(void)
{
	M *mp = rt_getm();
	P *pp = mp->p;
	if (pp == 0 || pp->m != mp || pp->status != P_RUNNING)
		THROW("releasep: invalid p state");
	mp->p = 0;
	pp->m = 0;
	__atomic_store_n(&pp->status, P_IDLE, __ATOMIC_RELAXED);
	return pp;
}

static void pidleput(P *pp)  // sched.lock held
{
	pp->link = rt_sched.pidle;
	rt_sched.pidle = pp;
	__atomic_add_fetch(&rt_sched.npidle, 1, __ATOMIC_SEQ_CST);
}

static P *pidleget(void)  // sched.lock held
{
	P *pp = rt_sched.pidle;
	if (pp) {
		rt_sched.pidle = pp->link;
		pp->link = 0;
		__atomic_sub_fetch(&rt_sched.npidle, 1, __ATOMIC_SEQ_CST);
	}
	return pp;
}

static void checkdead(void);

static void mput(M *mp)  // sched.lock held
{
	mp->schedlink = rt_sched.midle;
	rt_sched.midle = mp;
	rt_sched.nmidle++;
	checkdead();
}

static M *mget(void)  // sched.lock held
{
	M *mp = rt_sched.midle;
	if (mp) {
		rt_sched.midle = mp->schedlink;
		mp->schedlink = 0;
		rt_sched.nmidle--;
	}
	return mp;
}

static int32_t mcount(void) { return (int32_t)rt_sched.mnext; }

NORETURN static void schedule(void);
NORETURN static void mstart(M *mp);
static void sysmon(void);

/* The signal handler state of a new thread (gc: minit). */
static void minit(void)
{
	M *mp = rt_getm();
	mp->procid = rt_sys_gettid();
	rt_minitSignalStack();
	rt_sys_rt_sigprocmask(SIG_SETMASK, &initSigmask, 0);
}

/* Create an M with id id that runs fn (sysmon) or schedules with pp
 * (gc: newm, allocm, newosproc).  The id is reserved by the caller under
 * sched.lock, so mcount() already counts the new M. */
static void newm(void (*fn)(void), P *pp, bool spinning, int64_t id)
{
	// pp is in transit to the new M: no GC may start (and stop the world,
	// waiting for pp) until the M exists (gc: allocm's acquirem).
	M *cur = rt_getm();
	cur->locks++;
	M *mp = rt_rootalloc(sizeof(M));
	mp->tls_m = mp;
	mp->tls_canary = CANARY;
	mcommoninit(mp, id);
	G *g0 = rt_malg(M_STACK_SIZE, M_STACK_GUARD);
	g0->m = mp;
	g0->atomicstatus = G_RUNNING;
	mp->g0 = g0;
	mp->tls_g = g0;
	mp->nextp = pp;
	mp->spinning = spinning;
	mp->mstartfn = fn;
	rt_lock(&rt_sched.lock);
	mp->alllink = allm;
	allm = mp;
	rt_unlock(&rt_sched.lock);

	// The thread starts with every signal blocked; minit unblocks them once
	// its signal stack is in place (gc: newosproc's sigprocmask).
	uint64_t all = ~(uint64_t)0, old;
	rt_sys_rt_sigprocmask(SIG_SETMASK, &all, &old);
	int64_t r = rt_clone(CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_SYSVSEM | CLONE_THREAD |
	                         CLONE_SETTLS,
	                     (void *)g0->stack.hi, mp, mstart);
	rt_sys_rt_sigprocmask(SIG_SETMASK, &old, 0);
	cur->locks--;
	if (r < 0) {
		rt_print("runtime: failed to create new OS thread (have ", (int64_t)mcount(), " already; errno=", -r,
		         ")\n");
		THROW("newosproc");
	}
}

/* Run some M on pp (or an idle P if pp is NULL): wake an idle M or make a
 * new one (gc: startm).  spinning: the caller counted it in nmspinning. */
static void startm(P *pp, bool spinning)
{
	rt_lock(&rt_sched.lock);
	if (pp == 0) {
		pp = pidleget();
		if (pp == 0) {
			rt_unlock(&rt_sched.lock);
			if (spinning && (int32_t)__atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
				THROW("startm: negative nmspinning");
			return;
		}
	}
	M *nmp = mget();
	if (nmp == 0) {
		int64_t id = rt_sched.mnext++;
		rt_unlock(&rt_sched.lock);
		newm(0, pp, spinning, id);
		return;
	}
	rt_unlock(&rt_sched.lock);
	if (nmp->spinning || nmp->nextp)
		THROW("startm: m is spinning or has a p");
	nmp->spinning = spinning;
	nmp->nextp = pp;
	rt_notewakeup(&nmp->park);
}

/* Start a spinning M if a P is idle and nobody is looking for work (gc: wakep). */
static void wakep(void)
{
	if (__atomic_load_n(&rt_sched.npidle, __ATOMIC_SEQ_CST) == 0)
		return;
	uint32_t zero = 0;
	if (__atomic_load_n(&rt_sched.nmspinning, __ATOMIC_SEQ_CST) != 0 ||
	    !__atomic_compare_exchange_n(&rt_sched.nmspinning, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
		return;
	startm(0, true);
}

/* Park this M until startm hands it a P (gc: stopm). */
static void stopm(void)
{
	M *mp = rt_getm();
	if (mp->p)
		THROW("stopm holding p");
	if (mp->spinning)
		THROW("stopm spinning");
	rt_lock(&rt_sched.lock);
	mput(mp);
	rt_unlock(&rt_sched.lock);
	rt_notesleep(&mp->park);
	rt_noteclear(&mp->park);
	acquirep(mp->nextp);
	mp->nextp = 0;
}

/* A timer due at when was added or changed: if an M is blocked in netpoll
 * past when, break its poll so that it sleeps again until when; if none
 * is, start a spinning M, which will go there if nothing else is to be
 * done (gc: wakeNetPoller).  Any M, with or without a P. */
void rt_wakeNetPoller(int64_t when)
{
	if (__atomic_load_n(&rt_sched.lastpoll, __ATOMIC_SEQ_CST) == 0) {
		// pollUntil may be 0 for a moment before the poller stores it: a
		// spurious break then, never a missed one.
		int64_t until = __atomic_load_n(&rt_sched.pollUntil, __ATOMIC_SEQ_CST);
		if (until == 0 || until > when)
			rt_netpollBreak();
	} else if (mainStarted) {
		wakep();
	}
}

/* Make the Gs of list runnable: Gs netpoll returned, G_WAITING, linked by
 * schedlink (gc: injectglist).  Without a P they go to the global queue;
 * with one, as many as there are idle Ps go there, each with an M started
 * for it, and the rest to this P's queue. */
static void injectglist(G *list)
{
	if (list == 0)
		return;
	int32_t n = 0;
	for (G *gp = list; gp != 0; gp = gp->schedlink) {
		rt_casgstatus(gp, G_WAITING, G_RUNNABLE);
		n++;
	}
	P *pp = rt_getm()->p;
	int32_t nglobal = n;
	if (pp != 0) {
		int32_t npidle = (int32_t)__atomic_load_n(&rt_sched.npidle, __ATOMIC_SEQ_CST);
		if (nglobal > npidle)
			nglobal = npidle;
	}
	if (nglobal > 0) {
		rt_lock(&rt_sched.lock);
		for (int32_t i = 0; i < nglobal; i++) {
			G *gp = list;
			list = gp->schedlink;
			globrunqput(gp);
		}
		rt_unlock(&rt_sched.lock);
		for (int32_t i = 0; i < nglobal && __atomic_load_n(&rt_sched.npidle, __ATOMIC_SEQ_CST) != 0; i++)
			startm(0, false);
	}
	while (list != 0) {
		G *gp = list;
		list = gp->schedlink;
		gp->schedlink = 0;
		runqput(pp, gp, false);
	}
}

/* The M found work after spinning: stop counting it, and maybe wake
 * another spinner for the rest (gc: resetspinning). */
static void resetspinning(void)
{
	M *mp = rt_getm();
	mp->spinning = false;
	if ((int32_t)__atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
		THROW("findrunnable: negative nmspinning");
	wakep();
}

/* ---- stopping the world (gc: stopTheWorldWithSema, gcstopm) ---- */

/* The world is stopping: give the P to the stopper and sleep until
 * startTheWorld hands this M a P again (gc: gcstopm). */
static void gcstopm(void)
{
	M *mp = rt_getm();
	if (mp->spinning) {
		mp->spinning = false;
		if ((int32_t)__atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
			THROW("gcstopm: negative nmspinning");
	}
	P *pp = releasep();
	rt_lock(&rt_sched.lock);
	pp->status = P_GCSTOP;
	if (--rt_sched.stopwait == 0)
		rt_notewakeup(&rt_sched.stopnote);
	rt_unlock(&rt_sched.lock);
	stopm();
}

/* Stop every P but the caller's at a safe point: in the scheduler, or in
 * Go code interrupted by the preemption signal.  Afterwards no other
 * goroutine runs, every G but the caller is stopped with its registers on
 * its stack, and no M runs runtime code that holds a P. */
static uint32_t worldsema;  // one stopper at a time (gc: worldsema)

void rt_stopTheWorld(void)
{
	while (!__atomic_compare_exchange_n(&worldsema, &(uint32_t){0}, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		rt_gosched();
	M *mp = rt_getm();
	P *me = mp->p;
	rt_lock(&rt_sched.lock);
	rt_sched.stopwait = rt_gomaxprocs;
	__atomic_store_n(&rt_sched.gcwaiting, 1, __ATOMIC_SEQ_CST);
	me->status = P_GCSTOP;
	rt_sched.stopwait--;
	P *pp;
	while ((pp = pidleget()) != 0) {
		pp->status = P_GCSTOP;
		rt_sched.stopwait--;
	}
	for (int32_t i = 0; i < rt_gomaxprocs; i++) {  // Ps whose Ms are in system calls
		uint32_t s = P_SYSCALL;
		if (__atomic_compare_exchange_n(&rt_allp[i]->status, &s, P_GCSTOP, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
			rt_sched.stopwait--;
	}
	int32_t wait = rt_sched.stopwait;
	rt_unlock(&rt_sched.lock);
	while (wait > 0) {
		for (int32_t i = 0; i < rt_gomaxprocs; i++) {
			P *p2 = rt_allp[i];
			if (p2 != me && __atomic_load_n(&p2->status, __ATOMIC_ACQUIRE) == P_RUNNING)
				rt_preemptone(p2);
		}
		rt_notetsleep(&rt_sched.stopnote, 100 * 1000);
		rt_lock(&rt_sched.lock);
		wait = rt_sched.stopwait;
		rt_unlock(&rt_sched.lock);
	}
	rt_noteclear(&rt_sched.stopnote);
}

/* Give the stopped Ps back and start Ms for the runnable goroutines
 * (gc: startTheWorldWithSema). */
void rt_startTheWorld(void)
{
	M *mp = rt_getm();
	P *me = mp->p;
	P *withwork[MAX_GOMAXPROCS];
	int32_t nwork = 0;
	rt_lock(&rt_sched.lock);
	__atomic_store_n(&rt_sched.gcwaiting, 0, __ATOMIC_SEQ_CST);
	me->status = P_RUNNING;
	for (int32_t i = rt_gomaxprocs - 1; i >= 0; i--) {
		P *pp = rt_allp[i];
		if (pp == me || pp->status != P_GCSTOP)
			continue;
		pp->status = P_IDLE;
		if (runqempty(pp))
			pidleput(pp);
		else
			withwork[nwork++] = pp;
	}
	int32_t global = rt_sched.runqsize;
	rt_unlock(&rt_sched.lock);
	__atomic_store_n(&worldsema, 0, __ATOMIC_RELEASE);
	for (int32_t i = 0; i < nwork; i++)
		startm(withwork[i], false);
	// The goroutines stopped by preemption wait on the global queue.
	for (int32_t i = 0; i < global && __atomic_load_n(&rt_sched.npidle, __ATOMIC_SEQ_CST) > 0; i++)
		startm(0, false);
	// Idle Ps may hold timers that came due while the world was stopped.
	if (rt_timers_next() != 0)
		wakep();
}

/* With the world stopped: make n Ps (gc: procresize).  New Ps start
 * stopped (startTheWorld makes them idle); removed Ps give their
 * goroutines to the global queue, their cached spans to the heap and
 * their grey objects to the collector.  If the caller's P goes, it takes
 * P 0. */
static void procresize_stopped(int32_t n)
{
	int32_t old = rt_gomaxprocs;
	for (int32_t i = old; i < n; i++) {
		P *pp = rt_allp[i];
		if (pp == 0) {
			pp = rt_rootalloc(sizeof(P));
			pp->id = i;
			pp->mcache = rt_allocmcache();
			rt_allp[i] = pp;
		}
		pp->status = P_GCSTOP;
	}
	M *mp = rt_getm();
	for (int32_t i = n; i < old; i++) {
		P *pp = rt_allp[i];
		rt_lock(&rt_sched.lock);
		G *gp;
		while ((gp = runqget(pp)) != 0)
			globrunqput(gp);
		while (pp->gfree) {
			G *g1 = pp->gfree;
			pp->gfree = g1->schedlink;
			g1->schedlink = rt_sched.gfree;
			rt_sched.gfree = g1;
			rt_sched.ngfree++;
		}
		pp->gfreecnt = 0;
		rt_unlock(&rt_sched.lock);
		rt_lock(&sudoglock);
		while (pp->sudogcache) {
			Sudog *s = pp->sudogcache;
			pp->sudogcache = s->next;
			s->next = sudogcentral;
			sudogcentral = s;
		}
		pp->sudogcnt = 0;
		rt_unlock(&sudoglock);
		rt_mcache_flush(pp->mcache);
		rt_gcflushwbuf(pp);
		rt_timers_move(pp, mp->p->id < n ? mp->p : rt_allp[0]);
		if (mp->p == pp) {
			P *p0 = rt_allp[0];
			pp->m = 0;
			p0->m = mp;
			mp->p = p0;
		}
		pp->status = P_IDLE;  // unused: beyond gomaxprocs
	}
	rt_gomaxprocs = n;
}

/* ---- the Go API of the scheduler (overlay/runtime/debug.go, proc.go) ---- */

int64_t rt_GOMAXPROCS(int64_t n) __asm__("runtime.GOMAXPROCS");
int64_t rt_NumCPU(void) __asm__("runtime.NumCPU");
int64_t rt_NumGoroutine(void) __asm__("runtime.NumGoroutine");
void rt_Gosched(void) __asm__("runtime.Gosched");

int64_t rt_GOMAXPROCS(int64_t n)
{
	int32_t old = rt_gomaxprocs;
	if (n <= 0 || n == old)
		return old;
	if (n > MAX_GOMAXPROCS)
		n = MAX_GOMAXPROCS;
	// Not while a collection is under way: its workers and buffers are per P.
	while (__atomic_load_n(&rt_gc.running, __ATOMIC_ACQUIRE))
		rt_gosched();
	rt_stopTheWorld();
	procresize_stopped((int32_t)n);
	rt_startTheWorld();
	return old;
}

int64_t rt_NumCPU(void) { return rt_ncpu; }

static void countg(G *gp, void *arg)
{
	uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) & ~G_SCAN;
	if (!gp->issystem && st != G_DEAD && st != G_IDLE)
		++*(int64_t *)arg;
}

int64_t rt_NumGoroutine(void)
{
	int64_t n = 0;
	rt_forEachG(countg, &n);
	return n;
}

void rt_Gosched(void) { rt_gosched(); }

/* ---- preemption (gc: preemptone, asyncPreempt, gopreempt_m) ---- */

/* Go code lies in section gotext (the backend puts it there); the runtime's
 * C code is never preempted asynchronously, since it may hold locks or be
 * half-way through changing the scheduler's state. */
extern const uint8_t __start_gotext[] __attribute__((weak, visibility("hidden")));
extern const uint8_t __stop_gotext[] __attribute__((weak, visibility("hidden")));


/* May the signal handler make gp, interrupted at pc, call rt_asyncPreempt? */
bool rt_asyncSafePoint(G *gp, uintptr_t pc)
{
	M *mp = gp->m;
	if (mp == 0 || gp != mp->curg || !__atomic_load_n(&gp->preempt, __ATOMIC_RELAXED))
		return false;
	if (mp->locks != 0 || mp->mallocing != 0 || mp->dying != 0 || mp->throwing != 0 || mp->p == 0)
		return false;
	if (__atomic_load_n(&gp->atomicstatus, __ATOMIC_RELAXED) != G_RUNNING)
		return false;
	return pc >= (uintptr_t)__start_gotext && pc < (uintptr_t)__stop_gotext;
}

/* Ask the G running on pp to stop at its next safe point (gc: preemptone). */
void rt_preemptone(P *pp)
{
	M *mp = __atomic_load_n(&pp->m, __ATOMIC_ACQUIRE);
	if (mp == 0 || mp == rt_getm())
		return;
	G *gp = __atomic_load_n(&mp->curg, __ATOMIC_ACQUIRE);
	if (gp == 0)
		return;
	__atomic_or_fetch(&gp->preempt, PREEMPT_YIELD, __ATOMIC_RELEASE);
	if (!asyncpreemptoff)
		rt_sys_tgkill(rt_pid, (int32_t)mp->procid, SIGURG);
}

/* gc: gopreempt_m = goschedImpl, as Gosched: the preempted G goes to the global queue. */
static void gosched_m(G *gp);
#define gopreempt_m gosched_m

/* A synchronous preemption point in the runtime (the allocator's exit):
 * yield if preemption was asked and this is the user goroutine, holding no
 * runtime locks. */
void rt_preemptpoint(void)
{
	M *mp = rt_getm();
	G *gp = rt_getg();
	if (gp != mp->curg || mp->locks != 0 || mp->mallocing != 0 || mp->dying != 0 || mp->p == 0)
		return;
	uint32_t req = __atomic_exchange_n(&gp->preempt, 0, __ATOMIC_ACQ_REL);
	if (req & PREEMPT_SCAN)
		rt_gcselfscan(gp);
	if (req & PREEMPT_YIELD)
		rt_mcall(gopreempt_m);
}

/* The check a loop's back edge makes when compiled with
 * -d=ssa/insert_resched_checks/on (ssa/looprescheck.c) calls this when it
 * finds G.preempt set: the same as the allocator's preemption point. */
void rt_goschedguarded(void) { rt_preemptpoint(); }

/* Called by rt_asyncPreempt (asm_amd64.S) on the preempted G's stack, with
 * every register the G had saved below. */
void rt_asyncPreempt2(void)
{
	G *gp = rt_getg();
	uint32_t req = __atomic_exchange_n(&gp->preempt, 0, __ATOMIC_ACQ_REL);
	if (req & PREEMPT_SCAN)
		rt_gcselfscan(gp);
	if (req & PREEMPT_YIELD)
		rt_mcall(gopreempt_m);
}

/* ---- free Gs and goids ---- */

static void gfput(P *pp, G *gp)
{
	gp->schedlink = pp->gfree;
	pp->gfree = gp;
	if (++pp->gfreecnt >= GFREE_MAX) {
		rt_lock(&rt_sched.lock);
		while (pp->gfreecnt >= GFREE_MAX / 2) {
			G *g1 = pp->gfree;
			pp->gfree = g1->schedlink;
			pp->gfreecnt--;
			g1->schedlink = rt_sched.gfree;
			rt_sched.gfree = g1;
			rt_sched.ngfree++;
		}
		rt_unlock(&rt_sched.lock);
	}
}

static G *gfget(P *pp)
{
	if (pp->gfree == 0 && rt_sched.gfree != 0) {
		rt_lock(&rt_sched.lock);
		while (pp->gfreecnt < GFREE_MAX / 2 && rt_sched.gfree != 0) {
			G *g1 = rt_sched.gfree;
			rt_sched.gfree = g1->schedlink;
			rt_sched.ngfree--;
			g1->schedlink = pp->gfree;
			pp->gfree = g1;
			pp->gfreecnt++;
		}
		rt_unlock(&rt_sched.lock);
	}
	G *gp = pp->gfree;
	if (gp) {
		pp->gfree = gp->schedlink;
		pp->gfreecnt--;
		gp->schedlink = 0;
	}
	return gp;
}

static int64_t newgoid(P *pp)
{
	if (pp->goidcache == pp->goidcacheend) {
		pp->goidcache = (int64_t)__atomic_add_fetch(&rt_sched.goidgen, GOID_BATCH, __ATOMIC_RELAXED);
		pp->goidcache -= GOID_BATCH - 1;
		pp->goidcacheend = pp->goidcache + GOID_BATCH;
	}
	return pp->goidcache++;
}

/* ---- sudogs (gc: acquireSudog, releaseSudog) ---- */

NO_SPLIT_STACK Sudog *rt_acquireSudog(void)
{
	P *pp = rt_getm()->p;
	if (pp->sudogcache == 0) {
		rt_lock(&sudoglock);
		while (pp->sudogcnt < SUDOG_CACHE_MAX / 2 && sudogcentral != 0) {
			Sudog *s = sudogcentral;
			sudogcentral = s->next;
			s->next = pp->sudogcache;
			pp->sudogcache = s;
			pp->sudogcnt++;
		}
		rt_unlock(&sudoglock);
		if (pp->sudogcache == 0)
			return rt_rootalloc(sizeof(Sudog));
	}
	Sudog *s = pp->sudogcache;
	pp->sudogcache = s->next;
	pp->sudogcnt--;
	s->next = 0;
	return s;
}

NO_SPLIT_STACK void rt_releaseSudog(Sudog *s)
{
	if (s->elem != 0)
		THROW("runtime: sudog with non-nil elem");
	if (s->isSelect)
		THROW("runtime: sudog with non-false isSelect");
	if (s->next != 0)
		THROW("runtime: sudog with non-nil next");
	if (s->prev != 0)
		THROW("runtime: sudog with non-nil prev");
	if (s->waitlink != 0)
		THROW("runtime: sudog with non-nil waitlink");
	if (s->c != 0)
		THROW("runtime: sudog with non-nil c");
	s->g = 0;
	s->success = false;
	P *pp = rt_getm()->p;
	if (pp->sudogcnt >= SUDOG_CACHE_MAX) {
		rt_lock(&sudoglock);
		while (pp->sudogcnt > SUDOG_CACHE_MAX / 2) {
			Sudog *t = pp->sudogcache;
			pp->sudogcache = t->next;
			pp->sudogcnt--;
			t->next = sudogcentral;
			sudogcentral = t;
		}
		rt_unlock(&sudoglock);
	}
	s->next = pp->sudogcache;
	pp->sudogcache = s;
	pp->sudogcnt++;
}

/* ---- creating, running, parking and ending goroutines ---- */

/* The first C frame of every goroutine but goroutine 1. */
static void goentry(void *clo)
{
	void (*code)(void *) = *(void (**)(void *))clo;
	code(clo);
	rt_goexit1();
}

/* A G that will run entry(arg) (gc: newproc1).  On the current P's queue
 * if queue, else returned for the caller to place. */
static G *newproc1(void (*entry)(void *), void *arg, uintptr_t stacksize, uintptr_t guard)
{
	M *mp = rt_getm();
	P *pp = mp->p;
	G *newg = stacksize == 0 ? gfget(pp) : 0;  // 0: a goroutine's stack
	if (newg == 0) {
		newg = rt_malg(stacksize, guard);
		newg->atomicstatus = G_DEAD;
		allgadd(newg);
	}
	// The context gogo resumes: return pc rt_gostart, then rbp, rbx, r12,
	// r13, r14, r15 as mcall pushed them (asm_amd64.S).
	uintptr_t *sp = (uintptr_t *)newg->stack.hi;
	*--sp = (uintptr_t)rt_gostart;
	*--sp = 0;                    // rbp: the outermost frame
	*--sp = (uintptr_t)arg;       // rbx
	*--sp = (uintptr_t)entry;     // r12
	*--sp = 0;                    // r13
	*--sp = 0;                    // r14
	*--sp = 0;                    // r15
	newg->sched_sp = (uintptr_t)sp;
	newg->stackguard = newg->stackguard0;  // a reused G may have ended on its big segment
	newg->stackclean = false;
	newg->startarg = arg;
	if (__atomic_load_n(&rt_gc.marking, __ATOMIC_ACQUIRE))
		rt_gcrescan(newg);
	newg->goid = newgoid(pp);
	newg->waitreason = WAIT_ZERO;
	__atomic_store_n(&newg->atomicstatus, G_RUNNABLE, __ATOMIC_RELEASE);
	return newg;
}

/* go f(x): clo is the closure {code, captured values...} (gc: newproc). */
void rt_newproc(void *clo)
{
	G *newg = newproc1(goentry, clo, 0, 0);
	newg->gopc = (uintptr_t)__builtin_return_address(0);
	runqput(rt_getm()->p, newg, true);
	if (mainStarted)
		wakep();
}

/* A runtime goroutine running entry(arg), hidden from tracebacks and from
 * the deadlock check (gc: isSystemGoroutine).  Queued on the current P. */
G *rt_newsystemg(void (*entry)(void *), void *arg)
{
	G *newg = newproc1(entry, arg, 0, 0);
	newg->issystem = true;
	runqput(rt_getm()->p, newg, false);
	return newg;
}

/* Change gp's status from `from` to `to`, waiting while the collector
 * scans its stack (gc: casgstatus). */
NO_SPLIT_STACK void rt_casgstatus(G *gp, uint32_t from, uint32_t to)
{
	for (;;) {
		uint32_t old = from;
		if (__atomic_compare_exchange_n(&gp->atomicstatus, &old, to, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
			return;
		if (old != (from | G_SCAN)) {
			rt_print("runtime: casgstatus: goroutine ", gp->goid, " from ", from, " to ", to, " in status ", old, "\n");
			THROW("casgstatus: bad incoming values");
		}
		__asm__ volatile("pause");
	}
}

/* Ask gp, running, to scan its own stack at its next safe point (gc:
 * suspendG's preemptscan). */
void rt_preemptG(G *gp)
{
	M *mp = __atomic_load_n(&gp->m, __ATOMIC_ACQUIRE);
	if (mp == 0 || mp == rt_getm())
		return;
	__atomic_or_fetch(&gp->preempt, PREEMPT_SCAN, __ATOMIC_RELEASE);
	if (!asyncpreemptoff)
		rt_sys_tgkill(rt_pid, (int32_t)mp->procid, SIGURG);
}

/* gc: execute.  Run gp on this M; never returns. */
SYSTEM_STACK_ONLY NORETURN static void execute(G *gp)
{
	M *mp = rt_getm();
	mp->curg = gp;
	gp->m = mp;
	gp->waitreason = WAIT_ZERO;
	rt_casgstatus(gp, G_RUNNABLE, G_RUNNING);  // waits for a stack scan to finish
	gp->stackclean = false;
	if (__atomic_load_n(&rt_gc.marking, __ATOMIC_ACQUIRE))
		rt_gcrescan(gp);
	mp->p->schedtick++;
	rt_gogo(gp);
}

/* Goroutines the poller made ready: the first runs here, the others are
 * queued (gc: findrunnable's netpoll result handling). */
static G *netpollrun(G *list)
{
	G *gp = list;
	injectglist(gp->schedlink);
	gp->schedlink = 0;
	rt_casgstatus(gp, G_WAITING, G_RUNNABLE);
	return gp;
}

/* Look hard for a runnable G; blocks (stopm) until there is one (gc: findrunnable). */
static G *findrunnable(void)
{
	M *mp = rt_getm();
	G *gp;
top:;
	if (__atomic_load_n(&rt_sched.gcwaiting, __ATOMIC_SEQ_CST)) {
		gcstopm();
		goto top;
	}
	P *pp = mp->p;
	int64_t now = rt_nanotime();
	rt_checktimers(pp, now);
	if ((gp = runqget(pp)) != 0)
		return gp;
	if (__atomic_load_n(&rt_sched.runqsize, __ATOMIC_RELAXED) != 0) {
		rt_lock(&rt_sched.lock);
		gp = globrunqget(pp, 0);
		rt_unlock(&rt_sched.lock);
		if (gp)
			return gp;
	}

	// Goroutines waiting for I/O that is ready, without blocking: only an
	// optimisation before stealing, skipped while an M is blocked in netpoll.
	if (rt_netpollinited() && __atomic_load_n(&rt_netpollWaiters, __ATOMIC_SEQ_CST) > 0 &&
	    __atomic_load_n(&rt_sched.lastpoll, __ATOMIC_SEQ_CST) != 0) {
		G *list = rt_netpoll(0);
		if (list) {
			return netpollrun(list);
		}
	}

	// Steal, unless half the busy Ps already have spinning Ms.
	int32_t procs = rt_gomaxprocs;
	if (procs > 1 && (mp->spinning || 2 * (int32_t)__atomic_load_n(&rt_sched.nmspinning, __ATOMIC_SEQ_CST) <
	                                       procs - (int32_t)__atomic_load_n(&rt_sched.npidle, __ATOMIC_SEQ_CST))) {
		if (!mp->spinning) {
			mp->spinning = true;
			__atomic_add_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
		}
		for (int i = 0; i < STEAL_TRIES; i++) {
			bool last = i == STEAL_TRIES - 1;
			uint32_t start = fastrandn((uint32_t)procs);
			for (int32_t k = 0; k < procs; k++) {
				P *p2 = rt_allp[(start + (uint32_t)k) % (uint32_t)procs];
				uint32_t st2 = __atomic_load_n(&p2->status, __ATOMIC_RELAXED);
				if (p2 == pp || (st2 != P_RUNNING && st2 != P_SYSCALL))
					continue;
				if ((gp = runqsteal(pp, p2, last)) != 0)
					return gp;
			}
		}
	}

	// Run the due timers of the other Ps, idle ones too (gc: stealWork's
	// checkTimers); goroutines they ready come to this P.
	for (int32_t k = 0; k < procs; k++) {
		P *p2 = rt_allp[k];
		int64_t w = __atomic_load_n(&p2->timers.when0, __ATOMIC_SEQ_CST);
		if (p2 != pp && w != 0 && w <= now)
			rt_checktimers(p2, now);
	}
	if ((gp = runqget(pp)) != 0)
		return gp;

	// Nothing to do: give up the P.
	rt_lock(&rt_sched.lock);
	if (rt_sched.gcwaiting) {
		rt_unlock(&rt_sched.lock);
		goto top;
	}
	if (rt_sched.runqsize != 0) {
		gp = globrunqget(pp, 0);
		rt_unlock(&rt_sched.lock);
		return gp;
	}
	if (releasep() != pp)
		THROW("findrunnable: wrong p");
	pidleput(pp);
	rt_unlock(&rt_sched.lock);

	// A G made runnable while we were spinning called wakep, saw us
	// spinning and left it to us: look once more before sleeping.
	bool wasSpinning = mp->spinning;
	if (mp->spinning) {
		mp->spinning = false;
		if ((int32_t)__atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
			THROW("findrunnable: negative nmspinning");
		for (int32_t k = 0; k < procs; k++) {
			if (!runqempty(rt_allp[k])) {
				rt_lock(&rt_sched.lock);
				P *p2 = pidleget();
				rt_unlock(&rt_sched.lock);
				if (p2) {
					acquirep(p2);
					mp->spinning = true;
					__atomic_add_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
					goto top;
				}
				break;
			}
		}
	}
	// Wait.  If goroutines wait for I/O or a timer is pending, one M
	// blocks in the poller until there is I/O, the earliest timer, or a
	// netpollBreak (an earlier timer); the others sleep in stopm.
	int64_t pollUntil = rt_timers_next();
	if (rt_netpollinited() && (__atomic_load_n(&rt_netpollWaiters, __ATOMIC_SEQ_CST) > 0 || pollUntil != 0) &&
	    __atomic_exchange_n(&rt_sched.lastpoll, 0, __ATOMIC_SEQ_CST) != 0) {
		__atomic_store_n(&rt_sched.pollUntil, pollUntil, __ATOMIC_SEQ_CST);
		if (mp->p != 0 || mp->spinning)
			THROW("findrunnable: netpoll with p or spinning");
		int64_t delay = -1;
		if (pollUntil != 0) {
			delay = pollUntil - rt_nanotime();
			if (delay < 0)
				delay = 0;
		}
		G *list = rt_netpoll(delay);
		__atomic_store_n(&rt_sched.pollUntil, 0, __ATOMIC_SEQ_CST);
		__atomic_store_n(&rt_sched.lastpoll, rt_nanotime(), __ATOMIC_SEQ_CST);
		rt_lock(&rt_sched.lock);
		P *p2 = rt_sched.gcwaiting ? 0 : pidleget();
		rt_unlock(&rt_sched.lock);
		if (p2 == 0) {
			injectglist(list);  // every P is busy: their Ms will run them (and the timers)
		} else {
			acquirep(p2);
			if (list)
				return netpollrun(list);
			if (wasSpinning) {
				mp->spinning = true;
				__atomic_add_fetch(&rt_sched.nmspinning, 1, __ATOMIC_SEQ_CST);
			}
			goto top;
		}
	} else if (pollUntil != 0 && rt_netpollinited()) {
		// Another M is in the poller: make sure it wakes for our timer.
		int64_t until = __atomic_load_n(&rt_sched.pollUntil, __ATOMIC_SEQ_CST);
		if (until == 0 || until > pollUntil)
			rt_netpollBreak();
	}
	stopm();
	goto top;
}

static void handoffp(P *pp);

/* ---- locked Ms (gc: LockOSThread, stoplockedm, startlockedm) ----
 *
 * A G wired to an M (g->lockedm == m, m->lockedg == g) runs only on that
 * M, and that M runs nothing else: when the G blocks, its M hands its P
 * away and sleeps (stoplockedm, counted in sched.nmidlelocked so checkdead
 * sees it idle); whichever M later finds the G runnable gives its own P to
 * the locked M, wakes it, and goes idle itself (startlockedm). */

static void incidlelocked(int32_t v)
{
	rt_lock(&rt_sched.lock);
	rt_sched.nmidlelocked += v;
	if (v > 0)
		checkdead();
	rt_unlock(&rt_sched.lock);
}

/* Sleep until this M's locked G is runnable again, then run it with the
 * P handed over (gc: stoplockedm). */
static void stoplockedm(void)
{
	M *mp = rt_getm();
	if (mp->lockedg == 0 || mp->lockedg->lockedm != mp)
		THROW("stoplockedm: inconsistent locking");
	if (mp->p)
		handoffp(releasep());
	incidlelocked(1);
	rt_notesleep(&mp->park);
	rt_noteclear(&mp->park);
	uint32_t st = __atomic_load_n(&mp->lockedg->atomicstatus, __ATOMIC_ACQUIRE) & ~G_SCAN;
	if (st != G_RUNNABLE) {
		rt_print("runtime:stoplockedm: lockedg (atomicstatus=", st, ") is not Grunnable or Gscanrunnable\n");
		THROW("stoplockedm: not runnable");
	}
	acquirep(mp->nextp);
	mp->nextp = 0;
}

/* gp is runnable and locked to another M: give that M this M's P and
 * go idle (gc: startlockedm). */
static void startlockedm(G *gp)
{
	M *mp = gp->lockedm;
	if (mp == rt_getm())
		THROW("startlockedm: locked to me");
	if (mp->nextp)
		THROW("startlockedm: m has p");
	incidlelocked(-1);
	mp->nextp = releasep();
	rt_notewakeup(&mp->park);
	stopm();
}

static void dolockOSThread(void)
{
	G *gp = rt_getg();
	M *mp = rt_getm();
	mp->lockedg = gp;
	gp->lockedm = mp;
}

static void dounlockOSThread(void)
{
	M *mp = rt_getm();
	if (mp->lockedInt != 0 || mp->lockedExt != 0)
		return;
	rt_getg()->lockedm = 0;
	mp->lockedg = 0;
}

/* A panic leaves package initialisation: gc's runtime.main unlocks the
 * main thread in a deferred call, which has run by the time the panic
 * prints (its traceback does not say "locked to thread"). */
void rt_initpanicking(void)
{
	M *mp = rt_getm();
	if (mp->curg && mp->curg->goid == 1 && mp->lockedInt != 0) {
		mp->lockedInt--;
		dounlockOSThread();
	}
}

void rt_LockOSThread(void) __asm__("runtime.LockOSThread");
void rt_LockOSThread(void)
{
	M *mp = rt_getm();
	if (mp->lockedExt == UINT32_MAX)
		THROW("LockOSThread nesting overflow");
	mp->lockedExt++;
	dolockOSThread();
}

void rt_UnlockOSThread(void) __asm__("runtime.UnlockOSThread");
void rt_UnlockOSThread(void)
{
	M *mp = rt_getm();
	if (mp->lockedExt == 0)
		return;
	mp->lockedExt--;
	dounlockOSThread();
}

/* One round of the scheduler: find a G and run it (gc: schedule). */
SYSTEM_STACK_ONLY static void schedule(void)
{
	M *mp = rt_getm();
	if (mp->locks != 0)
		THROW("schedule: holding locks");
	if (mp->lockedg) {
		stoplockedm();
		execute(mp->lockedg);  // never returns
	}
top:
	if (__atomic_load_n(&rt_sched.gcwaiting, __ATOMIC_SEQ_CST))
		gcstopm();
	P *pp = mp->p;
	G *gp = 0;
	rt_checktimers(pp, 0);
	if (pp->schedtick % 61 == 0 && __atomic_load_n(&rt_sched.runqsize, __ATOMIC_RELAXED) > 0) {
		rt_lock(&rt_sched.lock);
		gp = globrunqget(pp, 1);
		rt_unlock(&rt_sched.lock);
	}
	if (gp == 0)
		gp = runqget(pp);
	if (gp == 0)
		gp = findrunnable();
	if (mp->spinning)
		resetspinning();
	if (gp->lockedm) {
		// Hand off the P to the locked M, then wait for a new P.
		startlockedm(gp);
		pp = mp->p;
		gp = 0;
		goto top;
	}
	execute(gp);
}

/* gc: park_m, on g0. */
SYSTEM_STACK_ONLY static void park_m(G *gp)
{
	M *mp = rt_getm();
	__atomic_store_n(&gp->atomicstatus, G_WAITING, __ATOMIC_RELEASE);
	mp->curg = 0;
	gp->m = 0;
	bool (*fn)(G *, void *) = mp->waitunlockf;
	if (fn) {
		bool ok = fn(gp, mp->waitlock);
		mp->waitunlockf = 0;
		mp->waitlock = 0;
		if (!ok) {
			rt_casgstatus(gp, G_WAITING, G_RUNNABLE);
			execute(gp);
		}
	}
	schedule();
}

/* Block the current G (gc: gopark).  On g0, unlockf(gp, lock) runs after gp
 * is G_WAITING and its context saved; if it returns false gp resumes at once.
 * Whoever readies gp later calls rt_goready. */
void rt_gopark(bool (*unlockf)(G *, void *), void *lock, uint8_t reason)
{
	M *mp = rt_getm();
	G *gp = mp->curg;
	if (gp != rt_getg())
		THROW("gopark: not on the user goroutine");
	mp->waitlock = lock;
	mp->waitunlockf = unlockf;
	gp->waitreason = reason;
	rt_mcall(park_m);
}

/* Make gp runnable; it runs next on this P (gc: ready). */
void rt_goready(G *gp)
{
	if ((__atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) & ~G_SCAN) != G_WAITING) {
		rt_print("runtime: goready of goroutine ", gp->goid, " in status ", gp->atomicstatus, "\n");
		THROW("bad g->status in ready");
	}
	rt_casgstatus(gp, G_WAITING, G_RUNNABLE);
	runqput(rt_getm()->p, gp, true);
	wakep();
}

/* Make gp runnable on the global queue and get an idle P to run it, for a
 * runtime goroutine that should not wait behind the current one (the GC
 * worker: gc's findRunnableGCWorker gives it priority instead). */
void rt_goready_global(G *gp)
{
	rt_casgstatus(gp, G_WAITING, G_RUNNABLE);
	rt_lock(&rt_sched.lock);
	globrunqput(gp);
	rt_unlock(&rt_sched.lock);
	wakep();
}

void rt_block_forever(uint8_t reason)
{
	rt_gopark(0, 0, reason);
	THROW("unreachable");
}

/* gc: goexit0, on g0: gp is finished; keep it and its stack for reuse. */
static void goexit0(G *gp)
{
	M *mp = rt_getm();
	rt_stackcheck(gp);
	__atomic_store_n(&gp->atomicstatus, G_DEAD, __ATOMIC_RELEASE);
	gp->m = 0;
	gp->panic = 0;
	gp->defer = 0;
	gp->waitreason = WAIT_ZERO;
	gp->param = 0;
	gp->waiting = 0;
	gp->sig = 0;
	gp->startarg = 0;
	mp->curg = 0;
	if (mp->locks != 0) {
		rt_print("invalid m->locks in goexit0: ", mp->locks, "\n");
		THROW("internal lockOSThread error");
	}
	/* A goroutine that exits while locked: gc ends the thread with it (its
	 * state may be tainted); goc unwires the thread and keeps it. */
	gp->lockedm = 0;
	mp->lockedg = 0;
	mp->lockedExt = 0;
	mp->lockedInt = 0;
	gfput(mp->p, gp);
	schedule();
}

/* The end of a goroutine (gc: goexit1). */
void rt_goexit1(void)
{
	rt_mcall(goexit0);
	THROW("unreachable");
}

/* gc: gosched_m. */
SYSTEM_STACK_ONLY static void gosched_m(G *gp)
{
	M *mp = rt_getm();
	__atomic_store_n(&gp->atomicstatus, G_RUNNABLE, __ATOMIC_RELEASE);
	mp->curg = 0;
	gp->m = 0;
	rt_lock(&rt_sched.lock);
	globrunqput(gp);
	rt_unlock(&rt_sched.lock);
	schedule();
}

/* runtime.Gosched: yield the P; the G goes to the global queue. */
void rt_gosched(void) { rt_mcall(gosched_m); }

/* ---- system calls (gc: entersyscall, exitsyscall, handoffp) ----
 *
 * A goroutine in a system call keeps its M but lets go of its P: the P is
 * P_SYSCALL, owned by nobody.  The M takes it back on the way out if it is
 * still P_SYSCALL (the fast path, for calls that do not block); sysmon
 * takes a P that stays in P_SYSCALL for a sysmon tick while there is work
 * (retake, handoffp), the world stopper takes it at once, and thieves
 * steal from its run queue.  An M that comes back to no P queues its G on
 * the global queue and goes idle (exitsyscall0).  While G_SYSCALL the G's
 * sched_sp points at the callee-saved registers runtime_entersyscall
 * pushed (syscall_linux_amd64.S), so the collector scans its stack from
 * there with the world stopped (it skips it while marking concurrently). */

/* A P that went P_SYSCALL while the world was stopping goes to the stopper
 * (gc: entersyscall_gcwait). */
static void entersyscall_gcwait(P *pp)
{
	rt_lock(&rt_sched.lock);
	uint32_t s = P_SYSCALL;
	if (rt_sched.stopwait > 0 &&
	    __atomic_compare_exchange_n(&pp->status, &s, P_GCSTOP, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
		if (--rt_sched.stopwait == 0)
			rt_notewakeup(&rt_sched.stopnote);
	}
	rt_unlock(&rt_sched.lock);
}

void rt_entersyscall(uintptr_t *regs, uintptr_t sp)
{
	(void)sp;
	M *mp = rt_getm();
	G *gp = mp->curg;
	P *pp = mp->p;
	if (gp != rt_getg() || pp == 0)
		THROW("entersyscall: not on a user goroutine with a P");
	gp->sched_sp = (uintptr_t)regs;
	rt_casgstatus(gp, G_RUNNING, G_SYSCALL);
	__atomic_add_fetch(&pp->syscalltick, 1, __ATOMIC_RELAXED);
	pp->m = 0;
	mp->oldp = pp;
	mp->p = 0;
	__atomic_store_n(&pp->status, P_SYSCALL, __ATOMIC_SEQ_CST);
	if (__atomic_load_n(&rt_sched.gcwaiting, __ATOMIC_SEQ_CST))
		entersyscall_gcwait(pp);
}

/* gc: exitsyscall0, on g0: no P to be had; queue gp and go idle. */
static void exitsyscall0(G *gp)
{
	M *mp = rt_getm();
	rt_casgstatus(gp, G_SYSCALL, G_RUNNABLE);
	mp->curg = 0;
	gp->m = 0;
	rt_lock(&rt_sched.lock);
	P *pp = __atomic_load_n(&rt_sched.gcwaiting, __ATOMIC_SEQ_CST) ? 0 : pidleget();
	if (pp == 0)
		globrunqput(gp);
	rt_unlock(&rt_sched.lock);
	if (pp) {
		acquirep(pp);
		execute(gp);
	}
	if (mp->lockedg) {  // wait for a P for gp on this M: gp is queued, its finder hands us its P
		stoplockedm();
		execute(gp);
	}
	stopm();
	schedule();
}

void rt_exitsyscall(void)
{
	M *mp = rt_getm();
	G *gp = mp->curg;
	P *oldp = mp->oldp;
	mp->oldp = 0;
	uint32_t s = P_SYSCALL;
	if (oldp && __atomic_compare_exchange_n(&oldp->status, &s, P_IDLE, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
		acquirep(oldp);
		rt_casgstatus(gp, G_SYSCALL, G_RUNNING);
		return;
	}
	if (__atomic_load_n(&rt_sched.npidle, __ATOMIC_SEQ_CST) > 0) {
		rt_lock(&rt_sched.lock);
		P *pp = __atomic_load_n(&rt_sched.gcwaiting, __ATOMIC_SEQ_CST) ? 0 : pidleget();
		rt_unlock(&rt_sched.lock);
		if (pp) {
			acquirep(pp);
			rt_casgstatus(gp, G_SYSCALL, G_RUNNING);
			return;
		}
	}
	rt_mcall(exitsyscall0);
}

/* Find an M for pp, taken from a system call, or make it idle (gc: handoffp). */
static void handoffp(P *pp)
{
	if (!runqempty(pp) || __atomic_load_n(&rt_sched.runqsize, __ATOMIC_RELAXED) != 0) {
		startm(pp, false);
		return;
	}
	uint32_t zero = 0;
	if (__atomic_load_n(&rt_sched.nmspinning, __ATOMIC_SEQ_CST) + __atomic_load_n(&rt_sched.npidle, __ATOMIC_SEQ_CST) == 0 &&
	    __atomic_compare_exchange_n(&rt_sched.nmspinning, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
		startm(pp, true);
		return;
	}
	rt_lock(&rt_sched.lock);
	if (rt_sched.gcwaiting) {
		pp->status = P_GCSTOP;
		if (--rt_sched.stopwait == 0)
			rt_notewakeup(&rt_sched.stopnote);
		rt_unlock(&rt_sched.lock);
		return;
	}
	if (rt_sched.runqsize != 0) {
		rt_unlock(&rt_sched.lock);
		startm(pp, false);
		return;
	}
	// The last running P, and nobody polls the network: an M must.
	if (rt_sched.npidle == (uint32_t)rt_gomaxprocs - 1 && __atomic_load_n(&rt_sched.lastpoll, __ATOMIC_SEQ_CST) != 0) {
		rt_unlock(&rt_sched.lock);
		startm(pp, false);
		return;
	}
	pidleput(pp);
	rt_unlock(&rt_sched.lock);
	// Nobody runs its timers now: the poller must (gc: handoffp's wakeNetPoller).
	int64_t when = __atomic_load_n(&pp->timers.when0, __ATOMIC_SEQ_CST);
	if (when != 0)
		rt_wakeNetPoller(when);
}

/* ---- deadlock detection (gc: checkdead) ---- */

static void countwaiting(G *gp, void *arg)
{
	int64_t *n = arg;
	if (gp->issystem)
		return;
	uint32_t s = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) & ~G_SCAN;
	if (s == G_WAITING) {
		n[0]++;
	} else if (s == G_RUNNABLE || s == G_RUNNING || s == G_SYSCALL) {
		n[1]++;
		n[2] = gp->goid;
		n[3] = s;
	}
}

/* sched.lock held.  Throws if no M runs Go code any more. */
static void checkdead(void)
{
	if (__atomic_load_n(&rt_panicking, __ATOMIC_SEQ_CST) > 0)
		return;
	int32_t run = mcount() - rt_sched.nmidle - rt_sched.nmidlelocked - rt_sched.nmsys;
	if (run > 0)
		return;
	if (run < 0) {
		rt_print("runtime: checkdead: nmidle=", rt_sched.nmidle, " mcount=", mcount(), " nmsys=", rt_sched.nmsys,
		         "\n");
		THROW("checkdead: inconsistent counts");
	}
	int64_t n[4] = {0, 0, 0, 0};
	rt_forEachG(countwaiting, n);
	if (n[1] != 0) {
		rt_print("runtime: checkdead: find g ", n[2], " in status ", n[3], "\n");
		THROW("checkdead: runnable g");
	}
	// A timer is pending: an M in netpoll wakes for it.
	if (rt_timers_next() != 0)
		return;
	rt_unlock(&rt_sched.lock);
	if (n[0] == 0)
		FATAL("no goroutines (main called runtime.Goexit) - deadlock!");
	FATAL("all goroutines are asleep - deadlock!");
}

/* ---- sysmon and GODEBUG=schedtrace ---- */

/* gc: schedtrace(false). */
static void printschedtrace(int64_t starttime)
{
	int64_t now = rt_nanotime();
	rt_lock(&rt_sched.lock);
	rt_printlock();
	rt_print("SCHED ", (now - starttime) / 1000000, "ms: gomaxprocs=", rt_gomaxprocs,
	         " idleprocs=", __atomic_load_n(&rt_sched.npidle, __ATOMIC_RELAXED), " threads=", mcount(),
	         " spinningthreads=", __atomic_load_n(&rt_sched.nmspinning, __ATOMIC_RELAXED));
	rt_print(" idlethreads=", rt_sched.nmidle, " runqueue=", rt_sched.runqsize);
	for (int32_t i = 0; i < rt_gomaxprocs; i++) {
		P *pp = rt_allp[i];
		uint32_t h = load32(&pp->runqhead), t = load32(&pp->runqtail);
		rt_print(i == 0 ? " [" : " ", t - h);
	}
	rt_print("]\n");
	rt_printunlock();
	rt_unlock(&rt_sched.lock);
}

enum { FORCE_PREEMPT_NS = 10 * 1000 * 1000 };  // gc: forcePreemptNS

/* What sysmon saw of each P last time (gc: sysmontick). */
typedef struct SysmonTick {
	uint32_t schedtick;
	int64_t schedwhen;
	uint32_t syscalltick;
	int64_t syscallwhen;
} SysmonTick;

/* Preempt Gs that have run for more than 10 ms and take Ps from Ms
 * blocked in system calls (gc: retake).  Reports whether it took a P. */
static bool retake(int64_t now)
{
	static SysmonTick ticks[MAX_GOMAXPROCS];
	bool any = false;
	for (int32_t i = 0; i < rt_gomaxprocs; i++) {
		P *pp = rt_allp[i];
		SysmonTick *t = &ticks[i];
		uint32_t st = __atomic_load_n(&pp->status, __ATOMIC_ACQUIRE);
		if (st == P_SYSCALL) {
			// Give the P of an M blocked in a system call for a sysmon
			// tick to another M, if there is work (or after 10 ms).
			uint32_t stick = __atomic_load_n(&pp->syscalltick, __ATOMIC_RELAXED);
			if (t->syscalltick != stick) {
				t->syscalltick = stick;
				t->syscallwhen = now;
				continue;
			}
			if (runqempty(pp) && __atomic_load_n(&rt_sched.runqsize, __ATOMIC_RELAXED) == 0 &&
			    __atomic_load_n(&rt_sched.nmspinning, __ATOMIC_SEQ_CST) + __atomic_load_n(&rt_sched.npidle, __ATOMIC_SEQ_CST) > 0 &&
			    t->syscallwhen + 10 * 1000 * 1000 > now)
				continue;
			if (__atomic_compare_exchange_n(&pp->status, &st, P_IDLE, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
				__atomic_add_fetch(&pp->syscalltick, 1, __ATOMIC_RELAXED);
				handoffp(pp);
				any = true;
			}
			continue;
		}
		if (st != P_RUNNING)
			continue;
		uint32_t tick = __atomic_load_n(&pp->schedtick, __ATOMIC_RELAXED);
		if (t->schedtick != tick) {
			t->schedtick = tick;
			t->schedwhen = now;
		} else if (t->schedwhen + FORCE_PREEMPT_NS <= now) {
			rt_preemptone(pp);  // not counted: a busy program must not keep sysmon at 20 µs (gc)
		}
	}
	return any;
}

/* The monitor thread, without a P (gc: sysmon).  Sleeps 20 µs, doubling
 * up to 10 ms while there is nothing to do; preempts long-running Gs,
 * gets timers and I/O that nobody attends to going. */
static void sysmon(void)
{
	int64_t lasttrace = 0, starttime = 0;
	uint32_t delay = 0, idle = 0;
	for (;;) {
		if (idle == 0)
			delay = 20;
		else if (idle > 50)
			delay *= 2;
		if (delay > 10 * 1000)
			delay = 10 * 1000;
		rt_usleep(delay);
		int64_t now = rt_nanotime();
		if (retake(now))
			idle = 0;
		else
			idle++;
		// A timer overdue by 1 ms while a P idles: the timer M missed it
		// (or there is none); get an M to run it.
		int64_t next = rt_timers_next();
		if (next != 0 && next + 1000000 < now && __atomic_load_n(&rt_sched.npidle, __ATOMIC_SEQ_CST) > 0)
			wakep();
		// Nobody has polled the network for 10 ms (the Ms are busy, or
		// none is idle enough to block in the poller): poll for them.
		int64_t lastpoll = __atomic_load_n(&rt_sched.lastpoll, __ATOMIC_SEQ_CST);
		if (rt_netpollinited() && lastpoll != 0 && lastpoll + 10 * 1000 * 1000 < now) {
			__atomic_compare_exchange_n(&rt_sched.lastpoll, &lastpoll, now, false, __ATOMIC_SEQ_CST,
			                            __ATOMIC_RELAXED);
			G *list = rt_netpoll(0);
			if (list) {
				// Count sysmon as running while the Gs are runnable but not
				// yet queued, or an M going idle would find them in checkdead
				// (gc: incidlelocked(-1)).
				rt_lock(&rt_sched.lock);
				rt_sched.nmsys--;
				rt_unlock(&rt_sched.lock);
				injectglist(list);
				rt_lock(&rt_sched.lock);
				rt_sched.nmsys++;
				rt_unlock(&rt_sched.lock);
				idle = 0;
			}
		}
		if (schedtrace > 0 && lasttrace + schedtrace * 1000000 <= now) {
			if (starttime == 0)
				starttime = now;
			lasttrace = now;
			printschedtrace(starttime);
		}
	}
}

/* ---- start-up ---- */

static int64_t atoi64(GoString s, bool *ok)
{
	int64_t n = 0;
	*ok = s.len > 0;
	for (int64_t i = 0; i < s.len; i++) {
		if (s.ptr[i] < '0' || s.ptr[i] > '9' || n > (int64_t)1 << 40) {
			*ok = false;
			return 0;
		}
		n = n * 10 + (s.ptr[i] - '0');
	}
	return n;
}

/* The value of key=value in GODEBUG (gc: parsedebugvars). */
int64_t rt_godebug(const char *key)
{
	GoString v = rt_gogetenv("GODEBUG");
	int64_t klen = 0;
	while (key[klen])
		klen++;
	for (int64_t i = 0; i < v.len;) {
		int64_t j = i;
		while (j < v.len && v.ptr[j] != ',')
			j++;
		if (j - i > klen && memcmp(v.ptr + i, key, (size_t)klen) == 0 && v.ptr[i + klen] == '=') {
			bool ok;
			int64_t n = atoi64((GoString){v.ptr + i + klen + 1, j - i - klen - 1}, &ok);
			return ok ? n : 0;
		}
		i = j + 1;
	}
	return 0;
}

/* Make n Ps; m0 takes P 0, the rest are idle (gc: procresize at start-up). */
static void procresize(int32_t n)
{
	rt_gomaxprocs = n;
	rt_allp = rt_rootalloc((uintptr_t)MAX_GOMAXPROCS * sizeof(P *));  // room for GOMAXPROCS(n) to grow
	for (int32_t i = 0; i < n; i++) {
		P *pp = rt_rootalloc(sizeof(P));
		pp->id = i;
		pp->mcache = rt_allocmcache();
		pp->status = P_IDLE;
		rt_allp[i] = pp;
	}
	acquirep(rt_allp[0]);
	rt_lock(&rt_sched.lock);
	for (int32_t i = n - 1; i > 0; i--)
		pidleput(rt_allp[i]);
	rt_unlock(&rt_sched.lock);
}

static void schedinit(void)
{
	rt_mallocinit();
	rt_alginit();  // hashes and fastrand work from here on
	rt_errortypesinit();
	rt_itabsinit();
	rt_sched.mnext = 1;  // m0
	mcommoninit(&rt_m0, 0);
	rt_m0.procid = rt_sys_gettid();
	rt_goargs();
	rt_goenvs();
	schedtrace = rt_godebug("schedtrace");
	asyncpreemptoff = rt_godebug("asyncpreemptoff");
	rt_sched.lastpoll = rt_nanotime();
	rt_gcinit();
	int32_t procs = rt_ncpu;
	bool ok;
	int64_t n = atoi64(rt_gogetenv("GOMAXPROCS"), &ok);
	if (ok && n > 0)
		procs = n > MAX_GOMAXPROCS ? MAX_GOMAXPROCS : (int32_t)n;
	procresize(procs);
}

/* Goroutine 1 (gc: runtime.main). */
static void runtime_main(void *unused)
{
	(void)unused;
	mainStarted = true;
	/* gc starts three runtime goroutines here: forcegc (2), bgsweep (3) and
	 * bgscavenge (4).  goc's sweeper also scavenges and nothing forces
	 * periodic collections yet, so goid 2 stays reserved and 4 is the GC
	 * worker: user goroutines are numbered as in gc's tracebacks (the first
	 * is 5). */
	(void)newgoid(rt_getg()->m->p);
	rt_bgsweep_start();
	rt_gcworker_start();
	rt_lock(&rt_sched.lock);
	int64_t id = rt_sched.mnext++;
	rt_sched.nmsys++;
	rt_unlock(&rt_sched.lock);
	newm(sysmon, 0, false, id);
	// Package initialisation runs on the main thread (gc: runtime.main's
	// lockOSThread); a LockOSThread in an init keeps main.main there too.
	rt_getm()->lockedInt++;
	dolockOSThread();
	for (void (*const *f)(void) = __init_array_start; f < __init_array_end; f++)
		(*f)();
	go_main_init();
	rt_getm()->lockedInt--;
	dounlockOSThread();
	go_main_main();
	// Another goroutine is printing its panic: let it finish and exit(2).
	if (__atomic_load_n(&rt_panicking, __ATOMIC_SEQ_CST) != 0)
		rt_gopark(0, 0, WAIT_PANICWAIT);
	rt_exit(0);
}

/* The first C code of every M but m0, on its g0 stack (gc: mstart). */
static void mstart(M *mp)
{
	minit();
	mp->g0sp = (uintptr_t)__builtin_frame_address(0) & ~(uintptr_t)15;
	if (mp->mstartfn) {
		mp->mstartfn();
		THROW("mstartfn returned");
	}
	acquirep(mp->nextp);
	mp->nextp = 0;
	schedule();
}

/* m0's mstart, on the OS stack. */
NORETURN static void mstart0(void)
{
	rt_minitSignalStack();
	rt_initsig();
	rt_m0.g0sp = (uintptr_t)__builtin_frame_address(0) & ~(uintptr_t)15;
	schedule();
}

void rt_rt0_go(uintptr_t *sp)
{
	// _start has pointed %fs at m0 (asm_amd64.S).
	rt_g0.stack.hi = (uintptr_t)sp;
	rt_g0.stack.lo = (uintptr_t)sp - G0_STACK_SIZE;
	rt_g0.stackguard0 = rt_g0.stack.lo + G0_GO_RESERVE;
	rt_g0.atomicstatus = G_RUNNING;
	rt_sys_rt_sigprocmask(SIG_BLOCK, 0, &initSigmask);
	rt_args((int32_t)sp[0], (uint8_t **)(sp + 1));
	rt_osinit();
	schedinit();
	G *maing = newproc1(runtime_main, 0, MAIN_STACK_SIZE, MAIN_STACK_GUARD);
	runqput(rt_m0.p, maing, true);
	mstart0();
}

/* Terminate the process (gc: exit).  Flushes an unfinished print statement. */
void rt_exit(int32_t code)
{
	rt_print_flush();
	rt_sys_exit_group(code);
}
