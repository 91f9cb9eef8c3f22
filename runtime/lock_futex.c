/* runtime/lock_futex.c — runtime locks and notes on Linux futexes
 * (gc: lock_futex.go, os_linux.go futexsleep/futexwakeup).
 *
 * A Mutex is one uint32: 0 unlocked, 1 locked, 2 locked and someone may be
 * asleep in futex(FUTEX_WAIT).  lock spins briefly (4 rounds of PAUSE, then
 * one sched_yield) before sleeping, as gc's lock2 does: critical sections in
 * the runtime are a few hundred instructions, so a short spin usually wins.
 * unlock swaps in 0 and wakes one sleeper only if the old value was 2.
 *
 * A Note is a one-shot event with one sleeper (an idle M in stopm) and one
 * waker (startm).  noteclear before reuse.
 *
 * Invariants:
 *   - rt_lock increments m->locks and rt_unlock decrements it, so a fault
 *     while a runtime lock is held is a runtime bug, not a Go panic
 *     (rt_sigpanic's canpanic).  A lock is released by the M that took it.
 *   - Nothing here allocates; these run on g0, on goroutine stacks, and in
 *     the crash path.
 */
#include "rt.h"

enum {
	MUTEX_UNLOCKED = 0,
	MUTEX_LOCKED = 1,
	MUTEX_SLEEPING = 2,
	ACTIVE_SPIN = 4,       // gc: active_spin
	ACTIVE_SPIN_CNT = 30,  // gc: active_spin_cnt
	PASSIVE_SPIN = 1,      // gc: passive_spin
};

static inline void procyield(uint32_t n)
{
	while (n-- > 0)
		__asm__ volatile("pause" ::: "memory");
}

void rt_osyield(void) { rt_sys_sched_yield(); }

/* Sleep on addr while *addr == val (ns < 0: no timeout).  May wake spuriously. */
static void futexsleep(uint32_t *addr, uint32_t val, int64_t ns)
{
	if (ns < 0) {
		rt_sys_futex(addr, FUTEX_WAIT_PRIVATE, val, 0);
		return;
	}
	Timespec ts = {ns / 1000000000, ns % 1000000000};
	rt_sys_futex(addr, FUTEX_WAIT_PRIVATE, val, &ts);
}

static void futexwakeup(uint32_t *addr, uint32_t cnt)
{
	int64_t r = rt_sys_futex(addr, FUTEX_WAKE_PRIVATE, cnt, 0);
	if (r < 0) {
		rt_print("futexwakeup addr=", (void *)addr, " returned ", r, "\n");
		THROW("futexwakeup");
	}
}

/* gc: lock2.  Hot everywhere, with a frame of a few words: no stack check
 * (rt.h: NO_SPLIT_STACK). */
NO_SPLIT_STACK void rt_lock(Mutex *l)
{
	M *mp = rt_getm();
	mp->locks++;
	uint32_t v = __atomic_exchange_n(&l->key, MUTEX_LOCKED, __ATOMIC_ACQUIRE);
	if (LIKELY(v == MUTEX_UNLOCKED))
		return;
	// wait is MUTEX_LOCKED or MUTEX_SLEEPING: once someone may sleep, every
	// later owner must leave MUTEX_SLEEPING behind so unlock wakes them.
	uint32_t wait = v;
	for (;;) {
		for (int i = 0; i < ACTIVE_SPIN; i++) {
			while (__atomic_load_n(&l->key, __ATOMIC_RELAXED) == MUTEX_UNLOCKED) {
				uint32_t exp = MUTEX_UNLOCKED;
				if (__atomic_compare_exchange_n(&l->key, &exp, wait, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
					return;
			}
			procyield(ACTIVE_SPIN_CNT);
		}
		for (int i = 0; i < PASSIVE_SPIN; i++) {
			while (__atomic_load_n(&l->key, __ATOMIC_RELAXED) == MUTEX_UNLOCKED) {
				uint32_t exp = MUTEX_UNLOCKED;
				if (__atomic_compare_exchange_n(&l->key, &exp, wait, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
					return;
			}
			rt_osyield();
		}
		v = __atomic_exchange_n(&l->key, MUTEX_SLEEPING, __ATOMIC_ACQUIRE);
		if (v == MUTEX_UNLOCKED)
			return;
		wait = MUTEX_SLEEPING;
		futexsleep(&l->key, MUTEX_SLEEPING, -1);
	}
}

/* gc: unlock2.  No stack check, as rt_lock. */
NO_SPLIT_STACK void rt_unlock(Mutex *l)
{
	uint32_t v = __atomic_exchange_n(&l->key, MUTEX_UNLOCKED, __ATOMIC_RELEASE);
	if (UNLIKELY(v == MUTEX_UNLOCKED))
		THROW("unlock of unlocked lock");
	if (v == MUTEX_SLEEPING)
		futexwakeup(&l->key, 1);
	M *mp = rt_getm();
	if (--mp->locks < 0)
		THROW("runtime·unlock: lock count");
}

void rt_noteclear(Note *n) { __atomic_store_n(&n->key, 0, __ATOMIC_RELAXED); }

void rt_notewakeup(Note *n)
{
	uint32_t old = __atomic_exchange_n(&n->key, 1, __ATOMIC_SEQ_CST);
	if (old != 0) {
		rt_print("notewakeup - double wakeup (", old, ")\n");
		THROW("notewakeup - double wakeup");
	}
	futexwakeup(&n->key, 1);
}

void rt_notesleep(Note *n)
{
	while (__atomic_load_n(&n->key, __ATOMIC_SEQ_CST) == 0)
		futexsleep(&n->key, 0, -1);
}

/* Sleep until woken or ns nanoseconds pass; reports whether woken (gc: notetsleep). */
bool rt_notetsleep(Note *n, int64_t ns)
{
	if (__atomic_load_n(&n->key, __ATOMIC_SEQ_CST) != 0)
		return true;
	futexsleep(&n->key, 0, ns);
	return __atomic_load_n(&n->key, __ATOMIC_SEQ_CST) != 0;
}

/* gc: usleep. */
void rt_usleep(uint32_t usec)
{
	Timespec ts = {usec / 1000000, (int64_t)(usec % 1000000) * 1000};
	rt_sys_nanosleep(&ts);
}
