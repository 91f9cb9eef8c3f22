/* runtime/sema.c — the runtime side of package sync (gc: sema.go, the sync
 * hooks of proc.go and mgc.go's clearpools).
 *
 * Semaphores (sync.runtime_Semacquire and friends) are keyed by the address
 * of a uint32 counter in Go memory.  Acquiring decrements the counter if it
 * is positive, else the goroutine parks on the address's wait queue;
 * releasing increments it and readies the first waiter, which then tries
 * again.  As in gc, the addresses hash to SEMTABSZ roots, each with a lock,
 * a count of waiters (read without the lock: a release with nobody waiting
 * takes no lock) and its waiters.  gc keeps a treap of addresses, each with
 * its own queue; goc keeps one list per root and searches it for the first
 * waiter on the address, which keeps the per-address order: FIFO, or LIFO
 * for a waiter that asked to go first (a mutex waking up again in
 * starvation-free mode).  A release with handoff (a starving sync.Mutex)
 * takes the count for the waiter itself (ticket) and yields to it, so that
 * a running goroutine cannot barge in.
 *
 * sync.Cond's notifyList is a ticket queue: Wait takes a ticket
 * (notifyListAdd, before unlocking the user's mutex), Signal wakes the
 * holder of the oldest ticket not yet notified, Broadcast all of them.
 * Its layout is sync's (runtime2.go): wait, notify uint32, lock uintptr
 * (here a runtime Mutex), head, tail.
 *
 * Waiters live on the parked goroutine's stack: goc's stacks never move, and
 * the goroutine stays in the function that queued it until someone has
 * dequeued it.  A waker must read what it needs from a waiter before
 * readying its goroutine; the waiter's frame may be gone right after.
 *
 * Invariants: a waiter is on a queue only while its root's (list's) lock is
 * held or its goroutine is parked; gopark's unlock function drops the lock
 * after the goroutine is G_WAITING, so a release cannot ready it early.
 * Nothing here allocates.
 */
#include "rt.h"

typedef struct SemaWaiter SemaWaiter;
struct SemaWaiter {
	G *g;
	uint32_t *addr;         // semaphores: the address waited on
	uint32_t ticket;        // semaphores: 1 if the releaser handed its count over; notifyList: the ticket
	SemaWaiter *next, *prev;
};

enum { SEMTABSZ = 251 };   // gc: semTabSize, a prime

typedef struct SemaRoot {
	Mutex lock;
	uint32_t nwait;         // atomic: waiters on this root (read without the lock)
	SemaWaiter *head, *tail;
	uint8_t pad[64 - 24];   // one root per cache line
} SemaRoot;

static SemaRoot semtable[SEMTABSZ];

static SemaRoot *semroot(uint32_t *addr) { return &semtable[((uintptr_t)addr >> 3) % SEMTABSZ]; }

/* Take one count if there is one (gc: cansemacquire). */
static bool cansemacquire(uint32_t *addr)
{
	uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
	while (v != 0) {
		if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
			return true;
	}
	return false;
}

/* Queue w on root r (locked): after the last waiter, or with lifo before the
 * first waiter on the same address. */
static void semqueue(SemaRoot *r, SemaWaiter *w, bool lifo)
{
	SemaWaiter *at = 0;
	if (lifo)
		for (at = r->head; at && at->addr != w->addr; at = at->next)
			;
	if (at) {
		w->next = at;
		w->prev = at->prev;
		if (at->prev)
			at->prev->next = w;
		else
			r->head = w;
		at->prev = w;
		return;
	}
	w->next = 0;
	w->prev = r->tail;
	if (r->tail)
		r->tail->next = w;
	else
		r->head = w;
	r->tail = w;
}

/* Remove and return the first waiter on addr, or NULL (root locked). */
static SemaWaiter *semdequeue(SemaRoot *r, uint32_t *addr)
{
	SemaWaiter *w = r->head;
	while (w && w->addr != addr)
		w = w->next;
	if (!w)
		return 0;
	if (w->prev)
		w->prev->next = w->next;
	else
		r->head = w->next;
	if (w->next)
		w->next->prev = w->prev;
	else
		r->tail = w->prev;
	w->next = w->prev = 0;
	return w;
}

static bool unlockroot(G *gp, void *l)
{
	(void)gp;
	rt_unlock(l);
	return true;
}

/* gc: semacquire1 */
static void semacquire1(uint32_t *addr, bool lifo)
{
	if (cansemacquire(addr))
		return;
	G *gp = rt_getg();
	if (gp != rt_getm()->curg)
		THROW("semacquire not on the G stack");
	SemaRoot *r = semroot(addr);
	SemaWaiter w = {.g = gp, .addr = addr};
	for (;;) {
		rt_lock(&r->lock);
		// Count first, then check: a release that increments *addr after
		// our check sees nwait != 0 and takes the lock (gc's order).
		__atomic_add_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
		if (cansemacquire(addr)) {
			__atomic_sub_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
			rt_unlock(&r->lock);
			return;
		}
		w.ticket = 0;
		semqueue(r, &w, lifo);
		rt_gopark(unlockroot, &r->lock, WAIT_SEMACQUIRE);
		if (__atomic_load_n(&w.ticket, __ATOMIC_ACQUIRE) != 0 || cansemacquire(addr))
			return;
		lifo = true; // woken but beaten to it: go first next time (gc does the same for mutexes)
	}
}

/* gc: semrelease1 */
static void semrelease1(uint32_t *addr, bool handoff)
{
	SemaRoot *r = semroot(addr);
	__atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
	if (__atomic_load_n(&r->nwait, __ATOMIC_SEQ_CST) == 0)
		return;
	rt_lock(&r->lock);
	if (__atomic_load_n(&r->nwait, __ATOMIC_SEQ_CST) == 0) {
		rt_unlock(&r->lock);
		return;
	}
	SemaWaiter *w = semdequeue(r, addr);
	if (w)
		__atomic_sub_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
	rt_unlock(&r->lock);
	if (!w)
		return;
	G *wg = w->g;
	bool handed = handoff && cansemacquire(addr);
	if (handed)
		__atomic_store_n(&w->ticket, 1, __ATOMIC_RELEASE);
	rt_goready(wg); // w may be gone from here on
	if (handed)
		rt_gosched(); // let the waiter run now (gc: goyield)
}

void sync_runtime_Semacquire(uint32_t *addr) __asm__("sync.runtime_Semacquire");
void sync_runtime_SemacquireMutex(uint32_t *addr, uint8_t lifo, int64_t skipframes) __asm__("sync.runtime_SemacquireMutex");
void sync_runtime_Semrelease(uint32_t *addr, uint8_t handoff, int64_t skipframes) __asm__("sync.runtime_Semrelease");

void sync_runtime_Semacquire(uint32_t *addr) { semacquire1(addr, false); }
void sync_runtime_SemacquireMutex(uint32_t *addr, uint8_t lifo, int64_t skipframes)
{
	(void)skipframes;
	semacquire1(addr, lifo & 1);
}
void sync_runtime_Semrelease(uint32_t *addr, uint8_t handoff, int64_t skipframes)
{
	(void)skipframes;
	semrelease1(addr, handoff & 1);
}

/* ---- sync.Cond (gc: notifyList) ---- */

typedef struct NotifyList {
	uint32_t wait;          // atomic: the next ticket to hand out
	uint32_t notify;        // the next ticket to notify (atomic writes under lock)
	Mutex lock;             // sync's lock uintptr
	uint32_t _pad;
	SemaWaiter *head, *tail;
} NotifyList;
_Static_assert(sizeof(NotifyList) == 32, "sync.notifyList's layout (runtime2.go)");

/* a < b for tickets that wrap around (gc: less) */
static bool ticketless(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

uint32_t sync_runtime_notifyListAdd(NotifyList *l) __asm__("sync.runtime_notifyListAdd");
void sync_runtime_notifyListWait(NotifyList *l, uint32_t t) __asm__("sync.runtime_notifyListWait");
void sync_runtime_notifyListNotifyAll(NotifyList *l) __asm__("sync.runtime_notifyListNotifyAll");
void sync_runtime_notifyListNotifyOne(NotifyList *l) __asm__("sync.runtime_notifyListNotifyOne");
void sync_runtime_notifyListCheck(uintptr_t size) __asm__("sync.runtime_notifyListCheck");

uint32_t sync_runtime_notifyListAdd(NotifyList *l) { return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST); }

void sync_runtime_notifyListWait(NotifyList *l, uint32_t t)
{
	rt_lock(&l->lock);
	if (ticketless(t, l->notify)) { // already notified
		rt_unlock(&l->lock);
		return;
	}
	SemaWaiter w = {.g = rt_getg(), .ticket = t};
	w.prev = l->tail;
	if (l->tail)
		l->tail->next = &w;
	else
		l->head = &w;
	l->tail = &w;
	rt_gopark(unlockroot, &l->lock, WAIT_SYNC_COND_WAIT);
}

void sync_runtime_notifyListNotifyAll(NotifyList *l)
{
	if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
		return;
	rt_lock(&l->lock);
	SemaWaiter *s = l->head;
	l->head = l->tail = 0;
	__atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
	rt_unlock(&l->lock);
	while (s) {
		SemaWaiter *next = s->next;
		G *gp = s->g;
		rt_goready(gp); // s may be gone from here on
		s = next;
	}
}

void sync_runtime_notifyListNotifyOne(NotifyList *l)
{
	if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
		return;
	rt_lock(&l->lock);
	uint32_t t = l->notify;
	if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
		rt_unlock(&l->lock);
		return;
	}
	__atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
	// The holder of ticket t may not have queued itself yet (it is between
	// notifyListAdd and notifyListWait): then its Wait sees the ticket
	// notified and returns at once.
	for (SemaWaiter *s = l->head; s; s = s->next) {
		if (s->ticket != t)
			continue;
		if (s->prev)
			s->prev->next = s->next;
		else
			l->head = s->next;
		if (s->next)
			s->next->prev = s->prev;
		else
			l->tail = s->prev;
		G *gp = s->g;
		rt_unlock(&l->lock);
		rt_goready(gp);
		return;
	}
	rt_unlock(&l->lock);
}

void sync_runtime_notifyListCheck(uintptr_t size)
{
	if (size != sizeof(NotifyList)) {
		rt_print("runtime: bad notifyList size - sync=", size, " runtime=", (uint64_t)sizeof(NotifyList), "\n");
		THROW("bad notifyList size");
	}
}

/* ---- spinning, pinning, time (gc: proc.go's sync hooks) ---- */

bool sync_runtime_canSpin(int64_t i) __asm__("sync.runtime_canSpin");
void sync_runtime_doSpin(void) __asm__("sync.runtime_doSpin");
int64_t sync_runtime_nanotime(void) __asm__("sync.runtime_nanotime");
int64_t sync_runtime_procPin(void) __asm__("sync.runtime_procPin");
void sync_runtime_procUnpin(void) __asm__("sync.runtime_procUnpin");
int64_t atomic_runtime_procPin(void) __asm__("\"sync/atomic.runtime_procPin\"");
void atomic_runtime_procUnpin(void) __asm__("\"sync/atomic.runtime_procUnpin\"");
uint32_t sync_fastrandn(uint32_t n) __asm__("sync.fastrandn");
uintptr_t sync_runtime_LoadAcquintptr(uintptr_t *p) __asm__("sync.runtime_LoadAcquintptr");
uintptr_t sync_runtime_StoreReluintptr(uintptr_t *p, uintptr_t v) __asm__("sync.runtime_StoreReluintptr");

/* Active spinning for a sync.Mutex is worth it only on a multicore machine
 * with other running Ps and nothing else to run here (gc: sync_runtime_canSpin). */
bool sync_runtime_canSpin(int64_t i)
{
	if (i >= 4 || rt_ncpu <= 1)
		return false;
	uint32_t busy = __atomic_load_n(&rt_sched.npidle, __ATOMIC_RELAXED) +
	                __atomic_load_n(&rt_sched.nmspinning, __ATOMIC_RELAXED) + 1;
	if ((uint32_t)rt_gomaxprocs <= busy)
		return false;
	P *pp = rt_getm()->p;
	if (pp && (__atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE) != __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE) ||
	           __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE) != 0))
		return false;
	return true;
}

void sync_runtime_doSpin(void)
{
	for (int i = 0; i < 30; i++) // gc: procyield(active_spin_cnt)
		__asm__ volatile("pause" ::: "memory");
}

int64_t sync_runtime_nanotime(void) { return rt_nanotime(); }

/* Pinning keeps the goroutine on its P: no preemption while m->locks > 0
 * (gc: procPin).  Returns the P's id. */
static int64_t procpin(void)
{
	M *mp = rt_getm();
	mp->locks++;
	return mp->p ? mp->p->id : 0;
}

static void procunpin(void) { rt_getm()->locks--; }

int64_t sync_runtime_procPin(void) { return procpin(); }
void sync_runtime_procUnpin(void) { procunpin(); }
int64_t atomic_runtime_procPin(void) { return procpin(); }
void atomic_runtime_procUnpin(void) { procunpin(); }

uint32_t sync_fastrandn(uint32_t n) { return (uint32_t)(((uint64_t)rt_fastrand() * n) >> 32); }

uintptr_t sync_runtime_LoadAcquintptr(uintptr_t *p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
uintptr_t sync_runtime_StoreReluintptr(uintptr_t *p, uintptr_t v)
{
	__atomic_store_n(p, v, __ATOMIC_RELEASE);
	return 0;
}

/* ---- sync.throw, sync.fatal ---- */

void sync_throw(GoString s) __asm__("sync.throw");
void sync_fatal(GoString s) __asm__("sync.fatal");

void sync_throw(GoString s) { rt_throw((void *)s.ptr, s.len); }
void sync_fatal(GoString s) { rt_fatal((const char *)s.ptr, s.len); }

/* ---- sync.Pool's cleanup at the start of each GC cycle (gc: clearpools) ---- */

typedef struct FuncVal {
	void (*code)(void *ctx);
} FuncVal;

static FuncVal *poolcleanup; // a static closure (sync.poolCleanup·f): no heap pointer to keep

void sync_runtime_registerPoolCleanup(FuncVal *f) __asm__("sync.runtime_registerPoolCleanup");
void sync_runtime_registerPoolCleanup(FuncVal *f) { __atomic_store_n(&poolcleanup, f, __ATOMIC_RELEASE); }

/* Called by rt_gcStart on the goroutine that starts the cycle, with the
 * world stopped and before the write barrier is on: sync.poolCleanup drops
 * the pools' victim caches and makes the primary caches the victims. It is
 * Go code that must not allocate (pool.go says so). */
void rt_clearpools(void)
{
	FuncVal *f = __atomic_load_n(&poolcleanup, __ATOMIC_ACQUIRE);
	if (f)
		f->code(f);
}
