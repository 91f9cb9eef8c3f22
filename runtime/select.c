/* runtime/select.c — the select statement (gc: select.go).
 *
 * selectgo gets the cases in an array the compiler built (sends first, then
 * receives) and a scratch array of 2*ncases uint16 for two orders:
 *   pollorder  a random permutation of the cases with non-nil channels: the
 *              order in which ready cases are looked for, so that among
 *              several ready cases each is equally likely (the spec's
 *              "uniform pseudo-random selection");
 *   lockorder  the same cases sorted by channel address (heap sort, no
 *              allocation): channels are locked in that order, and a
 *              channel that appears in several cases is locked once.
 * Then, with every channel locked:
 *   pass 1  take the first ready case in poll order (a waiting partner,
 *           buffered data or space, or a closed channel);
 *   pass 2  if none is ready and the select blocks: put one sudog per case
 *           on its channel's queue and park ("select"); the G's sudogs are
 *           linked on g->waiting in lock order, which is also the order
 *           selparkcommit unlocks them in;
 *   pass 3  woken by the one channel that won the CAS on g->selectDone:
 *           relock everything, dequeue the sudogs of the other cases.
 *
 * Invariants:
 *   - Cases with a nil channel never proceed and are in neither order.
 *   - While the G is parked, each of its sudogs is on exactly one queue,
 *     and g->selectDone is 0 until a waker claims the G.
 *   - `select {}` (no cases, blocking) parks forever as "select (no cases)".
 */
#include "rt.h"

typedef GoHchan Hchan;

static const GoString errSendClosed = GOSTR("send on closed channel");

static inline Mutex *chanlock(Hchan *c) { return (Mutex *)&c->lock; }
static inline void *chanbuf(Hchan *c, uint64_t i) { return (uint8_t *)c->buf + i * c->elemsize; }

static void sellock(GoSCase *scases, const uint16_t *lockorder, int n)
{
	Hchan *c = 0;
	for (int i = 0; i < n; i++) {
		Hchan *c0 = scases[lockorder[i]].c;
		if (c0 != c) {
			c = c0;
			rt_lock(chanlock(c));
		}
	}
}

static void selunlock(GoSCase *scases, const uint16_t *lockorder, int n)
{
	// Unlock in reverse order; a channel in several cases only once, when
	// its last occurrence in lock order is reached from above.
	for (int i = n - 1; i >= 0; i--) {
		Hchan *c = scases[lockorder[i]].c;
		if (i > 0 && c == scases[lockorder[i - 1]].c)
			continue;
		rt_unlock(chanlock(c));
	}
}

/* gopark's unlock function: the G's sudogs are in lock order. */
static bool selparkcommit(G *gp, void *unused)
{
	(void)unused;
	Hchan *lastc = 0;
	for (Sudog *sg = gp->waiting; sg != 0; sg = sg->waitlink) {
		if (sg->c != lastc && lastc != 0)
			rt_unlock(chanlock(lastc));
		lastc = sg->c;
	}
	if (lastc != 0)
		rt_unlock(chanlock(lastc));
	return true;
}

static uint32_t fastrandn(uint32_t n) { return (uint32_t)(((uint64_t)rt_fastrand() * n) >> 32); }

static inline bool chanless(Hchan *a, Hchan *b) { return (uintptr_t)a < (uintptr_t)b; }

GoPair rt_selectgo(void *cas0, void *order0, int64_t nsends, int64_t nrecvs, uint8_t block)
{
	GoSCase *scases = cas0;
	int ncases = (int)(nsends + nrecvs);
	uint16_t *pollorder = order0;
	uint16_t *lockorder = pollorder + ncases;

	if (ncases == 0 && block)
		rt_block_forever(WAIT_SELECT_NO_CASES);

	// A random poll order over the cases with channels.
	int norder = 0;
	for (int i = 0; i < ncases; i++) {
		GoSCase *cas = &scases[i];
		if (cas->c == 0) {
			cas->elem = 0;  // allow the GC to collect it (gc)
			continue;
		}
		uint32_t j = fastrandn((uint32_t)norder + 1);
		pollorder[norder] = pollorder[j];
		pollorder[j] = (uint16_t)i;
		norder++;
	}

	// Lock order: heap sort by channel address.
	for (int i = 0; i < norder; i++) {
		int j = i;
		Hchan *c = scases[pollorder[i]].c;
		while (j > 0 && chanless(scases[lockorder[(j - 1) / 2]].c, c)) {
			int k = (j - 1) / 2;
			lockorder[j] = lockorder[k];
			j = k;
		}
		lockorder[j] = pollorder[i];
	}
	for (int i = norder - 1; i >= 0; i--) {
		uint16_t o = lockorder[i];
		Hchan *c = scases[o].c;
		lockorder[i] = lockorder[0];
		int j = 0;
		for (;;) {
			int k = j * 2 + 1;
			if (k >= i)
				break;
			if (k + 1 < i && chanless(scases[lockorder[k]].c, scases[lockorder[k + 1]].c))
				k++;
			if (chanless(c, scases[lockorder[k]].c)) {
				lockorder[j] = lockorder[k];
				j = k;
				continue;
			}
			break;
		}
		lockorder[j] = o;
	}

	sellock(scases, lockorder, norder);

	int casi = -1;
	GoSCase *cas = 0;
	Hchan *c = 0;
	Sudog *sg = 0;
	bool recvOK = false;

	// Pass 1: a case that can proceed now.
	for (int i = 0; i < norder; i++) {
		casi = pollorder[i];
		cas = &scases[casi];
		c = cas->c;
		if (casi >= nsends) {
			if ((sg = rt_chan_dequeue(&c->sendq)) != 0)
				goto recv;
			if (c->qcount > 0)
				goto bufrecv;
			if (c->closed != 0)
				goto rclose;
		} else {
			if (c->closed != 0)
				goto sclose;
			if ((sg = rt_chan_dequeue(&c->recvq)) != 0)
				goto send;
			if (c->qcount < c->dataqsiz)
				goto bufsend;
		}
	}

	if (!block) {
		selunlock(scases, lockorder, norder);
		return (GoPair){-1, 0};
	}

	// Pass 2: wait on every channel.
	G *gp = rt_getg();
	if (gp->waiting != 0)
		THROW("gp.waiting != nil");
	Sudog **nextp = &gp->waiting;
	for (int i = 0; i < norder; i++) {
		casi = lockorder[i];
		cas = &scases[casi];
		c = cas->c;
		Sudog *s = rt_acquireSudog();
		s->g = gp;
		s->isSelect = true;
		s->elem = cas->elem;
		s->c = c;
		*nextp = s;
		nextp = &s->waitlink;
		rt_chan_enqueue(casi < nsends ? &c->sendq : &c->recvq, s);
	}
	gp->param = 0;
	rt_gopark(selparkcommit, 0, WAIT_SELECT);

	// Pass 3: woken by one case; take the others off their queues.
	sellock(scases, lockorder, norder);
	__atomic_store_n(&gp->selectDone, 0, __ATOMIC_RELAXED);
	sg = gp->param;
	gp->param = 0;
	casi = -1;
	cas = 0;
	bool caseSuccess = false;
	Sudog *sglist = gp->waiting;
	for (Sudog *s = gp->waiting; s != 0; s = s->waitlink) {
		s->isSelect = false;
		s->elem = 0;
		s->c = 0;
	}
	gp->waiting = 0;
	for (int i = 0; i < norder; i++) {
		GoSCase *k = &scases[lockorder[i]];
		if (sg == sglist) {
			casi = lockorder[i];
			cas = k;
			caseSuccess = sglist->success;
		} else {
			Hchan *kc = k->c;
			rt_chan_dequeueSudoG(lockorder[i] < nsends ? &kc->sendq : &kc->recvq, sglist);
		}
		Sudog *next = sglist->waitlink;
		sglist->waitlink = 0;
		rt_releaseSudog(sglist);
		sglist = next;
	}
	if (cas == 0)
		THROW("selectgo: bad wakeup");
	c = cas->c;
	if (casi < nsends) {
		if (!caseSuccess)
			goto sclose;
	} else {
		recvOK = caseSuccess;
	}
	selunlock(scases, lockorder, norder);
	return (GoPair){casi, recvOK};

bufrecv: {
	void *qp = chanbuf(c, c->recvx);
	if (cas->elem != 0)
		rt_typedmemmove((void *)c->elemtype, cas->elem, qp);
	memset(qp, 0, c->elemsize);
	if (++c->recvx == c->dataqsiz)
		c->recvx = 0;
	__atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELEASE);
	selunlock(scases, lockorder, norder);
	return (GoPair){casi, 1};
}

bufsend:
	rt_typedmemmove((void *)c->elemtype, chanbuf(c, c->sendx), cas->elem);
	if (++c->sendx == c->dataqsiz)
		c->sendx = 0;
	__atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELEASE);
	selunlock(scases, lockorder, norder);
	return (GoPair){casi, 0};

recv: {
	G *partner = rt_chan_recv(c, sg, cas->elem);
	selunlock(scases, lockorder, norder);
	rt_goready(partner);
	return (GoPair){casi, 1};
}

rclose:
	selunlock(scases, lockorder, norder);
	if (cas->elem != 0)
		memset(cas->elem, 0, c->elemtype->size);
	return (GoPair){casi, 0};

send: {
	G *partner = rt_chan_send(c, sg, cas->elem);
	selunlock(scases, lockorder, norder);
	rt_goready(partner);
	return (GoPair){casi, 0};
}

sclose:
	selunlock(scases, lockorder, norder);
	rt_panic_plainError(&errSendClosed);
}

/* select { case c <- v: ... default: } (gc: selectnbsend). */
uint8_t rt_selectnbsend(void *c, void *elem) { return rt_chan_chansend(c, elem, false); }

/* select { case v, ok = <-c: ... default: } (gc: selectnbrecv; gc's argument
 * order).  r0: selected, r1: received. */
GoPair rt_selectnbrecv(void *elem, void *c) { return rt_chan_chanrecv(c, elem, false); }
