/* runtime/chan.c — channels (gc: chan.go).
 *
 * A channel is a GoHchan (abi.h): a lock, a circular buffer of dataqsiz
 * elements, and two FIFO queues of sudogs, the blocked receivers (recvq) and
 * senders (sendq).  An operation that finds a partner waiting hands the
 * value over directly, copying between the two goroutines' stacks, and
 * readies the partner; one that finds neither partner nor buffer space
 * enqueues a sudog and parks ("chan send" / "chan receive").
 *
 * Invariants (gc's):
 *   - At least one of c->sendq and c->recvq is empty, except for an
 *     unbuffered channel with a single goroutine blocked on both through
 *     select.
 *   - For buffered channels: qcount > 0 implies recvq is empty, and
 *     qcount < dataqsiz implies sendq is empty.
 *   - c->lock guards every field; qcount, closed and the queue heads are also
 *     read without it by the non-blocking fast paths (as in gc, a racy
 *     "not ready" answer is one that was true at some instant).
 *   - A parked G's sudog is on exactly the queues it waits on; the waker
 *     dequeues it, sets sg->success (false: woken by close) and g->param.
 *   - A G is readied only after the lock it was parked with is released
 *     (gopark's unlockf runs after the G's context is saved).
 * Lock order: channel locks by increasing address (select), then
 * sched.lock; no channel lock is held while a G runs user code.
 */
#include "rt.h"

typedef GoHchan Hchan;

enum { HCHAN_SIZE = (sizeof(Hchan) + 7) & ~(size_t)7, MAX_ALIGN = 8 };

static const GoString errSendClosed = GOSTR("send on closed channel");
static const GoString errCloseNil = GOSTR("close of nil channel");
static const GoString errCloseClosed = GOSTR("close of closed channel");
static const GoString errMakechanSize = GOSTR("makechan: size out of range");

static inline Mutex *chanlock(Hchan *c) { return (Mutex *)&c->lock; }
static inline void *chanbuf(Hchan *c, uint64_t i) { return (uint8_t *)c->buf + i * c->elemsize; }
static inline void typedmemclr(const GoType *t, void *p) { memset(p, 0, t->size); }

void *rt_makechan(void *type, int64_t size)
{
	const GoChanType *t = type;
	const GoType *elem = t->elem;
	if (elem->size >= 1 << 16)
		THROW("makechan: invalid channel element type");
	if (HCHAN_SIZE % MAX_ALIGN != 0 || elem->align > MAX_ALIGN)
		THROW("makechan: bad alignment");
	unsigned __int128 mem = (unsigned __int128)elem->size * (uint64_t)size;
	if (size < 0 || mem > MAX_ALLOC - HCHAN_SIZE)
		rt_panic_plainError(&errMakechanSize);
	Hchan *c;
	if (mem == 0) {
		c = rt_mallocgc(HCHAN_SIZE, (void *)&rt_type_conservative, 1);
		c->buf = c;  // never read: elements have no size or there is no buffer
	} else if (elem->ptrdata == 0) {
		c = rt_mallocgc(HCHAN_SIZE + (int64_t)mem, (void *)&rt_type_conservative, 1);
		c->buf = (uint8_t *)c + HCHAN_SIZE;
	} else {
		c = rt_mallocgc(HCHAN_SIZE, (void *)&rt_type_conservative, 1);
		c->buf = rt_mallocgc((int64_t)mem, (void *)elem, 1);
	}
	c->elemsize = (uint16_t)elem->size;
	c->elemtype = elem;
	c->dataqsiz = (uint64_t)size;
	return c;
}

/* ---- wait queues ---- */

void rt_chan_enqueue(GoWaitQ *q, Sudog *sg)
{
	sg->next = 0;
	Sudog *x = q->last;
	if (x == 0) {
		sg->prev = 0;
		q->first = q->last = sg;
		return;
	}
	sg->prev = x;
	x->next = sg;
	q->last = sg;
}

/* The first sudog whose G can still be claimed (gc: waitq.dequeue).  A
 * select's sudog is skipped if another channel already won its G. */
Sudog *rt_chan_dequeue(GoWaitQ *q)
{
	for (;;) {
		Sudog *sgp = q->first;
		if (sgp == 0)
			return 0;
		Sudog *y = sgp->next;
		if (y == 0) {
			q->first = q->last = 0;
		} else {
			y->prev = 0;
			q->first = y;
			sgp->next = 0;
		}
		if (sgp->isSelect) {
			uint32_t zero = 0;
			if (!__atomic_compare_exchange_n(&sgp->g->selectDone, &zero, 1, false, __ATOMIC_ACQ_REL,
			                                 __ATOMIC_RELAXED))
				continue;
		}
		return sgp;
	}
}

/* Remove s from q wherever it is; a no-op if it is not there (gc: dequeueSudoG). */
void rt_chan_dequeueSudoG(GoWaitQ *q, Sudog *s)
{
	Sudog *x = s->prev, *y = s->next;
	if (x != 0) {
		if (y != 0) {
			x->next = y;
			y->prev = x;
			s->next = s->prev = 0;
			return;
		}
		x->next = 0;
		q->last = x;
		s->prev = 0;
		return;
	}
	if (y != 0) {
		y->prev = 0;
		q->first = y;
		s->next = 0;
		return;
	}
	if (q->first == s)
		q->first = q->last = 0;
}

/* ---- direct hand-off (gc: send, recv) ----
 * Both run with c locked, copy the value and return the partner's G, which
 * the caller readies after unlocking. */

G *rt_chan_send(Hchan *c, Sudog *sg, void *ep)
{
	if (sg->elem != 0) {
		rt_typedmemmove((void *)c->elemtype, sg->elem, ep);
		sg->elem = 0;
	}
	G *gp = sg->g;
	gp->param = sg;
	sg->success = true;
	return gp;
}

G *rt_chan_recv(Hchan *c, Sudog *sg, void *ep)
{
	if (c->dataqsiz == 0) {
		if (ep != 0)
			rt_typedmemmove((void *)c->elemtype, ep, sg->elem);
	} else {
		// The buffer is full: take its head, and the sender's value goes
		// to the tail, which is the same slot.
		void *qp = chanbuf(c, c->recvx);
		if (ep != 0)
			rt_typedmemmove((void *)c->elemtype, ep, qp);
		rt_typedmemmove((void *)c->elemtype, qp, sg->elem);
		if (++c->recvx == c->dataqsiz)
			c->recvx = 0;
		c->sendx = c->recvx;
	}
	sg->elem = 0;
	G *gp = sg->g;
	gp->param = sg;
	sg->success = true;
	return gp;
}

SYSTEM_STACK_ONLY static bool chanparkcommit(G *gp, void *lock)  // on g0 (park_m)
{
	(void)gp;
	rt_unlock(lock);
	return true;
}

static bool full(Hchan *c)
{
	if (c->dataqsiz == 0)
		return __atomic_load_n(&c->recvq.first, __ATOMIC_ACQUIRE) == 0;
	return __atomic_load_n(&c->qcount, __ATOMIC_ACQUIRE) == c->dataqsiz;
}

static bool empty(Hchan *c)
{
	if (c->dataqsiz == 0)
		return __atomic_load_n(&c->sendq.first, __ATOMIC_ACQUIRE) == 0;
	return __atomic_load_n(&c->qcount, __ATOMIC_ACQUIRE) == 0;
}

/* gc: chansend.  Returns whether the value was sent (only !block can fail). */
bool rt_chan_chansend(Hchan *c, void *ep, bool block)
{
	if (c == 0) {
		if (!block)
			return false;
		rt_block_forever(WAIT_CHAN_SEND_NIL_CHAN);
	}
	if (!block && __atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) == 0 && full(c))
		return false;

	rt_lock(chanlock(c));
	if (c->closed != 0) {
		rt_unlock(chanlock(c));
		rt_panic_plainError(&errSendClosed);
	}
	Sudog *sg = rt_chan_dequeue(&c->recvq);
	if (sg != 0) {
		G *gp = rt_chan_send(c, sg, ep);
		rt_unlock(chanlock(c));
		rt_goready(gp);
		return true;
	}
	if (c->qcount < c->dataqsiz) {
		rt_typedmemmove((void *)c->elemtype, chanbuf(c, c->sendx), ep);
		if (++c->sendx == c->dataqsiz)
			c->sendx = 0;
		__atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELEASE);
		rt_unlock(chanlock(c));
		return true;
	}
	if (!block) {
		rt_unlock(chanlock(c));
		return false;
	}

	// Block until a receiver takes the value (or close wakes us).
	G *gp = rt_getg();
	Sudog *mysg = rt_acquireSudog();
	mysg->elem = ep;
	mysg->g = gp;
	mysg->isSelect = false;
	mysg->c = c;
	gp->waiting = mysg;
	gp->param = 0;
	rt_chan_enqueue(&c->sendq, mysg);
	rt_gopark(chanparkcommit, chanlock(c), WAIT_CHAN_SEND);

	if (mysg != gp->waiting)
		THROW("G waiting list is corrupted");
	gp->waiting = 0;
	bool closed = !mysg->success;
	gp->param = 0;
	mysg->c = 0;
	rt_releaseSudog(mysg);
	if (closed) {
		if (c->closed == 0)
			THROW("chansend: spurious wakeup");
		rt_panic_plainError(&errSendClosed);
	}
	return true;
}

/* gc: chanrecv.  r0: selected (a value or a close was taken), r1: received
 * (false: the zero value of a closed channel).  ep NULL drops the value. */
GoPair rt_chan_chanrecv(Hchan *c, void *ep, bool block)
{
	if (c == 0) {
		if (!block)
			return (GoPair){0, 0};
		rt_block_forever(WAIT_CHAN_RECEIVE_NIL_CHAN);
	}
	if (!block && empty(c)) {
		if (__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) == 0)
			return (GoPair){0, 0};
		// Closed: it cannot fill again, but a value may have arrived
		// between the two loads.
		if (empty(c)) {
			if (ep != 0)
				typedmemclr(c->elemtype, ep);
			return (GoPair){1, 0};
		}
	}

	rt_lock(chanlock(c));
	if (c->closed != 0) {
		if (c->qcount == 0) {
			rt_unlock(chanlock(c));
			if (ep != 0)
				typedmemclr(c->elemtype, ep);
			return (GoPair){1, 0};
		}
	} else {
		Sudog *sg = rt_chan_dequeue(&c->sendq);
		if (sg != 0) {
			G *gp = rt_chan_recv(c, sg, ep);
			rt_unlock(chanlock(c));
			rt_goready(gp);
			return (GoPair){1, 1};
		}
	}
	if (c->qcount > 0) {
		void *qp = chanbuf(c, c->recvx);
		if (ep != 0)
			rt_typedmemmove((void *)c->elemtype, ep, qp);
		typedmemclr(c->elemtype, qp);
		if (++c->recvx == c->dataqsiz)
			c->recvx = 0;
		__atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELEASE);
		rt_unlock(chanlock(c));
		return (GoPair){1, 1};
	}
	if (!block) {
		rt_unlock(chanlock(c));
		return (GoPair){0, 0};
	}

	// Block until a sender hands us a value (or close wakes us).
	G *gp = rt_getg();
	Sudog *mysg = rt_acquireSudog();
	mysg->elem = ep;
	mysg->g = gp;
	mysg->isSelect = false;
	mysg->c = c;
	gp->waiting = mysg;
	gp->param = 0;
	rt_chan_enqueue(&c->recvq, mysg);
	rt_gopark(chanparkcommit, chanlock(c), WAIT_CHAN_RECEIVE);

	if (mysg != gp->waiting)
		THROW("G waiting list is corrupted");
	gp->waiting = 0;
	bool success = mysg->success;
	gp->param = 0;
	mysg->c = 0;
	rt_releaseSudog(mysg);
	return (GoPair){1, success};
}

void rt_chansend1(void *c, void *elem) { rt_chan_chansend(c, elem, true); }

void rt_chanrecv1(void *c, void *elem) { rt_chan_chanrecv(c, elem, true); }

uint8_t rt_chanrecv2(void *c, void *elem) { return (uint8_t)rt_chan_chanrecv(c, elem, true).r1; }

void rt_closechan(void *cv)
{
	Hchan *c = cv;
	if (c == 0)
		rt_panic_plainError(&errCloseNil);
	rt_lock(chanlock(c));
	if (c->closed != 0) {
		rt_unlock(chanlock(c));
		rt_panic_plainError(&errCloseClosed);
	}
	__atomic_store_n(&c->closed, 1, __ATOMIC_RELEASE);

	G *glist = 0;
	// Release all readers: they get the zero value.
	Sudog *sg;
	while ((sg = rt_chan_dequeue(&c->recvq)) != 0) {
		if (sg->elem != 0) {
			typedmemclr(c->elemtype, sg->elem);
			sg->elem = 0;
		}
		G *gp = sg->g;
		gp->param = sg;
		sg->success = false;
		gp->schedlink = glist;
		glist = gp;
	}
	// Release all writers: they will panic.
	while ((sg = rt_chan_dequeue(&c->sendq)) != 0) {
		sg->elem = 0;
		G *gp = sg->g;
		gp->param = sg;
		sg->success = false;
		gp->schedlink = glist;
		glist = gp;
	}
	rt_unlock(chanlock(c));

	// Ready them all now that the lock is released.
	while (glist != 0) {
		G *gp = glist;
		glist = gp->schedlink;
		gp->schedlink = 0;
		rt_goready(gp);
	}
}
