/* runtime/syscall_linux.c — the runtime side of packages syscall,
 * internal/poll, os and net compiled from Go 1.19's source (gc: the
 * linkname hooks in runtime/env_posix.go, proc.go, runtime1.go, sema.go,
 * os_linux.go, signal_unix.go, stubs.go, and syscall/asm_linux_amd64.s).
 *
 * These packages declare the functions without bodies; goc gives them
 * their Go symbol names here ("syscall.Exit", "os.sigpipe"...).  goc
 * ignores //go:linkname, so each is named after the package that declares
 * it.  Those that return three words or a slice are in
 * syscall_linux_amd64.S, which also holds the raw system calls and the
 * entry to the system-call window (rt_entersyscall/rt_exitsyscall in
 * proc.c).
 *
 * The network poller's hooks are in netpoll_epoll.c: pipes and sockets are
 * non-blocking and a goroutine waiting for one parks ("IO wait"); regular
 * files stay in blocking mode, where a read or write blocks its M (its P
 * goes to another M: proc.c's handoffp).
 *
 * Invariants: these are called from Go code on a user goroutine holding a
 * P (AfterForkInChild excepted: it runs in the fork child, which has one
 * thread and must not take locks or allocate).
 */
#include "rt.h"

enum {
	ENOTSUP = 95,
	SIG_UNBLOCK_ = 1,
};

/* A fresh []string holding s's strings (gc: append([]string{}, s...)). */
static void copystrings(GoSlice *out, GoSlice s)
{
	if (s.len == 0) {
		*out = (GoSlice){(void *)&rt_zerobase, 0, 0};
		return;
	}
	GoString *a = rt_mallocgc(s.len * (int64_t)sizeof(GoString), (void *)&rt_type_conservative, 1);
	memmove(a, s.ptr, (size_t)s.len * sizeof(GoString));
	*out = (GoSlice){a, s.len, s.len};
}

/* ---- package syscall ---- */

void rt_syscall_runtime_envs(GoSlice *out);  // "syscall.runtime_envs" (syscall_linux_amd64.S)
void rt_syscall_runtime_envs(GoSlice *out) { copystrings(out, rt_envs); }

/* The C library's environment, kept in step by cgo programs only. */
void rt_syscall_setenv_c(const uint8_t *k, int64_t klen, const uint8_t *v, int64_t vlen) __asm__("syscall.setenv_c");
void rt_syscall_unsetenv_c(const uint8_t *k, int64_t klen) __asm__("syscall.unsetenv_c");
void rt_syscall_setenv_c(const uint8_t *k, int64_t klen, const uint8_t *v, int64_t vlen)
{
	(void)k, (void)klen, (void)v, (void)vlen;
}
void rt_syscall_unsetenv_c(const uint8_t *k, int64_t klen) { (void)k, (void)klen; }

int64_t rt_syscall_Getpagesize(void) __asm__("syscall.Getpagesize");
int64_t rt_syscall_Getpagesize(void) { return (int64_t)rt_physPageSize; }

NORETURN void rt_syscall_Exit(int64_t code) __asm__("syscall.Exit");
void rt_syscall_Exit(int64_t code) { rt_exit((int32_t)code); }

/* func gettimeofday(tv *Timeval) (err Errno): the vDSO's clock, as gc's
 * vdsoGettimeofdaySym does. */
uintptr_t rt_syscall_gettimeofday(int64_t *tv) __asm__("syscall.gettimeofday");
uintptr_t rt_syscall_gettimeofday(int64_t *tv)
{
	int64_t ns = rt_walltime();
	tv[0] = ns / 1000000000;
	tv[1] = ns % 1000000000 / 1000;
	return 0;
}

/* Fork and exec (gc: syscall_runtime_BeforeFork...).  forkExec holds
 * syscall.ForkLock; the child (a copy of this thread and of the memory:
 * rawVforkSyscall in syscall_linux_amd64.S) runs only forkAndExecInChild1's
 * raw system calls until it execs or exits.  Every signal stays blocked
 * from before the clone until AfterFork/AfterForkInChild, so that no
 * runtime handler runs in the child. */
static uint64_t forksigmask;  // the mask to restore (one fork at a time: ForkLock)

void rt_syscall_BeforeFork(void) __asm__("syscall.runtime_BeforeFork");
void rt_syscall_AfterFork(void) __asm__("syscall.runtime_AfterFork");
void rt_syscall_AfterForkInChild(void) __asm__("syscall.runtime_AfterForkInChild");

void rt_syscall_BeforeFork(void)
{
	uint64_t all = ~(uint64_t)0;
	rt_getm()->locks++;  // not preempted (SIGURG is blocked anyway) until AfterFork
	rt_sys_rt_sigprocmask(SIG_SETMASK, &all, &forksigmask);
}

void rt_syscall_AfterFork(void)
{
	rt_sys_rt_sigprocmask(SIG_SETMASK, &forksigmask, 0);
	rt_getm()->locks--;
}

/* In the child: the runtime's handlers go back to the default action (the
 * child's handler table is its own; exec would reset them anyway) and the
 * signal mask to the parent's, as gc's clearSignalHandlers + msigrestore. */
void rt_syscall_AfterForkInChild(void)
{
	for (int32_t sig = 1; sig < NSIG; sig++) {
		KSigaction old;
		if (sig == 9 || sig == 19 || rt_sys_rt_sigaction(sig, 0, &old) < 0)
			continue;
		if (old.handler != 0 && old.handler != (void *)1) {  // neither SIG_DFL nor SIG_IGN
			KSigaction dfl = {.handler = 0, .flags = SA_RESTORER, .restorer = rt_sigreturn_tramp, .mask = 0};
			rt_sys_rt_sigaction(sig, &dfl, 0);
		}
	}
	rt_sys_rt_sigprocmask(SIG_SETMASK, &forksigmask, 0);
}

/* gc keeps threads from being created while another thread execs (execLock). */
void rt_syscall_BeforeExec(void) __asm__("syscall.runtime_BeforeExec");
void rt_syscall_AfterExec(void) __asm__("syscall.runtime_AfterExec");
void rt_syscall_BeforeExec(void) {}
void rt_syscall_AfterExec(void) {}

/* func cgocaller(unsafe.Pointer, ...uintptr) uintptr: only called when cgo
 * set syscall's cgo_libc_* pointers, which goc never does. */
uintptr_t rt_syscall_cgocaller(void *fn, uintptr_t *a, int64_t len, int64_t cap) __asm__("syscall.cgocaller");
uintptr_t rt_syscall_cgocaller(void *fn, uintptr_t *a, int64_t len, int64_t cap)
{
	(void)fn, (void)a, (void)len, (void)cap;
	THROW("syscall: cgocaller without cgo");
}

/* ---- package internal/poll ---- */

/* fdMutex's semaphores are sync's (sema.c), without handoff (gc:
 * poll_runtime_Semacquire, poll_runtime_Semrelease). */
void rt_sync_Semacquire(uint32_t *addr) __asm__("sync.runtime_Semacquire");
void rt_sync_Semrelease(uint32_t *addr, uint8_t handoff, int64_t skipframes) __asm__("sync.runtime_Semrelease");
void rt_poll_Semacquire(uint32_t *addr) __asm__("\"internal/poll.runtime_Semacquire\"");
void rt_poll_Semrelease(uint32_t *addr) __asm__("\"internal/poll.runtime_Semrelease\"");
void rt_poll_Semacquire(uint32_t *addr) { rt_sync_Semacquire(addr); }
void rt_poll_Semrelease(uint32_t *addr) { rt_sync_Semrelease(addr, 0, 0); }

int64_t rt_poll_runtimeNano(void) __asm__("\"internal/poll.runtimeNano\"");
int64_t rt_poll_runtimeNano(void) { return rt_nanotime(); }

/* The network poller's hooks (runtime_pollOpen...) are in netpoll_epoll.c. */

/* ---- package os ---- */

void rt_os_runtime_args(GoSlice *out);  // "os.runtime_args" (syscall_linux_amd64.S)
void rt_os_runtime_args(GoSlice *out) { copystrings(out, rt_argslice); }

/* Before os.Exit exits (gc: os_beforeExit: the race detector's end). */
void rt_os_runtime_beforeExit(void) __asm__("os.runtime_beforeExit");
void rt_os_runtime_beforeExit(void) {}

uint32_t rt_os_fastrand(void) __asm__("os.fastrand");
uint32_t rt_os_fastrand(void) { return rt_fastrand(); }

/* A write to standard output or error failed with EPIPE: die of SIGPIPE,
 * as a C program would (gc: os_sigpipe, dieFromSignal). */
void rt_os_sigpipe(void) __asm__("os.sigpipe");
void rt_os_sigpipe(void)
{
	KSigaction dfl = {.handler = 0, .flags = SA_RESTORER, .restorer = rt_sigreturn_tramp, .mask = 0};
	rt_sys_rt_sigaction(SIGPIPE, &dfl, 0);
	uint64_t set = (uint64_t)1 << (SIGPIPE - 1);
	rt_sys_rt_sigprocmask(SIG_UNBLOCK_, &set, 0);
	rt_sys_tgkill(rt_pid, (int32_t)rt_sys_gettid(), SIGPIPE);
	rt_usleep(1000);
	rt_exit(2);
}

/* ---- package net ---- */

/* DNS answers are shuffled with the runtime's random numbers (gc: net_fastrandu). */
uint64_t rt_net_fastrandu(void) __asm__("net.fastrandu");
uint64_t rt_net_fastrandu(void) { return rt_fastrand64(); }
