/* runtime/netpoll_epoll.c — the network poller on epoll (gc: netpoll.go,
 * netpoll_epoll.go) and package internal/poll's hooks into it.
 *
 * A descriptor that package os or net registers (runtime_pollOpen) gets a
 * PollDesc and is added to one epoll set, edge-triggered for reading and
 * writing; the file is then in non-blocking mode, and a goroutine whose
 * read or write says EAGAIN parks in runtime_pollWait ("IO wait") until
 * the poller sees the descriptor ready, its deadline passes, or it is
 * closed.  The scheduler polls (proc.c's findrunnable): without blocking
 * while it looks for work, and when there is no work one M blocks in
 * epoll_wait until the earliest timer (time.c); netpollBreak wakes it
 * through a pipe when an earlier timer is added.  sysmon polls if nobody
 * has for 10 ms.
 *
 * The poller starts lazily, at the first registered descriptor or the
 * first timer, as gc's does (so the descriptors it takes are numbered as
 * in gc).  If epoll_create1 fails the poller is a note instead: netpoll
 * sleeps on it until the timeout or a netpollBreak, and no descriptor can
 * be registered (runtime_pollOpen says EPERM, so files stay in blocking
 * mode).
 *
 * rg and wg, one per direction, are gc's binary semaphores:
 *   0         nothing pending;
 *   PD_READY  the descriptor became ready; the next wait consumes it;
 *   PD_WAIT   a goroutine is about to park (netpollblock);
 *   a G *     that goroutine is parked.  Readiness stores PD_READY and
 *             readies it; a deadline or close stores 0 and readies it.
 * At most one goroutine waits per direction (internal/poll's fdMutex
 * serialises readers and writers).
 *
 * Invariants:
 *   - PollDescs live in persistent memory and are never freed, only put
 *     back on pollcache's free list: epoll may report an event for one
 *     after it was closed.  Each carries fdseq, bumped when it is freed;
 *     the epoll event's data packs the PollDesc address with the fdseq of
 *     its registration (16 bits above the 48-bit address), and netpoll
 *     drops events whose fdseq is stale (gc 1.21's taggedPointer).
 *   - pd->lock guards closing, rd, wd, rseq, wseq and the timers rt, wt;
 *     info mirrors closing, rd < 0 and wd < 0 (publishinfo, under the
 *     lock) plus the last event's error bit, for readers without the lock.
 *     Whoever changes those bits publishes them before looking at rg/wg
 *     (netpollunblock), and netpollblock stores PD_WAIT before looking at
 *     info: both sides are sequentially consistent, so a waiter never
 *     parks past a close or an expired deadline.
 *   - A deadline timer fires with the rseq/wseq current when it was set;
 *     a stale one (the deadline changed, or the PollDesc was reused) does
 *     nothing.
 *   - netpollWaiters counts parked goroutines (incremented when one
 *     commits to parking, decremented when netpollunblock takes it); it
 *     may be briefly negative.  The scheduler blocks in netpoll only if it
 *     is positive or a timer is pending.
 *   - Lock order: pd->lock, then a P's timers lock (time.c), then
 *     sched.lock.  netpoll itself takes no lock: it runs on the g0 of an M
 *     without a P (the poller, sysmon) or with one.
 */
#include "rt.h"

enum {
	POLL_NO_ERROR = 0,         // gc: pollNoError; internal/poll's values
	POLL_ERR_CLOSING = 1,      // the descriptor is being closed
	POLL_ERR_TIMEOUT = 2,      // its deadline passed (os.ErrDeadlineExceeded)
	POLL_ERR_NOT_POLLABLE = 3, // the poller reported an error on it

	PD_READY = 1,
	PD_WAIT = 2,

	// PollDesc.info bits (gc: pollInfo)
	INFO_CLOSING = 1,
	INFO_EVENT_ERR = 2,
	INFO_EXPIRED_READ = 4,
	INFO_EXPIRED_WRITE = 8,

	POLL_BLOCK_SIZE = 4 << 10, // PollDescs are allocated this many bytes at a time
	TAG_SHIFT = 48,            // an epoll event's data: fdseq << 48 | PollDesc address

	EPOLLIN = 0x1, EPOLLOUT = 0x4, EPOLLERR = 0x8, EPOLLHUP = 0x10, EPOLLRDHUP = 0x2000,
	EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2,
	O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000,  // EPOLL_CLOEXEC is O_CLOEXEC
	EPERM = 1,
};
#define EPOLLET 0x80000000u
#define TAG_MASK (((uint64_t)1 << (64 - TAG_SHIFT)) - 1)

/* struct epoll_event: packed on amd64, 12 bytes. */
typedef struct __attribute__((packed)) EpollEvent {
	uint32_t events;
	uint64_t data;
} EpollEvent;

typedef struct PollDesc PollDesc;
struct PollDesc {
	PollDesc *link;         // next on pollcache.first (pollcache.lock)
	uintptr_t fd;           // constant while registered
	uint32_t fdseq;         // atomic: bumped when freed (masked to TAG_MASK)
	uint32_t info;          // atomic INFO_* bits
	uintptr_t rg, wg;       // atomic: 0, PD_READY, PD_WAIT or the parked G
	Mutex lock;             // guards the fields below
	bool closing;           // runtime_pollUnblock was called
	uintptr_t rseq, wseq;   // the generation of the read / write deadline timer
	RTimer rt, wt;          // read / write deadline timers (in use while .f != NULL)
	int64_t rd, wd;         // deadlines: a nanotime, 0 none, -1 expired
};

static struct {
	Mutex lock;
	PollDesc *first;
} pollcache;

static Mutex initlock;
static uint32_t inited;          // atomic: netpollinit has run
static int32_t epfd = -1;        // the epoll set; -1 without epoll (the note fallback)
static int32_t breakrd = -1, breakwr = -1;  // the pipe netpollBreak writes to
static uint32_t wakesig;         // atomic: a netpollBreak is pending (avoids duplicate ones)
static Note breaknote;           // without epoll: what netpoll sleeps on
int32_t rt_netpollWaiters;       // atomic: goroutines parked in netpollblock

/* An address the break pipe's events carry instead of a PollDesc. */
#define BREAK_DATA ((uint64_t)(uintptr_t)&breakrd)

/* ---- start-up (gc: netpollGenericInit, netpollinit) ---- */

static void netpollinit(void)
{
	int64_t fd = rt_sys_epoll_create1(O_CLOEXEC);
	if (fd < 0)
		return;  // no epoll (a sandbox?): netpoll sleeps on breaknote
	int32_t p[2];
	int64_t r = rt_sys_pipe2(p, O_NONBLOCK | O_CLOEXEC);
	if (r < 0) {
		rt_print("runtime: pipe failed with ", -r, "\n");
		THROW("runtime: pipe failed");
	}
	EpollEvent ev = {.events = EPOLLIN, .data = BREAK_DATA};
	r = rt_sys_epoll_ctl((int32_t)fd, EPOLL_CTL_ADD, p[0], &ev);
	if (r < 0) {
		rt_print("runtime: epollctl failed with ", -r, "\n");
		THROW("runtime: epollctl failed");
	}
	breakrd = p[0];
	breakwr = p[1];
	epfd = (int32_t)fd;
}

void rt_netpollGenericInit(void)
{
	if (__atomic_load_n(&inited, __ATOMIC_ACQUIRE))
		return;
	rt_lock(&initlock);
	if (!inited) {
		netpollinit();
		__atomic_store_n(&inited, 1, __ATOMIC_RELEASE);
	}
	rt_unlock(&initlock);
}

bool rt_netpollinited(void) { return __atomic_load_n(&inited, __ATOMIC_ACQUIRE) != 0; }

/* ---- PollDescs ---- */

static PollDesc *pdalloc(void)
{
	rt_lock(&pollcache.lock);
	if (pollcache.first == 0) {
		// Persistent memory: the kernel's epoll set refers to these, and
		// they hold no heap pointers (a parked G is a root-pool object).
		uintptr_t n = POLL_BLOCK_SIZE / sizeof(PollDesc);
		PollDesc *mem = rt_persistentalloc(n * sizeof(PollDesc));
		if ((uintptr_t)mem >> TAG_SHIFT != 0)
			THROW("runtime: PollDesc above 2^48");
		for (uintptr_t i = 0; i < n; i++) {
			mem[i].link = pollcache.first;
			pollcache.first = &mem[i];
		}
	}
	PollDesc *pd = pollcache.first;
	pollcache.first = pd->link;
	rt_unlock(&pollcache.lock);
	return pd;
}

static void pdfree(PollDesc *pd)
{
	// Events epoll_wait already returned for this registration are stale
	// from here on.
	rt_lock(&pd->lock);
	__atomic_store_n(&pd->fdseq, (pd->fdseq + 1) & TAG_MASK, __ATOMIC_SEQ_CST);
	rt_unlock(&pd->lock);
	rt_lock(&pollcache.lock);
	pd->link = pollcache.first;
	pollcache.first = pd;
	rt_unlock(&pollcache.lock);
}

/* pd->lock held: make info agree with closing, rd and wd (gc: publishInfo). */
static void publishinfo(PollDesc *pd)
{
	uint32_t bits = 0;
	if (pd->closing)
		bits |= INFO_CLOSING;
	if (pd->rd < 0)
		bits |= INFO_EXPIRED_READ;
	if (pd->wd < 0)
		bits |= INFO_EXPIRED_WRITE;
	uint32_t old = __atomic_load_n(&pd->info, __ATOMIC_SEQ_CST);
	while (!__atomic_compare_exchange_n(&pd->info, &old, (old & INFO_EVENT_ERR) | bits, false, __ATOMIC_SEQ_CST,
	                                    __ATOMIC_SEQ_CST))
		;
}

/* Record whether the last event on pd was an error, unless pd was freed
 * since the event's registration (tag). */
static void seteventerr(PollDesc *pd, bool err, uint32_t tag)
{
	uint32_t old = __atomic_load_n(&pd->info, __ATOMIC_SEQ_CST);
	while (((old & INFO_EVENT_ERR) != 0) != err && __atomic_load_n(&pd->fdseq, __ATOMIC_SEQ_CST) == tag &&
	       !__atomic_compare_exchange_n(&pd->info, &old, old ^ INFO_EVENT_ERR, false, __ATOMIC_SEQ_CST,
	                                    __ATOMIC_SEQ_CST))
		;
}

/* What a read ('r') or write ('w') on pd would fail with now (gc: netpollcheckerr). */
static int64_t checkerr(PollDesc *pd, int64_t mode)
{
	uint32_t info = __atomic_load_n(&pd->info, __ATOMIC_SEQ_CST);
	if (info & INFO_CLOSING)
		return POLL_ERR_CLOSING;
	if ((mode == 'r' && (info & INFO_EXPIRED_READ)) || (mode == 'w' && (info & INFO_EXPIRED_WRITE)))
		return POLL_ERR_TIMEOUT;
	// Only reads report an event error: a write's own error says more.
	if (mode == 'r' && (info & INFO_EVENT_ERR))
		return POLL_ERR_NOT_POLLABLE;
	return POLL_NO_ERROR;
}

static uintptr_t *semaphore(PollDesc *pd, int64_t mode) { return mode == 'w' ? &pd->wg : &pd->rg; }

/* gopark's unlock function: commit to parking unless readiness, a
 * deadline or a close came first (gc: netpollblockcommit). */
static bool blockcommit(G *gp, void *gpp)
{
	uintptr_t wait = PD_WAIT;
	if (!__atomic_compare_exchange_n((uintptr_t *)gpp, &wait, (uintptr_t)gp, false, __ATOMIC_SEQ_CST,
	                                 __ATOMIC_SEQ_CST))
		return false;
	__atomic_add_fetch(&rt_netpollWaiters, 1, __ATOMIC_SEQ_CST);
	return true;
}

/* Wait until pd is ready for mode.  Reports true if it is, false after a
 * deadline or a close; waitio ignores those (gc: netpollblock). */
static bool netpollblock(PollDesc *pd, int64_t mode, bool waitio)
{
	uintptr_t *gpp = semaphore(pd, mode);
	for (;;) {
		uintptr_t v = PD_READY;
		if (__atomic_compare_exchange_n(gpp, &v, 0, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
			return true;  // consumed a pending notification
		v = 0;
		if (__atomic_compare_exchange_n(gpp, &v, PD_WAIT, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
			break;
		if (v != PD_READY && v != 0)
			THROW("runtime: double wait");
	}
	// A close or deadline may have been published before our PD_WAIT:
	// its netpollunblock then saw no waiter, so look again before parking.
	if (waitio || checkerr(pd, mode) == POLL_NO_ERROR)
		rt_gopark(blockcommit, gpp, WAIT_IO_WAIT);
	uintptr_t old = __atomic_exchange_n(gpp, 0, __ATOMIC_SEQ_CST);
	if (old > PD_WAIT)
		THROW("runtime: corrupted polldesc");
	return old == PD_READY;
}

/* Take the goroutine waiting on pd for mode, if any, to be readied by the
 * caller; ioready: the descriptor is ready (leave PD_READY behind), else a
 * deadline or close woke it (gc: netpollunblock). */
static G *netpollunblock(PollDesc *pd, int64_t mode, bool ioready)
{
	uintptr_t *gpp = semaphore(pd, mode);
	for (;;) {
		uintptr_t old = __atomic_load_n(gpp, __ATOMIC_SEQ_CST);
		if (old == PD_READY)
			return 0;
		if (old == 0 && !ioready)
			return 0;  // nobody waits; runtime_pollWait checks for the error itself
		if (__atomic_compare_exchange_n(gpp, &old, ioready ? PD_READY : 0, false, __ATOMIC_SEQ_CST,
		                                __ATOMIC_SEQ_CST)) {
			if (old == PD_WAIT || old == 0)
				return 0;
			__atomic_sub_fetch(&rt_netpollWaiters, 1, __ATOMIC_SEQ_CST);
			return (G *)old;
		}
	}
}

/* ---- deadlines (gc: netpolldeadlineimpl and its timer functions) ---- */

static void deadlineimpl(PollDesc *pd, uintptr_t seq, bool read, bool write)
{
	rt_lock(&pd->lock);
	if (seq != (read ? pd->rseq : pd->wseq)) {
		rt_unlock(&pd->lock);  // the descriptor was reused or its deadline changed
		return;
	}
	G *rg = 0, *wg = 0;
	if (read) {
		if (pd->rd <= 0 || pd->rt.f == 0)
			THROW("runtime: inconsistent read deadline");
		pd->rd = -1;
		publishinfo(pd);
		rg = netpollunblock(pd, 'r', false);
	}
	if (write) {
		if (pd->wd <= 0 || (pd->wt.f == 0 && !read))
			THROW("runtime: inconsistent write deadline");
		pd->wd = -1;
		publishinfo(pd);
		wg = netpollunblock(pd, 'w', false);
	}
	rt_unlock(&pd->lock);
	if (rg)
		rt_goready(rg);
	if (wg)
		rt_goready(wg);
}

/* Timer functions (time.c calls them as Go func values f(arg, seq)). */
static void readDeadline(void *ctx, GoEface arg, uintptr_t seq)
{
	(void)ctx;
	deadlineimpl(arg.data, seq, true, false);
}
static void writeDeadline(void *ctx, GoEface arg, uintptr_t seq)
{
	(void)ctx;
	deadlineimpl(arg.data, seq, false, true);
}
static void readWriteDeadline(void *ctx, GoEface arg, uintptr_t seq)
{
	(void)ctx;
	deadlineimpl(arg.data, seq, true, true);
}
static const TimerFuncVal readDeadlineFV = {readDeadline};
static const TimerFuncVal writeDeadlineFV = {writeDeadline};
static const TimerFuncVal readWriteDeadlineFV = {readWriteDeadline};

/* The timers' arg: pd itself, which is not a Go value (no type). */
static GoEface pdarg(PollDesc *pd) { return (GoEface){0, pd}; }

/* ---- netpoll (gc: netpoll, netpollready, netpollBreak) ---- */

/* Interrupt a netpoll blocked in another M. */
void rt_netpollBreak(void)
{
	uint32_t zero = 0;
	if (!rt_netpollinited())
		return;  // nobody can be in netpoll
	if (!__atomic_compare_exchange_n(&wakesig, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
		return;  // one is pending already
	if (epfd < 0) {
		rt_notewakeup(&breaknote);
		return;
	}
	for (;;) {
		uint8_t b = 0;
		int64_t n = rt_sys_write(breakwr, &b, 1);
		if (n == 1 || n == -EAGAIN)  // EAGAIN: the pipe is full of wake-ups already
			return;
		if (n != -EINTR) {
			rt_print("runtime: netpollBreak write failed with ", -n, "\n");
			THROW("runtime: netpollBreak write failed");
		}
	}
}

static void netpollready(G **list, PollDesc *pd, int64_t mode)
{
	G *rg = 0, *wg = 0;
	if (mode == 'r' || mode == 'r' + 'w')
		rg = netpollunblock(pd, 'r', true);
	if (mode == 'w' || mode == 'r' + 'w')
		wg = netpollunblock(pd, 'w', true);
	if (rg) {
		rg->schedlink = *list;
		*list = rg;
	}
	if (wg) {
		wg->schedlink = *list;
		*list = wg;
	}
}

/* Poll for ready descriptors: delay < 0 blocks until one is ready or a
 * netpollBreak, 0 does not block, > 0 blocks at most delay ns.  Returns
 * the goroutines to run, still G_WAITING, linked by schedlink. */
G *rt_netpoll(int64_t delay)
{
	if (!rt_netpollinited())
		return 0;
	if (epfd < 0) {
		bool woken = false;
		if (delay < 0) {
			rt_notesleep(&breaknote);
			woken = true;
		} else if (delay > 0) {
			woken = rt_notetsleep(&breaknote, delay);
		}
		if (woken) {
			rt_noteclear(&breaknote);
			__atomic_store_n(&wakesig, 0, __ATOMIC_SEQ_CST);
		}
		return 0;
	}
	int32_t waitms;
	if (delay < 0)
		waitms = -1;
	else if (delay == 0)
		waitms = 0;
	else if (delay < 1000000)
		waitms = 1;
	else if (delay < 1000000000000000)
		waitms = (int32_t)(delay / 1000000);
	else
		waitms = 1000000000;  // about 11.5 days: an arbitrary cap, as gc's
	EpollEvent events[128];
	int64_t n;
	for (;;) {
		n = rt_sys_epoll_wait(epfd, events, NELEM(events), waitms);
		if (n >= 0)
			break;
		if (n != -EINTR) {
			rt_print("runtime: epollwait on fd ", epfd, " failed with ", -n, "\n");
			THROW("runtime: netpoll failed");
		}
		if (waitms > 0)
			return 0;  // the caller recomputes how long to sleep
	}
	G *list = 0;
	for (int64_t i = 0; i < n; i++) {
		EpollEvent *ev = &events[i];
		uint32_t evs = ev->events;
		uint64_t data = ev->data;
		if (evs == 0)
			continue;
		if (data == BREAK_DATA) {
			if (evs != EPOLLIN) {
				rt_print("runtime: netpoll: break fd ready for ", evs, "\n");
				THROW("runtime: netpoll: break fd ready for something unexpected");
			}
			// A non-blocking poll leaves the wake-up to the blocked one.
			if (delay != 0) {
				uint8_t buf[16];
				rt_sys_read(breakrd, buf, sizeof buf);
				__atomic_store_n(&wakesig, 0, __ATOMIC_SEQ_CST);
			}
			continue;
		}
		int64_t mode = 0;
		if (evs & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
			mode += 'r';
		if (evs & (EPOLLOUT | EPOLLHUP | EPOLLERR))
			mode += 'w';
		if (mode == 0)
			continue;
		PollDesc *pd = (PollDesc *)(uintptr_t)(data & (((uint64_t)1 << TAG_SHIFT) - 1));
		uint32_t tag = (uint32_t)(data >> TAG_SHIFT);
		if (__atomic_load_n(&pd->fdseq, __ATOMIC_SEQ_CST) != tag)
			continue;  // closed since: the event is for an old registration
		seteventerr(pd, evs == EPOLLERR, tag);
		netpollready(&list, pd, mode);
	}
	return list;
}

/* ---- package internal/poll's hooks (gc: poll_runtime_*) ----
 * ctx is the PollDesc (gc returns *pollDesc as a uintptr too). */

void rt_poll_ServerInit(void) __asm__("\"internal/poll.runtime_pollServerInit\"");
GoPair rt_poll_Open(uintptr_t fd) __asm__("\"internal/poll.runtime_pollOpen\"");
void rt_poll_Close(uintptr_t ctx) __asm__("\"internal/poll.runtime_pollClose\"");
int64_t rt_poll_Reset(uintptr_t ctx, int64_t mode) __asm__("\"internal/poll.runtime_pollReset\"");
int64_t rt_poll_Wait(uintptr_t ctx, int64_t mode) __asm__("\"internal/poll.runtime_pollWait\"");
void rt_poll_WaitCanceled(uintptr_t ctx, int64_t mode) __asm__("\"internal/poll.runtime_pollWaitCanceled\"");
void rt_poll_SetDeadline(uintptr_t ctx, int64_t d, int64_t mode) __asm__("\"internal/poll.runtime_pollSetDeadline\"");
void rt_poll_Unblock(uintptr_t ctx) __asm__("\"internal/poll.runtime_pollUnblock\"");
bool rt_poll_isPollServerDescriptor(uintptr_t fd) __asm__("\"internal/poll.runtime_isPollServerDescriptor\"");

void rt_poll_ServerInit(void) { rt_netpollGenericInit(); }

bool rt_poll_isPollServerDescriptor(uintptr_t fd)
{
	return epfd >= 0 && (fd == (uintptr_t)epfd || fd == (uintptr_t)breakrd || fd == (uintptr_t)breakwr);
}

/* func runtime_pollOpen(fd uintptr) (uintptr, int): register fd, edge-triggered. */
GoPair rt_poll_Open(uintptr_t fd)
{
	if (epfd < 0)
		return (GoPair){0, EPERM};
	PollDesc *pd = pdalloc();
	rt_lock(&pd->lock);
	uintptr_t w = __atomic_load_n(&pd->wg, __ATOMIC_SEQ_CST), r = __atomic_load_n(&pd->rg, __ATOMIC_SEQ_CST);
	if (w != 0 && w != PD_READY)
		THROW("runtime: blocked write on free polldesc");
	if (r != 0 && r != PD_READY)
		THROW("runtime: blocked read on free polldesc");
	pd->fd = fd;
	pd->closing = false;
	seteventerr(pd, false, pd->fdseq);
	pd->rseq++;
	__atomic_store_n(&pd->rg, 0, __ATOMIC_SEQ_CST);
	pd->rd = 0;
	pd->wseq++;
	__atomic_store_n(&pd->wg, 0, __ATOMIC_SEQ_CST);
	pd->wd = 0;
	publishinfo(pd);
	uint64_t tag = pd->fdseq;
	rt_unlock(&pd->lock);

	EpollEvent ev = {.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET,
	                 .data = (uint64_t)(uintptr_t)pd | tag << TAG_SHIFT};
	int64_t e = rt_sys_epoll_ctl(epfd, EPOLL_CTL_ADD, (int32_t)fd, &ev);
	if (e < 0) {
		pdfree(pd);
		return (GoPair){0, -e};  // EPERM for a regular file: os keeps it blocking
	}
	return (GoPair){(int64_t)(uintptr_t)pd, 0};
}

/* After runtime_pollUnblock, when no goroutine uses the descriptor any more. */
void rt_poll_Close(uintptr_t ctx)
{
	PollDesc *pd = (PollDesc *)ctx;
	if (!pd->closing)
		THROW("runtime: close polldesc w/o unblock");
	uintptr_t w = __atomic_load_n(&pd->wg, __ATOMIC_SEQ_CST), r = __atomic_load_n(&pd->rg, __ATOMIC_SEQ_CST);
	if (w != 0 && w != PD_READY)
		THROW("runtime: blocked write on closing polldesc");
	if (r != 0 && r != PD_READY)
		THROW("runtime: blocked read on closing polldesc");
	EpollEvent ev = {0, 0};
	rt_sys_epoll_ctl(epfd, EPOLL_CTL_DEL, (int32_t)pd->fd, &ev);
	pdfree(pd);
}

/* Prepare for a read or write: forget an old readiness notification. */
int64_t rt_poll_Reset(uintptr_t ctx, int64_t mode)
{
	PollDesc *pd = (PollDesc *)ctx;
	int64_t err = checkerr(pd, mode);
	if (err != POLL_NO_ERROR)
		return err;
	__atomic_store_n(semaphore(pd, mode), 0, __ATOMIC_SEQ_CST);
	return POLL_NO_ERROR;
}

/* Park until the descriptor is ready for mode; an error code otherwise. */
int64_t rt_poll_Wait(uintptr_t ctx, int64_t mode)
{
	PollDesc *pd = (PollDesc *)ctx;
	int64_t err = checkerr(pd, mode);
	if (err != POLL_NO_ERROR)
		return err;
	while (!netpollblock(pd, mode, false)) {
		err = checkerr(pd, mode);
		if (err != POLL_NO_ERROR)
			return err;
		// A deadline fired and was reset before we ran: wait again.
	}
	return POLL_NO_ERROR;
}

/* Windows only (after a failed cancel of overlapped I/O); here for completeness. */
void rt_poll_WaitCanceled(uintptr_t ctx, int64_t mode)
{
	PollDesc *pd = (PollDesc *)ctx;
	while (!netpollblock(pd, mode, true))
		;
}

/* Set the read ('r'), write ('w') or both ('r'+'w') deadlines to d ns from
 * now: d < 0 has expired, d == 0 is none.  One timer serves both when they
 * are equal. */
void rt_poll_SetDeadline(uintptr_t ctx, int64_t d, int64_t mode)
{
	PollDesc *pd = (PollDesc *)ctx;
	rt_lock(&pd->lock);
	if (pd->closing) {
		rt_unlock(&pd->lock);
		return;
	}
	int64_t rd0 = pd->rd, wd0 = pd->wd;
	bool combo0 = rd0 > 0 && rd0 == wd0;
	if (d > 0) {
		d += rt_nanotime();
		if (d <= 0)
			d = INT64_MAX;  // overflow: as far as it gets
	}
	if (mode == 'r' || mode == 'r' + 'w')
		pd->rd = d;
	if (mode == 'w' || mode == 'r' + 'w')
		pd->wd = d;
	publishinfo(pd);
	bool combo = pd->rd > 0 && pd->rd == pd->wd;
	const TimerFuncVal *rtf = combo ? &readWriteDeadlineFV : &readDeadlineFV;
	if (pd->rt.f == 0) {
		if (pd->rd > 0)
			rt_modtimer(&pd->rt, pd->rd, 0, (void *)rtf, pdarg(pd), pd->rseq);
	} else if (pd->rd != rd0 || combo != combo0) {
		pd->rseq++;  // the pending timer is stale
		if (pd->rd > 0) {
			rt_modtimer(&pd->rt, pd->rd, 0, (void *)rtf, pdarg(pd), pd->rseq);
		} else {
			rt_deltimer(&pd->rt);
			pd->rt.f = 0;
		}
	}
	if (pd->wt.f == 0) {
		if (pd->wd > 0 && !combo)
			rt_modtimer(&pd->wt, pd->wd, 0, (void *)&writeDeadlineFV, pdarg(pd), pd->wseq);
	} else if (pd->wd != wd0 || combo != combo0) {
		pd->wseq++;
		if (pd->wd > 0 && !combo) {
			rt_modtimer(&pd->wt, pd->wd, 0, (void *)&writeDeadlineFV, pdarg(pd), pd->wseq);
		} else {
			rt_deltimer(&pd->wt);
			pd->wt.f = 0;
		}
	}
	// A deadline in the past wakes the I/O pending now (publishinfo above
	// keeps new waiters from parking).
	G *rg = 0, *wg = 0;
	if (pd->rd < 0)
		rg = netpollunblock(pd, 'r', false);
	if (pd->wd < 0)
		wg = netpollunblock(pd, 'w', false);
	rt_unlock(&pd->lock);
	if (rg)
		rt_goready(rg);
	if (wg)
		rt_goready(wg);
}

/* The descriptor is being closed: wake its waiters with POLL_ERR_CLOSING
 * and stop its timers. */
void rt_poll_Unblock(uintptr_t ctx)
{
	PollDesc *pd = (PollDesc *)ctx;
	rt_lock(&pd->lock);
	if (pd->closing)
		THROW("runtime: unblock on closing polldesc");
	pd->closing = true;
	pd->rseq++;
	pd->wseq++;
	publishinfo(pd);
	G *rg = netpollunblock(pd, 'r', false);
	G *wg = netpollunblock(pd, 'w', false);
	if (pd->rt.f) {
		rt_deltimer(&pd->rt);
		pd->rt.f = 0;
	}
	if (pd->wt.f) {
		rt_deltimer(&pd->wt);
		pd->wt.f = 0;
	}
	rt_unlock(&pd->lock);
	if (rg)
		rt_goready(rg);
	if (wg)
		rt_goready(wg);
}
