/* runtime/time.c — timers and the time package's runtime hooks (gc: time.go,
 * timestub.go, the time_now assembly).
 *
 * Package time allocates its timers (time.runtimeTimer, RTimer in rt.h) in
 * Go structs (Timer, Ticker) and hands them to the runtime: startTimer,
 * stopTimer, resetTimer, modTimer.  time.Sleep parks the goroutine with a
 * timer on its own stack; the network poller's read and write deadlines
 * are timers in its PollDescs (netpoll_epoll.c).  A timer fires by calling
 * its f(arg, seq) — a Go func value (time.sendTime, time.goFunc) or, for
 * Sleep and deadlines, a C function shaped like one (goroutineReady).
 *
 * Each P has a 4-ary min-heap of timers ordered by `when` (P.timers, as gc
 * keeps p.timers), guarded by the P's timers lock.  Instead of gc's
 * lock-free status machine with lazily deleted and modified entries, a
 * timer is removed or moved in place under the lock of the P whose heap
 * holds it; its index in that heap is kept in the timer (the `nextwhen`
 * field, which gc uses for pending modifications goc does not have).
 *
 * Status (RTimer.status):
 *   TIMER_IDLE     in no heap (new, stopped, or a one-shot timer that fired);
 *                  pp == 0.  The zero value, as package time creates it.
 *   TIMER_WAITING  in the heap of P pp at index nextwhen.
 *   TIMER_BUSY     being added by the one caller that moved it out of IDLE
 *                  by a CAS; others wait (osyield) until it is WAITING.
 *
 * Invariants:
 *   - A timer is in at most one heap.  Its pp, nextwhen, and the change
 *     to or from WAITING are written only under the lock of that heap's P;
 *     IDLE -> BUSY is a CAS, so only one caller adds a timer at a time.
 *   - when > 0 for every timer in a heap; P.timers.when0 (atomic) is the
 *     when of heap[0], or 0 when the heap is empty.  Readers without the
 *     lock (the scheduler, sysmon, checkdead) use only when0 and n.
 *   - Timers run on the scheduler (g0) of an M holding a P, in
 *     rt_checktimers: schedule and findrunnable run their own P's due timers,
 *     and findrunnable the due timers of every other P before it gives up
 *     its P (gc: stealWork's checkTimers).  f runs with no runtime lock held
 *     and may make goroutines runnable (on the running M's P), allocate (no
 *     collection starts on g0) and start goroutines; it must not block.
 *     f, arg and seq are copied under the lock before the call; the timer is
 *     not touched after it (a Sleep timer's stack may be gone).
 *   - When no M has anything to run, one waits in the network poller
 *     (netpoll_epoll.c) until the earliest timer of all Ps; adding a timer
 *     earlier than that wakes it (rt_wakeNetPoller).  Adding a timer starts
 *     the poller if it has not started (gc: doaddtimer).  While any timer
 *     is pending, checkdead reports no deadlock.
 *   - The heap arrays are allocated with rt_rootalloc (scanned as GC roots,
 *     written without barriers): they hold the only runtime references to
 *     the timers, whose arg keeps Go values alive.  A grown heap's old array
 *     is cleared (root memory is never freed) and slots beyond n are zero.
 *   - rt_timers_move (GOMAXPROCS shrinking) runs with the world stopped.
 */
#include "rt.h"

enum { TIMER_IDLE, TIMER_WAITING, TIMER_BUSY };

#define MAX_WHEN INT64_MAX  // gc: maxWhen

/* ---- the 4-ary heap of one P (lock held) ---- */

static void heapset(PTimers *ts, int64_t i, RTimer *t)
{
	ts->heap[i] = t;
	t->nextwhen = i;
}

static void siftup(PTimers *ts, int64_t i)
{
	RTimer *t = ts->heap[i];
	int64_t when = t->when;
	while (i > 0) {
		int64_t p = (i - 1) / 4;
		if (when >= ts->heap[p]->when)
			break;
		heapset(ts, i, ts->heap[p]);
		i = p;
	}
	heapset(ts, i, t);
}

static void siftdown(PTimers *ts, int64_t i)
{
	int64_t n = ts->n;
	RTimer *t = ts->heap[i];
	int64_t when = t->when;
	for (;;) {
		int64_t c = 4 * i + 1;  // first child
		if (c >= n)
			break;
		int64_t best = c;
		int64_t end = c + 4 < n ? c + 4 : n;
		for (int64_t k = c + 1; k < end; k++)
			if (ts->heap[k]->when < ts->heap[best]->when)
				best = k;
		if (ts->heap[best]->when >= when)
			break;
		heapset(ts, i, ts->heap[best]);
		i = best;
	}
	heapset(ts, i, t);
}

static void updatewhen0(PTimers *ts)
{
	__atomic_store_n(&ts->when0, ts->n > 0 ? ts->heap[0]->when : 0, __ATOMIC_SEQ_CST);
}

static void heappush(PTimers *ts, RTimer *t)
{
	if (ts->n == ts->cap) {
		int32_t ncap = ts->cap ? 2 * ts->cap : 64;
		RTimer **n = rt_rootalloc((uintptr_t)ncap * sizeof(RTimer *));
		if (ts->n > 0)
			memmove(n, ts->heap, (size_t)ts->n * sizeof(RTimer *));
		if (ts->heap)
			memset(ts->heap, 0, (size_t)ts->cap * sizeof(RTimer *));  // no stale roots
		ts->heap = n;
		ts->cap = ncap;
	}
	int64_t i = ts->n++;
	heapset(ts, i, t);
	siftup(ts, i);
	updatewhen0(ts);
}

static void heapremove(PTimers *ts, int64_t i)
{
	int64_t last = --ts->n;
	if (i != last) {
		heapset(ts, i, ts->heap[last]);
		ts->heap[last] = 0;
		if (i > 0 && ts->heap[i]->when < ts->heap[(i - 1) / 4]->when)
			siftup(ts, i);
		else
			siftdown(ts, i);
	} else {
		ts->heap[last] = 0;
	}
	updatewhen0(ts);
}

/* ---- adding, changing and removing timers ---- */

static void badtimer(void) { THROW("timer data corruption"); }

/* Lock the P whose heap holds t if t is WAITING; returns it, or 0 with no
 * lock held if t is IDLE.  Waits while another caller adds t. */
static P *lockheap(RTimer *t)
{
	for (;;) {
		uint32_t s = __atomic_load_n(&t->status, __ATOMIC_ACQUIRE);
		if (s == TIMER_IDLE)
			return 0;
		if (s == TIMER_BUSY) {
			rt_osyield();
			continue;
		}
		if (s != TIMER_WAITING)
			badtimer();
		P *pp = (P *)__atomic_load_n(&t->pp, __ATOMIC_ACQUIRE);
		if (pp == 0)
			continue;
		rt_lock(&pp->timers.lock);
		if (t->status == TIMER_WAITING && (P *)t->pp == pp)
			return pp;
		rt_unlock(&pp->timers.lock);
	}
}

/* Set t's callback fields (the barrier: t may be a heap object). */
static void setfields(RTimer *t, int64_t period, void *f, GoEface arg, uintptr_t seq)
{
	rt_wbptr(f);
	rt_wbptr(arg.type);
	rt_wbptr(arg.data);
	t->period = period;
	t->f = f;
	t->arg = arg;
	t->seq = seq;
}

/* gc: modtimer.  Reports whether t was in a heap (pending) before.  On an
 * M with a P if t is not pending (it goes to that P's heap). */
bool rt_modtimer(RTimer *t, int64_t when, int64_t period, void *f, GoEface arg, uintptr_t seq)
{
	if (when <= 0)
		THROW("timer when must be positive");
	if (period < 0)
		THROW("timer period must be non-negative");
	for (;;) {
		P *pp = lockheap(t);
		if (pp != 0) {
			PTimers *ts = &pp->timers;
			setfields(t, period, f, arg, seq);
			int64_t old = t->when;
			t->when = when;
			if (when < old)
				siftup(ts, t->nextwhen);
			else if (when > old)
				siftdown(ts, t->nextwhen);
			updatewhen0(ts);
			rt_unlock(&ts->lock);
			rt_wakeNetPoller(when);
			return true;
		}
		uint32_t idle = TIMER_IDLE;
		if (!__atomic_compare_exchange_n(&t->status, &idle, TIMER_BUSY, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
			continue;
		rt_netpollGenericInit();  // it sleeps until the timer (gc: doaddtimer)
		setfields(t, period, f, arg, seq);
		t->when = when;
		pp = rt_getm()->p;
		PTimers *ts = &pp->timers;
		rt_lock(&ts->lock);
		__atomic_store_n(&t->pp, (uintptr_t)pp, __ATOMIC_RELEASE);
		heappush(ts, t);
		__atomic_store_n(&t->status, TIMER_WAITING, __ATOMIC_RELEASE);
		rt_unlock(&ts->lock);
		rt_wakeNetPoller(when);
		return false;
	}
}

/* gc: addtimer.  t must be new (IDLE). */
static void addtimer(RTimer *t)
{
	if (__atomic_load_n(&t->status, __ATOMIC_ACQUIRE) != TIMER_IDLE)
		THROW("addtimer called with initialized timer");
	if (t->when <= 0)
		THROW("timer when must be positive");
	rt_modtimer(t, t->when, t->period, t->f, t->arg, t->seq);
}

/* gc: deltimer.  Reports whether t was pending (the call stopped it). */
bool rt_deltimer(RTimer *t)
{
	P *pp = lockheap(t);
	if (pp == 0)
		return false;
	PTimers *ts = &pp->timers;
	heapremove(ts, t->nextwhen);
	__atomic_store_n(&t->pp, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&t->status, TIMER_IDLE, __ATOMIC_RELEASE);
	rt_unlock(&ts->lock);
	return true;
}

/* ---- running timers ---- */

/* Call a timer's f(arg, seq): a Go func value, so code(ctx, arg, seq)
 * (ssa.h's closure convention).  On g0 the M's stackguard is 0 (no checks:
 * stack.c); Go code's prologue checks compare with it, so point it into
 * g0's own stack for the call. */
static void callfn(void *f, GoEface arg, uintptr_t seq)
{
	M *mp = rt_getm();
	G *gp = rt_getg();
	uintptr_t saved = mp->stackguard;
	if (gp == mp->g0)
		mp->stackguard = gp->stackguard0;
	TimerFn code = ((const TimerFuncVal *)f)->code;
	code(f, arg, seq);
	mp->stackguard = saved;
}

/* Run pp's timers that are due at now (0: read the clock if pp has any)
 * on this M, which holds a P (gc: checkTimers + runtimer).  Returns the
 * when of pp's earliest remaining timer, 0 if none. */
SYSTEM_STACK_ONLY int64_t rt_checktimers(P *pp, int64_t now)  // on g0 (schedule, findrunnable)
{
	PTimers *ts = &pp->timers;
	int64_t next = __atomic_load_n(&ts->when0, __ATOMIC_SEQ_CST);
	if (next == 0)
		return 0;
	if (now == 0)
		now = rt_nanotime();
	if (now < next)
		return next;
	rt_lock(&ts->lock);
	while (ts->n > 0) {
		RTimer *t = ts->heap[0];
		if (t->status != TIMER_WAITING || (P *)t->pp != pp || t->nextwhen != 0)
			badtimer();
		if (t->when > now)
			break;
		void *f = t->f;
		GoEface arg = t->arg;
		uintptr_t seq = t->seq;
		if (t->period > 0) {
			// Stays in the heap, next due after now (gc: runOneTimer).
			int64_t delta = t->when - now;
			t->when += t->period * (1 + -delta / t->period);
			if (t->when < 0)
				t->when = MAX_WHEN;
			siftdown(ts, 0);
			updatewhen0(ts);
		} else {
			heapremove(ts, 0);
			__atomic_store_n(&t->pp, 0, __ATOMIC_RELAXED);
			__atomic_store_n(&t->status, TIMER_IDLE, __ATOMIC_RELEASE);
		}
		rt_unlock(&ts->lock);
		callfn(f, arg, seq);
		rt_lock(&ts->lock);
	}
	next = ts->n > 0 ? ts->heap[0]->when : 0;
	rt_unlock(&ts->lock);
	return next;
}

/* The earliest when of every P's timers, 0 if there are none (gc:
 * timeSleepUntil, which says maxWhen for none). */
int64_t rt_timers_next(void)
{
	int64_t next = 0;
	int32_t n = __atomic_load_n(&rt_gomaxprocs, __ATOMIC_RELAXED);
	for (int32_t i = 0; i < n; i++) {
		int64_t w = __atomic_load_n(&rt_allp[i]->timers.when0, __ATOMIC_SEQ_CST);
		if (w != 0 && (next == 0 || w < next))
			next = w;
	}
	return next;
}

/* With the world stopped: move every timer of from (a P being destroyed)
 * to to (gc: moveTimers). */
void rt_timers_move(P *from, P *to)
{
	PTimers *src = &from->timers, *dst = &to->timers;
	rt_lock(&src->lock);
	rt_lock(&dst->lock);
	for (int32_t i = 0; i < src->n; i++) {
		RTimer *t = src->heap[i];
		src->heap[i] = 0;
		__atomic_store_n(&t->pp, (uintptr_t)to, __ATOMIC_RELAXED);
		heappush(dst, t);
	}
	src->n = 0;
	updatewhen0(src);
	rt_unlock(&dst->lock);
	rt_unlock(&src->lock);
}

/* ---- package time's hooks (time/sleep.go, time/time.go) ---- */

void rt_time_Sleep(int64_t ns) __asm__("time.Sleep");
void rt_time_startTimer(RTimer *t) __asm__("time.startTimer");
bool rt_time_stopTimer(RTimer *t) __asm__("time.stopTimer");
bool rt_time_resetTimer(RTimer *t, int64_t when) __asm__("time.resetTimer");
void rt_time_modTimer(RTimer *t, int64_t when, int64_t period, void *f, GoEface arg, uintptr_t seq)
	__asm__("time.modTimer");
int64_t rt_time_runtimeNano(void) __asm__("time.runtimeNano");

/* Sleep's timer function: arg.data is the sleeping G (gc: goroutineReady). */
static void goroutineReady(void *ctx, GoEface arg, uintptr_t seq)
{
	(void)ctx, (void)seq;
	rt_goready((G *)arg.data);
}
static const TimerFuncVal goroutineReadyFV = {goroutineReady};

/* gopark's unlock function for Sleep: the G is parked now, so the timer may
 * fire at once (gc: resetForSleep). */
static bool resetForSleep(G *gp, void *arg)
{
	(void)gp;
	addtimer(arg);
	return true;
}

/* gc: timeSleep.  The timer lives in this frame: the goroutine stays parked
 * in it until the timer has fired and left the heap. */
void rt_time_Sleep(int64_t ns)
{
	if (ns <= 0)
		return;
	G *gp = rt_getg();
	RTimer t = {0};
	t.f = (void *)&goroutineReadyFV;
	t.arg.data = gp;
	t.when = rt_nanotime() + ns;
	if (t.when < 0)
		t.when = MAX_WHEN;
	rt_gopark(resetForSleep, &t, WAIT_SLEEP);
}

void rt_time_startTimer(RTimer *t) { addtimer(t); }

bool rt_time_stopTimer(RTimer *t) { return rt_deltimer(t); }

/* gc: resettimer. */
bool rt_time_resetTimer(RTimer *t, int64_t when)
{
	return rt_modtimer(t, when, t->period, t->f, t->arg, t->seq);
}

void rt_time_modTimer(RTimer *t, int64_t when, int64_t period, void *f, GoEface arg, uintptr_t seq)
{
	rt_modtimer(t, when, period, f, arg, seq);
}

/* time.runtimeNano is runtime.nanotime (a linkname in gc). */
int64_t rt_time_runtimeNano(void) { return rt_nanotime(); }

/* time.now() (sec int64, nsec int32, mono int64): the wall clock and the
 * monotonic clock (gc: time_now).  Go's three results come back in rax,
 * edx and rcx (an LLVM first-class struct return), which no C function
 * returns, so the entry point is assembly around a C helper filling a
 * 24-byte block. */
typedef struct NowResult {
	int64_t sec;
	int64_t nsec;
	int64_t mono;
} NowResult;

void rt_time_now_fill(NowResult *r);
void rt_time_now_fill(NowResult *r)
{
	Timespec ts = {0, 0};
	if (rt_vdso_clock_gettime)
		rt_vdso_clock_gettime(CLOCK_REALTIME, &ts);
	else
		rt_sys_clock_gettime(CLOCK_REALTIME, &ts);
	r->sec = ts.tv_sec;
	r->nsec = ts.tv_nsec;
	r->mono = rt_nanotime();
}

__asm__(".text\n"
        ".globl time.now\n"
        ".type time.now, @function\n"
        "time.now:\n"
        "\tsubq $24, %rsp\n"         // rsp was 8 mod 16: the call below is aligned
        "\tmovq %rsp, %rdi\n"
        "\tcall rt_time_now_fill\n"
        "\tmovq 0(%rsp), %rax\n"     // sec
        "\tmovl 8(%rsp), %edx\n"     // nsec
        "\tmovq 16(%rsp), %rcx\n"    // mono
        "\taddq $24, %rsp\n"
        "\tret\n"
        ".size time.now, . - time.now\n");
