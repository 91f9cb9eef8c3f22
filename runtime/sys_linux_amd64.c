/* runtime/sys_linux_amd64.c — raw Linux system calls (gc: sys_linux_amd64.s).
 *
 * The runtime has no libc, so every kernel service goes through syscall()
 * below.  Results follow the kernel convention: a value in [-4095, -1] is
 * -errno; callers check for that themselves.
 *
 * Invariants:
 *   - These functions never allocate and are safe in signal handlers.
 *   - rt_nanotime reads the clock through the vDSO when vdso_linux.c found
 *     it, else through the system call.
 */
#include "rt.h"

enum {
	SYS_write = 1,
	SYS_mmap = 9,
	SYS_mprotect = 10,
	SYS_munmap = 11,
	SYS_rt_sigaction = 13,
	SYS_madvise = 28,
	SYS_sigaltstack = 131,
	SYS_clock_gettime = 228,
	SYS_exit_group = 231,
	SYS_sched_getaffinity = 204,
	SYS_sched_yield = 24,
	SYS_nanosleep = 35,
	SYS_exit = 60,
	SYS_gettid = 186,
	SYS_futex = 202,
	SYS_rt_sigprocmask = 14,
	SYS_getpid = 39,
	SYS_open = 2,
	SYS_close = 3,
	SYS_lseek = 8,
	SYS_tgkill = 234,
	SYS_read = 0,
	SYS_pipe2 = 293,
	SYS_epoll_create1 = 291,
	SYS_epoll_ctl = 233,
	SYS_epoll_wait = 232,
};

static inline int64_t syscall6(int64_t n, int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5,
                               int64_t a6)
{
	register int64_t r10 __asm__("r10") = a4;
	register int64_t r8 __asm__("r8") = a5;
	register int64_t r9 __asm__("r9") = a6;
	int64_t ret;
	__asm__ volatile("syscall"
	                 : "=a"(ret)
	                 : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
	                 : "rcx", "r11", "memory");
	return ret;
}

#define SYSCALL3(n, a, b, c) syscall6((n), (int64_t)(a), (int64_t)(b), (int64_t)(c), 0, 0, 0)
#define SYSCALL4(n, a, b, c, d) syscall6((n), (int64_t)(a), (int64_t)(b), (int64_t)(c), (int64_t)(d), 0, 0)

int64_t rt_sys_write(int32_t fd, const void *p, int64_t n) { return SYSCALL3(SYS_write, fd, p, n); }

void rt_sys_exit_group(int32_t code)
{
	for (;;)
		SYSCALL3(SYS_exit_group, code, 0, 0);
}

int64_t rt_sys_mmap(void *addr, uintptr_t n, int32_t prot, int32_t flags, int32_t fd, int64_t off)
{
	return syscall6(SYS_mmap, (int64_t)addr, (int64_t)n, prot, flags, fd, off);
}

int64_t rt_sys_munmap(void *addr, uintptr_t n) { return SYSCALL3(SYS_munmap, addr, n, 0); }

int64_t rt_sys_mprotect(void *addr, uintptr_t n, int32_t prot) { return SYSCALL3(SYS_mprotect, addr, n, prot); }

int64_t rt_sys_madvise(void *addr, uintptr_t n, int32_t advice) { return SYSCALL3(SYS_madvise, addr, n, advice); }

int64_t rt_sys_rt_sigaction(int32_t sig, const KSigaction *act, KSigaction *old)
{
	return SYSCALL4(SYS_rt_sigaction, sig, act, old, sizeof(uint64_t));
}

int64_t rt_sys_sigaltstack(const SigStack *ss, SigStack *old) { return SYSCALL3(SYS_sigaltstack, ss, old, 0); }

int64_t rt_sys_sched_getaffinity(int32_t pid, uintptr_t len, void *buf)
{
	return SYSCALL3(SYS_sched_getaffinity, pid, len, buf);
}

int64_t rt_sys_futex(uint32_t *addr, int32_t op, uint32_t val, const Timespec *ts)
{
	return SYSCALL4(SYS_futex, addr, op, val, ts);
}


int64_t rt_sys_nanosleep(const Timespec *req) { return SYSCALL3(SYS_nanosleep, req, 0, 0); }

int64_t rt_sys_sched_yield(void) { return SYSCALL3(SYS_sched_yield, 0, 0, 0); }

int64_t rt_sys_gettid(void) { return SYSCALL3(SYS_gettid, 0, 0, 0); }

int64_t rt_sys_getpid(void) { return SYSCALL3(SYS_getpid, 0, 0, 0); }

int64_t rt_sys_open(const char *path, int32_t flags, int32_t mode) { return SYSCALL3(SYS_open, path, flags, mode); }

int64_t rt_sys_close(int32_t fd) { return SYSCALL3(SYS_close, fd, 0, 0); }

int64_t rt_sys_lseek(int32_t fd, int64_t off, int32_t whence) { return SYSCALL3(SYS_lseek, fd, off, whence); }

int64_t rt_sys_tgkill(int32_t pid, int32_t tid, int32_t sig) { return SYSCALL3(SYS_tgkill, pid, tid, sig); }

int64_t rt_sys_rt_sigprocmask(int32_t how, const uint64_t *set, uint64_t *old)
{
	return SYSCALL4(SYS_rt_sigprocmask, how, set, old, sizeof(uint64_t));
}

/* Exit this thread only (gc: exitThread). */
void rt_sys_exit_thread(int32_t code)
{
	for (;;)
		SYSCALL3(SYS_exit, code, 0, 0);
}

int64_t rt_sys_read(int32_t fd, void *p, int64_t n) { return SYSCALL3(SYS_read, fd, p, n); }

int64_t rt_sys_pipe2(int32_t fds[2], int32_t flags) { return SYSCALL3(SYS_pipe2, fds, flags, 0); }

int64_t rt_sys_epoll_create1(int32_t flags) { return SYSCALL3(SYS_epoll_create1, flags, 0, 0); }

int64_t rt_sys_epoll_ctl(int32_t epfd, int32_t op, int32_t fd, void *ev)
{
	return SYSCALL4(SYS_epoll_ctl, epfd, op, fd, ev);
}

int64_t rt_sys_epoll_wait(int32_t epfd, void *evs, int32_t n, int32_t ms)
{
	return SYSCALL4(SYS_epoll_wait, epfd, evs, n, ms);
}

int64_t rt_sys_clock_gettime(int32_t clock, Timespec *ts) { return SYSCALL3(SYS_clock_gettime, clock, ts, 0); }

/* Monotonic time in nanoseconds (gc: nanotime1). */
int64_t rt_nanotime(void)
{
	Timespec ts = {0, 0};
	if (rt_vdso_clock_gettime)
		rt_vdso_clock_gettime(CLOCK_MONOTONIC, &ts);
	else
		rt_sys_clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Wall-clock time in nanoseconds since 1970 (gc: walltime). */
int64_t rt_walltime(void)
{
	Timespec ts = {0, 0};
	if (rt_vdso_clock_gettime)
		rt_vdso_clock_gettime(CLOCK_REALTIME, &ts);
	else
		rt_sys_clock_gettime(CLOCK_REALTIME, &ts);
	return ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Fresh zeroed read-write memory straight from the kernel, or NULL
 * (gc: sysAlloc).  noreserve maps it MAP_NORESERVE: pages are committed
 * lazily as they are touched, so large reservations cost only address space. */
void *rt_sysmmap(uintptr_t n, bool noreserve)
{
	int32_t flags = MAP_PRIVATE | MAP_ANONYMOUS | (noreserve ? MAP_NORESERVE : 0);
	int64_t p = rt_sys_mmap(0, n, PROT_READ | PROT_WRITE, flags, -1, 0);
	if (p < 0 && p >= -4095)
		return 0;
	return (void *)p;
}
