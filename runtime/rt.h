/* runtime/rt.h — the runtime's one internal header: its data structures and,
 * under one banner per file, every function that crosses a file boundary.
 *
 * The runtime is freestanding C (no libc): it is compiled with -ffreestanding
 * -fno-builtin -mno-red-zone and may only include compiler-provided headers.
 * The entry points compiled code calls are declared by abi.h from abi.def;
 * everything declared here is internal.  runtime/HACKING.md says which code
 * must not allocate.
 */
#ifndef GOC_RUNTIME_RT_H
#define GOC_RUNTIME_RT_H

#include "abi.h"

/* The runtime's C is compiled with -fsplit-stack (CMakeLists.txt): every
 * function checks its stack as Go functions do, and moves to the
 * goroutine's big stack segment when the first one is used up (stack.c).
 * Its objects so carry .note.GNU-split-stack (the .S files say it
 * themselves), so ld.lld does not rewrite the checks of Go functions that
 * call them.  Two kinds of function go without the check:
 *   NO_SPLIT_STACK     hot small functions (memmove, rt_lock): they run in
 *                      the reserve below a segment's guard, so their frames,
 *                      with those of the unchecked functions they call, must
 *                      stay within NOSPLIT_LIMIT bytes (tools/nosplitcheck.py
 *                      verifies it on the built library, ctest nosplit);
 *   SYSTEM_STACK_ONLY  functions that run only on g0 or the signal stack,
 *                      where M.stackguard is 0 and a check cannot fail
 *                      (the scheduler's loop), or before it is (sigtramp). */
#define NO_SPLIT_STACK __attribute__((no_split_stack))
#define SYSTEM_STACK_ONLY __attribute__((no_split_stack))
enum { NOSPLIT_LIMIT = 256 };  // tools/nosplitcheck.py reads it here

#define NORETURN __attribute__((noreturn))
#define NOINLINE __attribute__((noinline))
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* A GoString for a C string literal, without a strlen. */
#define GOSTR(lit) ((GoString){(const uint8_t *)(lit), sizeof(lit) - 1})

/* Entry points of abi.def that never return (abi.h declares them without the attribute). */
NORETURN void rt_gopanic(void *type, void *data);
void rt_initpanicking(void);
NORETURN void rt_panicIndex(int64_t x, int64_t y);
NORETURN void rt_panicIndexU(uint64_t x, int64_t y);
NORETURN void rt_panicSliceAlen(int64_t x, int64_t y);
NORETURN void rt_panicSliceAlenU(uint64_t x, int64_t y);
NORETURN void rt_panicSliceAcap(int64_t x, int64_t y);
NORETURN void rt_panicSliceAcapU(uint64_t x, int64_t y);
NORETURN void rt_panicSliceB(int64_t x, int64_t y);
NORETURN void rt_panicSliceBU(uint64_t x, int64_t y);
NORETURN void rt_panicSlice3Alen(int64_t x, int64_t y);
NORETURN void rt_panicSlice3AlenU(uint64_t x, int64_t y);
NORETURN void rt_panicSlice3Acap(int64_t x, int64_t y);
NORETURN void rt_panicSlice3AcapU(uint64_t x, int64_t y);
NORETURN void rt_panicSlice3B(int64_t x, int64_t y);
NORETURN void rt_panicSlice3BU(uint64_t x, int64_t y);
NORETURN void rt_panicSlice3C(int64_t x, int64_t y);
NORETURN void rt_panicSlice3CU(uint64_t x, int64_t y);
NORETURN void rt_panicSliceConvert(int64_t x, int64_t y);
NORETURN void rt_panicdivide(void);
NORETURN void rt_panicshift(void);
NORETURN void rt_panicmem(void);
NORETURN void rt_panicdottypeE(void *have, void *want, void *iface);
NORETURN void rt_panicdottypeI(void *have, void *want, void *iface);
NORETURN void rt_panicnildottype(void *want);
NORETURN void rt_throw(void *msg, int64_t len);

/* throw with a C string literal: THROW("mspan state") (gc: throw("...")). */
#define THROW(lit) rt_throw((void *)(lit), sizeof(lit) - 1)

/* ---- constants (gc's names in comments) ---- */

enum {
	PAGE_SHIFT = 13,          // _PageShift: the allocator's page
	PAGE_SIZE = 1 << PAGE_SHIFT,
	MAX_SMALL_SIZE = 32768,   // _MaxSmallSize: larger objects are "large"
	SMALL_SIZE_DIV = 8,       // smallSizeDiv
	SMALL_SIZE_MAX = 1024,    // smallSizeMax
	LARGE_SIZE_DIV = 128,     // largeSizeDiv
	NUM_SIZE_CLASSES = 68,    // _NumSizeClasses: class 0 means "large"
};
#define MAX_ALLOC ((uintptr_t)1 << 48)   // maxAlloc on linux/amd64
#define MAX_STACK_SIZE 1000000000        // maxstacksize: gc's 64-bit goroutine stack limit

/* ---- goroutines and threads (proc.c, lock_futex.c) ---- */

typedef struct G G;
typedef struct M M;
typedef struct P P;
typedef struct Panic Panic;
typedef struct Defer Defer;
typedef struct Sudog Sudog;
typedef struct MCache MCache;

/* [lo, hi) bounds of a stack; the stack grows down from hi. */
typedef struct Stack {
	uintptr_t lo, hi;
} Stack;

/* A futex-based lock (gc: mutex, lock_futex.go).  key: 0 unlocked, 1 locked,
 * 2 locked with sleepers.  Zero value is unlocked. */
typedef struct Mutex {
	uint32_t key;
} Mutex;

/* A one-shot event (gc: note): one sleeper, one waker.  key: 0 clear, 1 woken. */
typedef struct Note {
	uint32_t key;
} Note;

/* gc's _Gidle ... values; gStatusStrings names them for tracebacks. */
enum {
	G_IDLE,      // just allocated
	G_RUNNABLE,  // on a run queue
	G_RUNNING,   // owns an M and its stack
	G_SYSCALL,   // in a system call
	G_WAITING,   // blocked in the runtime (waitreason says why)
	G_MORIBUND,  // unused (gc: _Gmoribund_unused)
	G_DEAD,      // exited or not yet started
	G_SCAN = 0x1000,  // with G_RUNNABLE or G_WAITING: the collector is scanning the stack; the G may not run
};

/* Why a G is G_WAITING (gc: waitReason); rt_waitReasonStrings has gc's texts. */
enum {
	WAIT_ZERO,                  // ""
	WAIT_CHAN_RECEIVE_NIL_CHAN, // "chan receive (nil chan)"
	WAIT_CHAN_SEND_NIL_CHAN,    // "chan send (nil chan)"
	WAIT_SELECT,                // "select"
	WAIT_SELECT_NO_CASES,       // "select (no cases)"
	WAIT_CHAN_RECEIVE,          // "chan receive"
	WAIT_CHAN_SEND,             // "chan send"
	WAIT_SLEEP,                 // "sleep"
	WAIT_PANICWAIT,             // "panicwait"
	WAIT_GC_SWEEP_WAIT,         // "GC sweep wait"
	WAIT_PREEMPTED,             // "preempted"
	WAIT_GC_WORKER_IDLE,        // "GC worker (idle)"
	WAIT_FINALIZER_WAIT,        // "finalizer wait"
	WAIT_SEMACQUIRE,            // "semacquire" (sema.c)
	WAIT_SYNC_COND_WAIT,        // "sync.Cond.Wait" (sema.c)
	WAIT_IO_WAIT,               // "IO wait" (netpoll_epoll.c)
	NUM_WAIT_REASONS,
};

/* G: a goroutine.  sched_sp must stay the first field, and the stack
 * fields where they are (asm_amd64.S, defer_amd64.S: offsets checked below). */
struct G {
	uintptr_t sched_sp;     // saved SP while not running: callee-saved registers and return pc are on the stack there
	uintptr_t stackguard;   // the guard of the segment SP is on: code may not push SP below it (gogo loads it
	                        // into M.stackguard); stackguard0 or bigstack.lo + STACK_RESERVE (stack.c)
	Stack stack;            // the first (for goroutines: small) segment; below stack.lo is the guard region if any
	uintptr_t guardlo;      // low end of the PROT_NONE guard [guardlo, stack.lo); 0 if none
	Stack bigstack;         // the second segment, allocated by __morestack on first need and kept; {0, 0} if none
	uintptr_t stackguard0;  // the first segment's guard
	uintptr_t morestackfp;  // while SP is on bigstack: __morestack's frame on the first segment, where the
	                        // frames above the switch begin (stack.c)
	bool segmented;         // may switch to bigstack: goroutines but goroutine 1 (not g0, gsignal)
	Panic *panic;           // innermost active panic (gc: _panic), linked by Panic.link
	Defer *defer;           // innermost deferred call (gc: _defer), linked by Defer.link
	M *m;                   // the M running this G, if any
	int64_t goid;           // 1 for the main goroutine; 0 for g0 and gsignal
	uint32_t atomicstatus;  // G_*
	uint8_t waitreason;     // WAIT_*, when G_WAITING
	uint32_t selectDone;    // select: a channel already claimed this G (atomic CAS 0 -> 1)
	uint32_t sig;           // signal that caused the current panic (gc: g.sig), 0 if none
	uintptr_t sigcode0;     // its si_code
	uintptr_t sigcode1;     // its fault address
	uintptr_t sigpc;        // its faulting pc
	void *startarg;         // the closure the goroutine runs (gc: g.startpc), NULL for runtime_main
	G *schedlink;           // next G on a run queue or free list
	Sudog *waiting;         // sudogs this G is blocked on (select), in lock order (gc: g.waiting)
	Sudog *param;           // set by the waker: the sudog that completed, NULL for a close (gc: g.param)
	bool issystem;          // a runtime goroutine (bgsweep): hidden from tracebacks and deadlock reports
	bool paniconfault;      // debug.SetPanicOnFault: a fault at any address panics instead of crashing
	uint32_t preempt;       // atomic PREEMPT_* bits: asked to stop at its next safe point (gc: g.preempt, preemptscan)
	uint32_t scandone;      // the GC cycle (rt_gc.cycle) whose stack scan of this G is done (gc: gcscandone)
	uintptr_t gopc;         // return address of the go statement that created it (gc: gopc), 0 if none
	M *lockedm;             // the M this G is wired to (LockOSThread), else NULL
	bool stackclean;        // its stack was scanned this GC cycle while it was stopped, and it has not run
	                        // since: mark termination need not scan it again (mgc.c)
	uint32_t rescancycle;   // atomic: the cycle whose mark termination has it on the rescan list (mgc.c)
	G *rescannext;          // next G on that list
};

/* M: an OS thread.  The first words are its thread-local block: %fs points
 * at the M (arch_prctl / CLONE_SETTLS), so getg() is one %fs:0 load.  The
 * offsets are used by asm_amd64.S. */
struct M {
	G *tls_g;               // %fs:0x00  the G whose stack this thread is on (gc: TLS getg())
	M *tls_m;               // %fs:0x08  this M
	G *g0;                  // %fs:0x10  goroutine on the thread's scheduling stack
	uintptr_t g0sp;         // %fs:0x18  SP that mcall starts g0 at (the base of schedule's frames)
	uintptr_t tls_spare;    // %fs:0x20
	uintptr_t tls_canary;   // %fs:0x28  where -fstack-protector code reads its canary: one value on every M
	G *curg;                // the user goroutine this M runs
	G *gsignal;             // goroutine standing for the signal stack
	int64_t id;             // 0 for m0
	int64_t procid;         // the thread's tid
	int32_t locks;          // >0: holds runtime locks, must not be preempted or panic
	int32_t mallocing;      // >0: inside the allocator
	int32_t printlock;      // print statement nesting depth (printlock is recursive)
	int32_t dying;          // startpanic_m's state: 0 running, 1 printing a panic, 2+ panicking again
	int32_t throwing;       // THROW_* (gc: throwType)
	int32_t printbuflen;    // bytes pending in printbuf
	uint64_t fastrand;      // wyrand state of rt_fastrand (gc: m.fastrand)
	uintptr_t stackguard;   // %fs:0x70  the current G's stackguard: every Go function's prologue compares SP with it
	                        //           (LLVM's split-stack check, where gccgo keeps its limit)
	P *p;                   // the P this M holds, NULL when idle or sysmon
	P *nextp;               // the P to acquire when woken (startm)
	bool spinning;          // looking for work (counted in sched.nmspinning)
	Note park;              // an idle M sleeps here (stopm)
	M *schedlink;           // next on sched.midle
	M *alllink;             // next on allm
	void (*mstartfn)(void); // what a P-less M runs instead of schedule (sysmon)
	bool (*waitunlockf)(G *, void *);  // gopark's unlock function, run by park_m on g0
	void *waitlock;         //   and its argument
	uint32_t gcstopping;    // this M is stopping for the world (debugging aid)
	P *oldp;                // the P it held when it entered the current system call (gc: m.oldp)
	uint8_t printbuf[512];  // output of the current print statement, flushed at printunlock
	GoSlice *printcapture;  // non-NULL: prints go to this buffer (len grows up to cap), not to fd 2 (runtime.Stack)
	G *lockedg;             // the G wired to this M (LockOSThread): the only G it runs
	uint32_t lockedExt;     // runtime.LockOSThread nesting
	uint32_t lockedInt;     // the runtime's own locks (goroutine 1 during package init)
};

_Static_assert(__builtin_offsetof(struct M, stackguard) == 0x70, "LLVM's split-stack prologue reads %fs:0x70");
_Static_assert(__builtin_offsetof(struct G, stackguard) == 8, "asm_amd64.S's gogo loads G.stackguard");
_Static_assert(__builtin_offsetof(struct G, preempt) == GO_G_PREEMPT_OFFSET, "loops' resched checks load G.preempt (abi.h)");
_Static_assert(__builtin_offsetof(struct G, stack) == 16 && __builtin_offsetof(struct G, bigstack) == 40 &&
               __builtin_offsetof(struct G, stackguard0) == 56 && __builtin_offsetof(struct G, morestackfp) == 64 &&
               __builtin_offsetof(struct G, segmented) == 72, "asm_amd64.S's __morestack, defer_amd64.S");
_Static_assert(__builtin_offsetof(struct M, g0sp) == 0x18, "asm_amd64.S's mcall and __morestack use m->g0sp");

enum { THROW_NONE, THROW_USER, THROW_RUNTIME };  // M.throwing (gc: throwType)
enum { PREEMPT_YIELD = 1, PREEMPT_SCAN = 2 };     // G.preempt: give up the P; scan your own stack for the GC

enum { P_IDLE, P_RUNNING, P_GCSTOP, P_SYSCALL };  // P.status (P_GCSTOP: held by the world stopper;
                                                 // P_SYSCALL: its M is in a system call, anyone may take it)
enum { RUNQ_SIZE = 256 };    // a P's local run queue (gc: len(p.runq))
enum { WBUF_SIZE = 256 };    // a P's write-barrier buffer (gc: wbBuf)

/* time.runtimeTimer (time/sleep.go; gc: runtime.timer), allocated by package
 * time; time.c's header has the rules. */
typedef struct RTimer {
	uintptr_t pp;           // the P whose heap holds it (P *), 0 if none
	int64_t when;           // nanotime when it fires
	int64_t period;         // > 0: fires again every period ns
	void *f;                // func(any, uintptr) (a GoFuncVal), called as f(arg, seq)
	GoEface arg;
	uintptr_t seq;
	int64_t nextwhen;       // goc: its index in pp's heap (gc: the when of a pending change)
	uint32_t status;        // time.c's TIMER_*
} RTimer;

/* A P's timers (gc: p.timers, timersLock, timer0When): a 4-ary min-heap by when. */
typedef struct PTimers {
	Mutex lock;
	int32_t n, cap;
	RTimer **heap;          // rt_rootalloc'd: a GC root
	int64_t when0;          // atomic: heap[0]->when, 0 if empty
} PTimers;

/* P: the right to run Go code, with its run queue and caches (gc: p). */
struct P {
	int32_t id;
	uint32_t status;        // P_*
	P *link;                // next on sched.pidle
	M *m;                   // the M holding it
	uint32_t schedtick;     // incremented on every schedule
	uint32_t runqhead;      // atomic; consumers (owner and stealers) CAS it
	uint32_t runqtail;      // atomic; only the owner stores it
	G *runnext;             // atomic; a G readied by the running G, run next (inherits the time slice)
	G *runq[RUNQ_SIZE];
	G *gfree;               // dead Gs with stacks, for reuse (gc: gFree)
	int32_t gfreecnt;
	int32_t sudogcnt;
	Sudog *sudogcache;      // free sudogs (gc: sudogcache)
	int64_t goidcache, goidcacheend;  // goids [goidcache, goidcacheend) reserved for this P
	MCache *mcache;         // this P's allocation cache (malloc.c)
	uint32_t syscalltick;   // atomic: incremented by every system call (sysmon's retake)
	uint32_t wbufn;         // objects in wbuf
	uintptr_t wbuf[WBUF_SIZE];  // objects greyed by this P's write barriers, not yet on the global queue (mgc.c)
	PTimers timers;         // time.c
};

/* The scheduler's global state (gc: schedt).  lock guards every field but
 * the atomic counters. */
typedef struct Sched {
	Mutex lock;
	M *midle;               // idle Ms waiting for work
	int32_t nmidle;
	int32_t nmidlelocked;   // Ms with a locked G, asleep until it is runnable (stoplockedm)
	int32_t nmsys;          // Ms that run without a P and never count as running (sysmon)
	int64_t mnext;          // Ms created so far; the next M's id
	P *pidle;               // idle Ps
	uint32_t npidle;        // atomic
	uint32_t nmspinning;    // atomic
	G *runqhead, *runqtail; // the global run queue
	int32_t runqsize;
	G *gfree;               // dead Gs
	int32_t ngfree;
	uint64_t goidgen;       // atomic
	uint32_t gcwaiting;     // atomic: the world is stopping or stopped; Ps must stop at their next safe point
	int32_t stopwait;       // Ps still to stop
	Note stopnote;          // the stopper sleeps here until stopwait reaches 0
	int64_t lastpoll;       // atomic: nanotime of the last network poll; 0 while an M is blocked in netpoll
	int64_t pollUntil;      // atomic: when that M's netpoll times out, 0 if it does not (or none blocks)
} Sched;

extern Sched rt_sched;
extern M rt_m0;
extern G rt_g0;
extern P **rt_allp;
extern int32_t rt_gomaxprocs;
extern uint32_t rt_panicking;      // atomic: crash output under way (gc: panicking)
extern const char *const rt_waitReasonStrings[NUM_WAIT_REASONS];

/* The current G and M: loads from the thread's M block at %fs. */
static inline G *rt_getg(void) { return ((const M __seg_fs *)0)->tls_g; }
static inline M *rt_getm(void) { return ((const M __seg_fs *)0)->tls_m; }
static inline void rt_setg(G *gp) { ((M __seg_fs *)0)->tls_g = gp; }

/* lock_futex.c */
void rt_lock(Mutex *l);
void rt_unlock(Mutex *l);
void rt_noteclear(Note *n);
void rt_notesleep(Note *n);
void rt_notewakeup(Note *n);
bool rt_notetsleep(Note *n, int64_t ns);
void rt_usleep(uint32_t usec);
void rt_osyield(void);

/* proc.c */
void rt_gopark(bool (*unlockf)(G *, void *), void *lock, uint8_t reason);
void rt_goready(G *gp);
void rt_goready_global(G *gp);
void rt_casgstatus(G *gp, uint32_t from, uint32_t to);
void rt_preemptG(G *gp);
NORETURN void rt_block_forever(uint8_t reason);
NORETURN void rt_goexit1(void);
Sudog *rt_acquireSudog(void);
void rt_releaseSudog(Sudog *s);
NORETURN void rt_fatal(const char *msg, int64_t len);
void rt_forEachG(void (*f)(G *, void *), void *arg);
void rt_clearpools(void);  // sema.c: sync.Pool's cleanup, at the start of a GC cycle
#define FATAL(lit) rt_fatal((lit), sizeof(lit) - 1)

void rt_wakeNetPoller(int64_t when);

/* time.c */
int64_t rt_checktimers(P *pp, int64_t now);
int64_t rt_timers_next(void);
void rt_timers_move(P *from, P *to);
bool rt_modtimer(RTimer *t, int64_t when, int64_t period, void *f, GoEface arg, uintptr_t seq);
bool rt_deltimer(RTimer *t);
/* A timer's f: a Go func value {code, captured variables...}, called as
 * code(f, arg, seq) (ssa.h's closure convention).  The runtime's own timer
 * functions are static TimerFuncVals. */
typedef void (*TimerFn)(void *ctx, GoEface arg, uintptr_t seq);
typedef struct TimerFuncVal {
	TimerFn code;
} TimerFuncVal;

/* netpoll_epoll.c */
void rt_netpollGenericInit(void);  // start the poller if it has not started (first descriptor or timer)
bool rt_netpollinited(void);
G *rt_netpoll(int64_t delay);      // ready Gs, G_WAITING, linked by schedlink; delay < 0 blocks, 0 polls
void rt_netpollBreak(void);        // wake the M blocked in rt_netpoll
extern int32_t rt_netpollWaiters;  // atomic: Gs parked on the poller (briefly negative at worst)

/* One active panic, on the stack of the function that started it (gc: _panic).
 * Invariant: g->panic is the innermost panic and link goes outward. */
struct Panic {
	GoEface arg;            // the value passed to panic
	Panic *link;            // the panic that was active before this one
	GoString msg;           // text to print instead of printing arg (runtime errors and,
	                        // later, preprintpanics' Error()/String() result); ptr NULL = none
	bool recovered;         // recover() was called (printed as " [recovered]")
	bool aborted;           // a later panic ran past this one's defers
	bool goexit;            // runtime.Goexit, not a panic
	uintptr_t argp;         // frame that called the running deferred function: recover()
	                        // is effective only in a function whose caller's frame this is
};

/* The record a function with defer statements keeps in its own frame
 * (the compiler reserves 128 bytes): setdeferframe's saved context, where a
 * recovered panic resumes the function. */
typedef struct GoDeferFrame {
	uint64_t rbx, rbp, r12, r13, r14, r15, rsp, rip;
	uint64_t _reserved[8];
} GoDeferFrame;
_Static_assert(sizeof(GoDeferFrame) == 128, "the compiler reserves 16 words");

/* One deferred call (gc: _defer). Invariant: g->defer lists the calls in
 * LIFO order; the calls of one frame are contiguous. */
struct Defer {
	void *fn;               // closure of the call: {code, captured values...}, called as code(fn)
	GoDeferFrame *frame;    // frame of the function that deferred it
	Defer *link;
	bool started;           // a panic is running it
	Panic *panic;           // that panic
};
_Static_assert(sizeof(Defer) == GO_DEFER_RECORD_SIZE, "the compiler reserves GO_DEFER_RECORD_SIZE bytes in frames");

/* A G waiting on a channel (gc: sudog).  One G can be on many wait queues
 * (select), so the queues link sudogs, not Gs.  Guarded by c's lock. */
struct Sudog {
	G *g;
	Sudog *next, *prev;     // in c's recvq or sendq
	void *elem;             // the value's address (may point into g's stack)
	Sudog *waitlink;        // next on g->waiting
	void *c;                // the Hchan it waits on
	bool isSelect;          // g is in select: claim it with a CAS on g->selectDone
	bool success;           // the operation completed (false: woken by close)
};

/* ---- defer.c ---- */
void rt_rundefers(Panic *p);
NORETURN void rt_resumedeferframe(GoDeferFrame *f);
void rt_calldeferred(void *fn, Panic *p);

/* ---- print helpers ---- */

/* rt_print(a, b, ...) prints each argument like gc's print(a, b, ...) in one
 * print statement: strings, GoStrings, integers, doubles, bools, pointers and
 * rt_hex(x) values.  It never allocates. */
typedef struct RtHex {
	uint64_t v;
} RtHex;
static inline RtHex rt_hex(uint64_t v) { return (RtHex){v}; }

#define RT_PRINT1(x) _Generic((x), \
	char *: rt_printcstr, const char *: rt_printcstr, GoString: rt_printgostring, \
	bool: rt_printboolc, int: rt_printint, long: rt_printint, long long: rt_printint, \
	short: rt_printint, signed char: rt_printint, \
	unsigned: rt_printuint, unsigned long: rt_printuint, unsigned long long: rt_printuint, \
	unsigned short: rt_printuint, unsigned char: rt_printuint, \
	double: rt_printfloat, float: rt_printfloat, RtHex: rt_printhexv, \
	void *: rt_printpointer, const void *: rt_printcpointer)(x)
#define RT_NARGS(...) RT_NARGS_(__VA_ARGS__, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define RT_NARGS_(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, n, ...) n
#define RT_CAT(a, b) RT_CAT_(a, b)
#define RT_CAT_(a, b) a##b
#define RT_P1(a) RT_PRINT1(a);
#define RT_P2(a, ...) RT_PRINT1(a); RT_P1(__VA_ARGS__)
#define RT_P3(a, ...) RT_PRINT1(a); RT_P2(__VA_ARGS__)
#define RT_P4(a, ...) RT_PRINT1(a); RT_P3(__VA_ARGS__)
#define RT_P5(a, ...) RT_PRINT1(a); RT_P4(__VA_ARGS__)
#define RT_P6(a, ...) RT_PRINT1(a); RT_P5(__VA_ARGS__)
#define RT_P7(a, ...) RT_PRINT1(a); RT_P6(__VA_ARGS__)
#define RT_P8(a, ...) RT_PRINT1(a); RT_P7(__VA_ARGS__)
#define RT_P9(a, ...) RT_PRINT1(a); RT_P8(__VA_ARGS__)
#define RT_P10(a, ...) RT_PRINT1(a); RT_P9(__VA_ARGS__)
#define rt_print(...) do { \
	rt_printlock(); \
	RT_CAT(RT_P, RT_NARGS(__VA_ARGS__))(__VA_ARGS__) \
	rt_printunlock(); \
} while (0)

/* ---- Linux ABI structures (sys_linux_amd64.c, signal_unix.c) ---- */

typedef struct Timespec {
	int64_t tv_sec, tv_nsec;
} Timespec;

/* The kernel's struct sigaction for rt_sigaction(2) on amd64. */
typedef struct KSigaction {
	void *handler;
	uint64_t flags;
	void (*restorer)(void);
	uint64_t mask;
} KSigaction;

typedef struct SigStack {  // stack_t
	void *ss_sp;
	int32_t ss_flags;
	int32_t pad;
	uintptr_t ss_size;
} SigStack;

typedef struct Siginfo {
	int32_t si_signo, si_errno, si_code, pad;
	uintptr_t si_addr;      // fault address for SIGSEGV, SIGBUS, SIGFPE, SIGILL
	uint8_t rest[128 - 24];
} Siginfo;

/* The kernel's struct sigcontext (amd64): uc_mcontext of a ucontext. */
typedef struct Sigcontext {
	uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
	uint64_t rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp, rip, eflags;
	uint16_t cs, gs, fs, pad0;
	uint64_t err, trapno, oldmask, cr2;
	void *fpstate;
	uint64_t reserved1[8];
} Sigcontext;

typedef struct Ucontext {
	uint64_t uc_flags;
	struct Ucontext *uc_link;
	SigStack uc_stack;
	Sigcontext uc_mcontext;
	uint64_t uc_sigmask;
} Ucontext;

enum {
	SIGILL = 4, SIGTRAP = 5, SIGBUS = 7, SIGFPE = 8, SIGSEGV = 11, SIGPIPE = 13, SIGURG = 23, NSIG = 65,
	SI_USER = 0,
	SEGV_MAPERR = 1, SEGV_ACCERR = 2, BUS_ADRERR = 2, FPE_INTDIV = 1, FPE_INTOVF = 2,
	SA_SIGINFO = 0x4, SA_ONSTACK = 0x08000000, SA_RESTART = 0x10000000, SA_RESTORER = 0x04000000,
	PROT_NONE = 0, PROT_READ = 1, PROT_WRITE = 2,
	MADV_DONTNEED = 4, MADV_HUGEPAGE = 14,
	MAP_PRIVATE = 0x02, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20, MAP_NORESERVE = 0x4000,
	CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1,
	EINTR = 4, EAGAIN = 11, ETIMEDOUT = 110,
	FUTEX_WAIT_PRIVATE = 128, FUTEX_WAKE_PRIVATE = 129,
	SIG_BLOCK = 0, SIG_SETMASK = 2,
	CLONE_VM = 0x100, CLONE_FS = 0x200, CLONE_FILES = 0x400, CLONE_SIGHAND = 0x800,
	CLONE_THREAD = 0x10000, CLONE_SYSVSEM = 0x40000, CLONE_SETTLS = 0x80000,
	MADV_NOHUGEPAGE = 15,
};

/* asm_amd64.S */
void _start(void);
NORETURN void rt_gogo(G *gp);
void rt_mcall(void (*fn)(G *));
void rt_gostart(void);
int64_t rt_clone(uint64_t flags, void *stk, M *mp, void (*fn)(M *));
void rt_sigreturn_tramp(void);
void rt_sigpanic0(void);

/* sys_linux_amd64.c: raw system calls; results are -errno on failure */
int64_t rt_sys_write(int32_t fd, const void *p, int64_t n);
NORETURN void rt_sys_exit_group(int32_t code);
int64_t rt_sys_mmap(void *addr, uintptr_t n, int32_t prot, int32_t flags, int32_t fd, int64_t off);
int64_t rt_sys_munmap(void *addr, uintptr_t n);
int64_t rt_sys_mprotect(void *addr, uintptr_t n, int32_t prot);
int64_t rt_sys_madvise(void *addr, uintptr_t n, int32_t advice);
int64_t rt_sys_rt_sigaction(int32_t sig, const KSigaction *act, KSigaction *old);
int64_t rt_sys_sigaltstack(const SigStack *ss, SigStack *old);
int64_t rt_sys_sched_getaffinity(int32_t pid, uintptr_t len, void *buf);
int64_t rt_sys_clock_gettime(int32_t clock, Timespec *ts);
int64_t rt_nanotime(void);
int64_t rt_walltime(void);  // CLOCK_REALTIME in ns
int64_t rt_sys_futex(uint32_t *addr, int32_t op, uint32_t val, const Timespec *ts);
int64_t rt_sys_nanosleep(const Timespec *req);
int64_t rt_sys_sched_yield(void);
int64_t rt_sys_gettid(void);
int64_t rt_sys_getpid(void);
int64_t rt_sys_open(const char *path, int32_t flags, int32_t mode);
int64_t rt_sys_close(int32_t fd);
int64_t rt_sys_lseek(int32_t fd, int64_t off, int32_t whence);
int64_t rt_sys_tgkill(int32_t pid, int32_t tid, int32_t sig);
int64_t rt_sys_rt_sigprocmask(int32_t how, const uint64_t *set, uint64_t *old);
NORETURN void rt_sys_exit_thread(int32_t code);
int64_t rt_sys_read(int32_t fd, void *p, int64_t n);
int64_t rt_sys_pipe2(int32_t fds[2], int32_t flags);
int64_t rt_sys_epoll_create1(int32_t flags);
int64_t rt_sys_epoll_ctl(int32_t epfd, int32_t op, int32_t fd, void *ev);
int64_t rt_sys_epoll_wait(int32_t epfd, void *evs, int32_t n, int32_t ms);
void *rt_sysmmap(uintptr_t n, bool noreserve);

/* memmove_amd64.c: what LLVM and the C compiler emit calls to */
void *memmove(void *dst, const void *src, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int bcmp(const void *a, const void *b, size_t n);

/* print.c */
void rt_printcstr(const char *s);
void rt_printgostring(GoString s);
void rt_printboolc(bool b);
void rt_printhexv(RtHex h);
void rt_printcpointer(const void *p);
void rt_print_flush(void);
void rt_gwrite(const void *p, int64_t n);

/* runtime1.c */
void rt_args(int32_t argc, uint8_t **argv);
void rt_goargs(void);
void rt_goenvs(void);
GoString rt_gogetenv(const char *key);
extern int32_t rt_argc;
extern uint8_t **rt_argv;
extern GoSlice rt_argslice;   // os.Args as []string
extern GoSlice rt_envs;       // the environment as []string

/* vdso_linux.c */
void rt_vdsoinit(uintptr_t base);
extern int64_t (*rt_vdso_clock_gettime)(int32_t clock, Timespec *ts);

/* os_linux.c */
void rt_sysargs(int32_t argc, uint8_t **argv);
void rt_osinit(void);
extern int32_t rt_ncpu;
extern int32_t rt_pid;
extern uintptr_t rt_physPageSize;
extern const uint8_t *rt_startupRandomData;
extern const void *rt_phdr;
extern uintptr_t rt_phnum;

/* sizeclasses.c */
extern const uint16_t rt_class_to_size[NUM_SIZE_CLASSES];
extern const uint8_t rt_class_to_allocnpages[NUM_SIZE_CLASSES];
void rt_sizeclasses_init(void);
uint8_t rt_size_to_class(uintptr_t size);
uintptr_t rt_roundupsize(uintptr_t size);

/* ---- the heap: malloc.c, mcentral.c, mheap.c, mgc.c, mgcsweep.c ----
 * gc's shape: a per-P MCache hands out objects from spans of its own; an
 * MCentral per span class keeps the spans with free slots; the MHeap owns
 * the pages (8 KiB) of one large reserved arena.  mheap.c's header has the
 * invariants, mgc.c's the collector's. */

enum {
	NUM_SPAN_CLASSES = NUM_SIZE_CLASSES << 1,  // spanclass = sizeclass<<1 | noscan
	TINY_SIZE = 16,                            // gc: maxTinySize
	MAX_SPAN_OBJECTS = PAGE_SIZE / 8,          // most objects in a span (class 1: 1024 of 8 bytes)
	SPAN_BITMAP_WORDS = MAX_SPAN_OBJECTS / 64,
};

enum { SPAN_DEAD, SPAN_INUSE };  // MSpan.state (gc: mSpanDead, mSpanInUse)

typedef struct MSpan MSpan;
/* A run of pages holding objects of one size class, or one large object
 * (gc: mspan).  Span structs live outside the GC'd heap (mheap.c). */
struct MSpan {
	MSpan *next;            // in an mcentral set, or the free span-struct list
	uintptr_t base;         // address of the first page
	uintptr_t npages;
	uintptr_t elemsize;     // object size (large: npages * PAGE_SIZE)
	uintptr_t limit;        // base + nelems * elemsize
	uint32_t divmul;        // (off * divmul) >> 32 == off / elemsize for off < span size (gc: divMul)
	uint32_t nelems;
	uint32_t freeindex;     // slots below are allocated; search for free slots starts here
	uint32_t allocCount;    // allocated slots
	uint32_t sweepgen;      // == mheap sweepgen: swept; -2: needs sweeping; -1: being swept
	uint8_t spanclass;
	uint8_t state;          // SPAN_*
	uint8_t needzero;       // free slots may hold old data
	uint8_t incache;        // owned by an MCache
	uint64_t allocCache;    // ~allocBits from freeindex: bit i set = slot freeindex+i is free
	uint64_t allocBits[SPAN_BITMAP_WORDS];   // slots allocated as of the last sweep
	uint64_t gcmarkBits[SPAN_BITMAP_WORDS];  // slots marked in this cycle
};

/* A per-P allocation cache (gc: mcache).  Only the P's owner touches it. */
struct MCache {
	MSpan *alloc[NUM_SPAN_CLASSES];  // span to allocate from per class; &rt_emptyspan if none
	uintptr_t tiny;                  // current 16-byte tiny block, 0 if none
	uintptr_t tinyoffset;            // bytes of it used
	uint64_t nmalloc;                // objects allocated through this cache (MemStats.Mallocs)
	uint64_t nmallocclass[NUM_SIZE_CLASSES];  // of which per size class (0: large; tiny blocks in class 2)
	uint64_t tinyallocs;             // of which combined into tiny blocks
	uint64_t largealloc;             // bytes of large objects
	uint64_t blackbytes;             // bytes allocated black in this cycle, not yet in the marked total
};

/* GC state the allocator reads (mgc.c). */
typedef struct GCState {
	uint32_t sweepgen;      // mheap's sweep generation: += 2 per cycle (gc: mheap_.sweepgen)
	uint32_t running;       // atomic: a cycle is in progress
	uint32_t marking;       // atomic: in the mark phase: allocation is black, barriers are on (gc: gcphase == _GCmark)
	uint32_t cycle;         // cycles started so far
	uint64_t heapLive;      // atomic: bytes in spans handed to caches plus large objects (gc: heapLive)
	uint64_t heapMarked;    // bytes marked by the last cycle
	uint64_t trigger;       // start a cycle when heapLive reaches this
	uint64_t goal;          // the heap goal of this cycle (gctrace's "MB goal")
	int32_t gcpercent;      // GOGC; < 0: off
	uint32_t numgc;         // completed cycles
	int64_t stress;         // GODEBUG=gcstress=N: collect every N allocations (0 off)
	int32_t trace;          // GODEBUG=gctrace
	int32_t checkmark;      // GODEBUG=gccheckmark
	uint64_t nfree;         // objects freed by sweeping (MemStats.Frees)
	uint64_t nfreebytes;    // their bytes (MemStats.TotalAlloc = HeapAlloc + this)
	uint64_t nfreeclass[NUM_SIZE_CLASSES];  // objects freed per size class
	uint32_t numforced;     // cycles started by runtime.GC
	int64_t lastgc;         // wall-clock ns when the last cycle ended
	uint64_t pauseEnd[256]; // wall-clock ns at the end of each recent cycle's last pause
	uint64_t cpuNs;         // GC CPU time, all cycles (MemStats.GCCPUFraction)
	int64_t initTime;       // nanotime at start-up
	uint64_t pauseTotalNs;
	uint64_t pauseNs[256];  // recent pauses, circular (MemStats.PauseNs)
} GCState;
extern GCState rt_gc;
extern uint32_t rt_writeBarrier;  // runtime.writeBarrier: compiled code tests it before pointer stores

/* The insertion barrier for the runtime's own pointer writes into the heap
 * (compiled code has StoreWB; mgc.c): call with the pointer being written. */
void rt_wbshade(void *p);
void rt_gcrescan(G *gp);  // while marking: gp ran or was made since its stack scan (mgc.c)
void rt_wbshadetyped(void *type, void *src);
void rt_wbshaderange(const GoType *elem, const void *src, uintptr_t n);
static inline void rt_wbptr(const void *p)
{
	if (UNLIKELY(__atomic_load_n(&rt_writeBarrier, __ATOMIC_RELAXED)))
		rt_wbshade((void *)p);
}
static inline void rt_wbvalue(const GoType *t, const void *src)
{
	if (UNLIKELY(__atomic_load_n(&rt_writeBarrier, __ATOMIC_RELAXED)) && t->ptrdata)
		rt_wbshadetyped((void *)t, (void *)src);
}
void rt_gcmarknewobject(MSpan *s, uintptr_t x, MCache *c);  // black allocation during the mark phase
void rt_gcaddmarked(uint64_t n);

extern MSpan rt_emptyspan;    // the no-free-slots span every empty MCache entry points at
extern const GoType rt_type_conservative;  // "every word may be a pointer": runtime structs holding pointers
extern uint64_t rt_zerobase;  // the address of every zero-sized allocation

/* malloc.c */
void rt_mallocinit(void);
MCache *rt_allocmcache(void);
void rt_mcache_flush(MCache *c);          // world stopped: return every cached span
MCache *rt_mcache_current(bool *locked);  // the M's P's cache, or the shared one (locked)
void rt_mcache_flushshared(void);

/* mcentral.c */
MSpan *rt_mcentral_cacheSpan(uint8_t spc);
void rt_mcentral_uncacheSpan(MSpan *s);
void rt_mcentral_put(MSpan *s, bool swept);   // file s in its class's set
MSpan *rt_mcentral_popUnswept(uint32_t *cursor);  // any unswept span, NULL when none remain

/* mheap.c */
void rt_mheap_init(void);
void *rt_persistentalloc(uintptr_t n);        // never freed, never scanned (itabs)
void *rt_rootalloc(uintptr_t n);              // never freed, scanned conservatively as a GC root (G, M, P, sudogs)
void rt_rootpools_scan(void (*f)(uintptr_t lo, uintptr_t hi));
MSpan *rt_mheap_alloc(uintptr_t npages, uint8_t spc, bool *needzero);
void rt_mheap_free(MSpan *s);
/* What the collector's pointer lookups read (mheap.c keeps it): the arena,
 * how much of it is in use, the page -> span table and the heap bitmap. */
typedef struct HeapIndex {
	uintptr_t arena;        // first byte of the arena
	uintptr_t limit;        // atomic: bytes of it handed out as pages so far
	MSpan **spans;          // by page: the in-use span holding it, or NULL
	uint8_t *hbits;         // by word: 1 = may hold a pointer
} HeapIndex;
extern HeapIndex rt_heapindex;

/* The in-use span holding p, or NULL (gc: spanOf). */
static inline MSpan *rt_spanOf(uintptr_t p)
{
	uintptr_t off = p - rt_heapindex.arena;
	if (off >= __atomic_load_n(&rt_heapindex.limit, __ATOMIC_RELAXED))
		return 0;
	MSpan *s = rt_heapindex.spans[off >> PAGE_SHIFT];
	if (s == 0 || s->state != SPAN_INUSE)
		return 0;
	return s;
}
void rt_heapBitsSetType(uintptr_t x, uintptr_t slotsize, uintptr_t datasize, const GoType *t);
bool rt_heapBitIsPointer(uintptr_t addr);
const uint8_t *rt_heapBitsAt(uintptr_t addr);  // the bitmap byte holding addr's bit
uintptr_t rt_heapArenaStart(void);
void rt_scavenge(uint64_t retain);        // give free pages beyond `retain` bytes back to the OS
typedef struct HeapStats {
	uint64_t sys;           // bytes of arena handed out as pages so far (high-water)
	uint64_t inuse;         // bytes in in-use spans
	uint64_t released;      // free bytes returned to the OS
} HeapStats;
HeapStats rt_mheap_stats(void);
void rt_mheap_forEachSpan(void (*f)(MSpan *));

/* mgc.c */
void rt_gcinit(void);
enum { GC_TRIGGER_HEAP, GC_TRIGGER_STRESS, GC_TRIGGER_USER };  // why a cycle starts
bool rt_gcStart(int why);  // false if it did not run (not due, or another cycle under way)
void rt_gcAfterAlloc(uint64_t allocated);  // the allocator's hook: a cycle may be due, or marking needs help
void rt_gcworker_start(void);
void rt_gcsetgoal(uint64_t live);          // recompute goal and trigger (after a GOGC change)
void rt_gcselfscan(G *gp);
void rt_gcflushwbuf(P *pp);                 // world stopped: pp's barrier buffer to the grey queue

/* mfinal.c */
void rt_fin_markroots(void (*mark)(uintptr_t));
void rt_fin_collect(bool (*marked)(uintptr_t), void (*mark)(uintptr_t));
void rt_fin_wake(void);                  // a preempted G scans its own stack (PREEMPT_SCAN)
static inline uint32_t rt_objindex(const MSpan *s, uintptr_t p)
{
	return (uint32_t)(((uint64_t)(p - s->base) * s->divmul) >> 32);
}
static inline bool rt_spanIsFree(const MSpan *s, uint32_t i)
{
	return i >= s->freeindex && !(s->allocBits[i / 64] >> (i % 64) & 1);
}

/* mgcsweep.c */
bool rt_sweepspan(MSpan *s, bool keep);   // sweep s; false if its pages went back to the heap
bool rt_sweepone(void);                   // sweep one unswept span; false when none remain
void rt_finishsweep(void);
void rt_sweep_newcycle(void);
void rt_bgsweep_start(void);
void rt_bgsweep_wake(void);

/* stack.c: sizes of the stacks and their segments (see its header);
 * asm_amd64.S and defer_amd64.S repeat SMALL_STACK_SIZE and STACK_RESERVE */
enum {
	MAIN_STACK_SIZE = 1 << 30,             // goroutine 1: gc's 1 GB limit, one segment
	MAIN_STACK_GUARD = 1 << 20,            // PROT_NONE guard below it
	SMALL_STACK_SIZE = 2 << 10,            // a goroutine's first segment (gc: _FixedStack), carved from slabs
	SMALL_STACK_RESERVE = 768,             // below its stackguard: the prologues' 256-byte slack, __morestack,
	                                       //   unchecked leaves, and an async preemption frame (stack.c)
	BIG_STACK_SIZE = 256 << 20,            // a goroutine's second segment, for the first BIG_STACKS of them
	BIG_STACKS = 1 << 16,                  //   (16 TiB of address space)
	LATE_BIG_STACK_SIZE = 64 << 20,        // after that (1,000,000 more: 64 TiB)
	G0_GO_RESERVE = 32 << 10,              // below g0's stackguard, for Go code that runs on g0 (time.c's callfn)
	STACK_RESERVE = 256 << 10,             // below the stackguard of big stacks: the prologues' slack, and room
	                                       //   to spare
};
Stack rt_stackalloc(uintptr_t n, uintptr_t guard);
Stack rt_smallstack(void);
void rt_morestack_alloc(G *gp);
int rt_stackspans(G *gp, uintptr_t sp, Stack out[2]);
Stack rt_stacksegment(G *gp, uintptr_t sp);
uintptr_t rt_callerframe(G *gp, uintptr_t fp, uintptr_t sp);
void rt_stackcheck(G *gp);
bool rt_stack_isoverflow(G *gp, uintptr_t addr, uintptr_t sp);
NORETURN void rt_stackoverflow(G *gp, uintptr_t sp);
void __morestack(void);                  // asm_amd64.S
extern const uint8_t rt_morestack_end[];  //   its end
extern const uint8_t rt_morestack_noroom[];  //   the return address of its call of rt_stackoverflow
/* Whether pc is in __morestack: a frame whose return address is there was
 * called by it on another stack, so the frame chain crosses stacks there. */
static inline bool rt_inmorestack(uintptr_t pc)
{
	return pc >= (uintptr_t)__morestack && pc < (uintptr_t)rt_morestack_end;
}

/* proc.c */
NORETURN void rt_rt0_go(uintptr_t *sp);
void rt_stopTheWorld(void);  // yields while another stop is under way
void rt_startTheWorld(void);
G *rt_newsystemg(void (*entry)(void *), void *arg);
bool rt_asyncSafePoint(G *gp, uintptr_t pc);
void rt_preemptone(P *pp);
int64_t rt_godebug(const char *key);
void rt_asyncPreempt(void);               // asm_amd64.S: injected by the SIGURG handler
void rt_asyncPreempt2(void);
void rt_preemptpoint(void);
G *rt_malg(uintptr_t stacksize, uintptr_t guard);
NORETURN void rt_exit(int32_t code);
void rt_entersyscall(uintptr_t *regs, uintptr_t sp);  // syscall_linux_amd64.S's runtime_entersyscall
void rt_exitsyscall(void);
extern const char *const rt_gStatusStrings[];

/* signal_unix.c */
void rt_minitSignalStack(void);
void rt_initsig(void);
void rt_sigpanic(void);
const char *rt_signame(uint32_t sig);

/* error.c */
enum BoundsCode {
	BOUNDS_INDEX,        // s[x], 0 <= x < len(s) failed
	BOUNDS_SLICE_ALEN,   // s[?:x], 0 <= x <= len(s) failed
	BOUNDS_SLICE_ACAP,   // s[?:x], 0 <= x <= cap(s) failed
	BOUNDS_SLICE_B,      // s[x:y], 0 <= x <= y failed
	BOUNDS_SLICE3_ALEN,  // s[?:?:x], 0 <= x <= len(s) failed
	BOUNDS_SLICE3_ACAP,  // s[?:?:x], 0 <= x <= cap(s) failed
	BOUNDS_SLICE3_B,     // s[?:x:y], 0 <= x <= y failed
	BOUNDS_SLICE3_C,     // s[x:y:?], 0 <= x <= y failed
	BOUNDS_CONVERT,      // (*[x]T)(s), 0 <= x <= len(s) failed
};
typedef struct BoundsError {  // gc's boundsError
	int64_t x;
	int64_t y;
	bool is_signed;
	uint8_t code;  // enum BoundsCode
} BoundsError;
enum { BOUNDS_ERROR_MAX = 128 };  // > longest boundsError.Error() text (120, BOUNDS_CONVERT)
int64_t rt_boundsError_string(const BoundsError *e, uint8_t buf[BOUNDS_ERROR_MAX]);
GoString rt_typeAssertionError_string(const GoType *iface, const GoType *concrete, const GoType *asserted,
                                      GoString missing);
GoString rt_typestring(const GoType *t);
void rt_printany(GoEface e);
/* error.c: the runtime's error types, with method tables (Error, RuntimeError) */
typedef struct RtTypeU { GoType t; GoUncommon u; GoMethod m[2]; } RtTypeU;
typedef struct RtStructTypeU { GoStructType t; GoUncommon u; GoMethod m[2]; } RtStructTypeU;
typedef struct RtPtrTypeU { GoPtrType t; GoUncommon u; GoMethod m[2]; } RtPtrTypeU;
extern RtTypeU rt_typeu_errorString, rt_typeu_plainError;
extern RtStructTypeU rt_typeu_boundsError;
extern RtPtrTypeU rt_typeu_TypeAssertionError;
void rt_errortypesinit(void);
#define rt_type_errorString (rt_typeu_errorString.t)
#define rt_type_plainError (rt_typeu_plainError.t)
#define rt_type_boundsError (rt_typeu_boundsError.t.typ)
#define rt_type_TypeAssertionError (rt_typeu_TypeAssertionError.t.typ)
NORETURN void rt_panic_typeassert(GoString msg);

/* alg.c */
extern uint64_t rt_hashkey[4];
/* wyhash's constants (odd, with well-spread bits). */
#define RT_HASH_P0 0xa0761d6478bd642full
#define RT_HASH_P1 0xe7037ed1a0b428dbull
#define RT_HASH_P2 0x8ebc6af09c88c6e3ull
#define RT_HASH_P3 0x589965cc75374cc3ull
#define RT_HASH_P4 0x1d8e4e27c47d124full
/* The 128-bit product of a and b, folded to 64 bits. */
static inline uint64_t rt_hashmix(uint64_t a, uint64_t b)
{
	unsigned __int128 r = (unsigned __int128)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}
/* rt_memhash(p, seed, 4) and (p, seed, 8), without the length dispatch. */
static inline uintptr_t rt_memhash32(const void *p, uintptr_t seed)
{
	uint64_t x = *(const uint32_t __attribute__((may_alias, aligned(1))) *)p;
	return rt_hashmix(RT_HASH_P4 ^ 4, rt_hashmix(x ^ RT_HASH_P1, x ^ seed ^ rt_hashkey[0] ^ RT_HASH_P0));
}
static inline uintptr_t rt_memhash64(const void *p, uintptr_t seed)
{
	uint64_t x = *(const uint64_t __attribute__((may_alias, aligned(1))) *)p;
	return rt_hashmix(RT_HASH_P4 ^ 8, rt_hashmix(x ^ RT_HASH_P1, x ^ seed ^ rt_hashkey[0] ^ RT_HASH_P0));
}
void rt_alginit(void);
void rt_fastrandinit(M *mp);
uint32_t rt_fastrand(void);
uint64_t rt_fastrand64(void);
uintptr_t rt_memhash(const void *p, uintptr_t seed, uintptr_t n);
uintptr_t rt_strhash(const void *p, uintptr_t seed);
uintptr_t rt_f32hash(const void *p, uintptr_t seed);
uintptr_t rt_f64hash(const void *p, uintptr_t seed);
uintptr_t rt_c64hash(const void *p, uintptr_t seed);
uintptr_t rt_c128hash(const void *p, uintptr_t seed);
uintptr_t rt_interhash(const void *p, uintptr_t seed);
uintptr_t rt_nilinterhash(const void *p, uintptr_t seed);
uintptr_t rt_typehash(const GoType *t, const void *p, uintptr_t seed);
bool rt_comparable(const GoType *t);
bool rt_typeequal(const GoType *t, const void *a, const void *b);

/* type.c: reading descriptors (abi.h's offsets and names) */
void *rt_resolveoff(int32_t off);
int32_t rt_addreflectoff(void *p);
GoString rt_name_name(GoName n);
GoString rt_name_tag(GoName n);
GoString rt_name_pkgpath(GoName n);
static inline GoName rt_nameoff(int32_t off) { return (GoName)rt_resolveoff(off); }
static inline const GoType *rt_typeoff(int32_t off) { return (const GoType *)rt_resolveoff(off); }
const GoUncommon *rt_uncommon(const GoType *t);
const GoMethod *rt_methods(const GoUncommon *u);
GoString rt_typepkgpath(const GoType *t);
const GoType *const *rt_funcparams(const GoFuncType *ft);

/* iface.c */
const GoMethod *rt_findmethod(const GoType *t, GoString name);
const GoItab *rt_getitab(const GoInterfaceType *inter, const GoType *t, bool canfail);
void rt_itabsinit(void);

/* panic.c */
NORETURN void rt_panic_error(const GoType *type, void *data, GoString msg);
NORETURN void rt_panic_errorString(const GoString *s);
NORETURN void rt_panic_plainError(const GoString *s);
NORETURN void rt_panicwrap(void *text, int64_t len);
NORETURN void rt_panicoverflow(void);
NORETURN void rt_panicfloat(void);
NORETURN void rt_panicmakeslicelen(void);
NORETURN void rt_panicmakeslicecap(void);
NORETURN void rt_fatalpanic(Panic *msgs);
NORETURN void rt_fatalthrow(void);
bool rt_startpanic_m(void);
void rt_dopanic_m(G *gp, uintptr_t pc, uintptr_t sp);
void rt_printpanics(Panic *p);

/* symtab.c */
const char *rt_funcname(uintptr_t pc, uintptr_t *start);
bool rt_fileline(uintptr_t pc, const char **dir, const char **file, int64_t *line);
/* A frame of a pc: a function inlined there, or the function holding it. */
typedef struct RtFrame {
	const char *name;
	const char *dir, *file;  // dir may be NULL
	int64_t line;
} RtFrame;
enum { RT_MAX_INLINE = 32 };
int rt_pcframes(uintptr_t pc, RtFrame *out, int max); /* innermost first; 0: unknown pc */
/* runtime.Callers' pc for the k-th frame (0 innermost) at return address ra */
#define RT_PC_INLINE_SHIFT 56
static inline uintptr_t rt_pc_inline(uintptr_t ra, int k) { return ra | (uintptr_t)k << RT_PC_INLINE_SHIFT; }

/* traceback.c */
void rt_traceback(uintptr_t pc, uintptr_t sp, uintptr_t fp, G *gp);
int rt_gotraceback(bool *all, bool *crash);
void rt_goroutineheader(G *gp);
void rt_tracebackothers(G *me);

/* chan.c: what select.c shares */
void rt_chan_enqueue(GoWaitQ *q, Sudog *sg);
Sudog *rt_chan_dequeue(GoWaitQ *q);
void rt_chan_dequeueSudoG(GoWaitQ *q, Sudog *s);
G *rt_chan_send(GoHchan *c, Sudog *sg, void *ep);
G *rt_chan_recv(GoHchan *c, Sudog *sg, void *ep);
bool rt_chan_chansend(GoHchan *c, void *ep, bool block);
GoPair rt_chan_chanrecv(GoHchan *c, void *ep, bool block);

/* string.c */
GoString rt_rawstring(int64_t size, uint8_t **b);
extern const uint64_t rt_staticuint64s[256];

/* utf8.c */
enum { RUNE_ERROR = 0xFFFD, RUNE_SELF = 0x80, MAX_RUNE = 0x10FFFF, UTF_MAX = 4 };
int64_t rt_encoderune(uint8_t *p, int32_t r);

#endif
