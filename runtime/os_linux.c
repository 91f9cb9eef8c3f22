/* runtime/os_linux.c — what the runtime learns from Linux at start-up
 * (gc: os_linux.go): the auxiliary vector and the number of usable CPUs.
 *
 * Invariants:
 *   - rt_sysargs runs before anything reads rt_physPageSize; rt_osinit before
 *     anything reads rt_ncpu.  Neither allocates (they run before mallocinit).
 */
#include "rt.h"

enum {
	AT_NULL = 0,
	AT_PHDR = 3,
	AT_PHNUM = 5,
	AT_PAGESZ = 6,
	AT_RANDOM = 25,
	AT_SYSINFO_EHDR = 33,
};

int32_t rt_ncpu;
int32_t rt_pid;  // for tgkill (preemption signals)
uintptr_t rt_physPageSize;
const uint8_t *rt_startupRandomData;  // 16 random bytes from the kernel (AT_RANDOM)
const void *rt_phdr;                  // the executable's program headers (AT_PHDR), for the GC's roots
uintptr_t rt_phnum;

/* Walk the auxiliary vector that follows envp's NULL (gc: sysargs/sysauxv). */
void rt_sysargs(int32_t argc, uint8_t **argv)
{
	uint8_t **p = argv + argc + 1;
	while (*p != 0)
		p++;
	uintptr_t *auxv = (uintptr_t *)(p + 1);
	for (int i = 0; auxv[i] != AT_NULL; i += 2) {
		uintptr_t tag = auxv[i], val = auxv[i + 1];
		if (tag == AT_PAGESZ)
			rt_physPageSize = val;
		else if (tag == AT_RANDOM)
			rt_startupRandomData = (const uint8_t *)val;
		else if (tag == AT_SYSINFO_EHDR)
			rt_vdsoinit(val);
		else if (tag == AT_PHDR)
			rt_phdr = (const void *)val;
		else if (tag == AT_PHNUM)
			rt_phnum = val;
	}
	if (rt_physPageSize == 0)
		rt_physPageSize = 4096;
}

/* Bits set in x (no __builtin_popcount: without -mpopcnt it calls libgcc). */
static int32_t onesCount64(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ull);
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (int32_t)((x * 0x0101010101010101ull) >> 56);
}

/* gc: getproccount.  CPUs in this thread's affinity mask, at least 1. */
static int32_t getproccount(void)
{
	uint64_t buf[1024 / 8];  // 8192 CPUs; gc allows 64K but needs an 8 KB stack buffer
	int64_t r = rt_sys_sched_getaffinity(0, sizeof buf, buf);
	if (r < 0)
		return 1;
	int32_t n = 0;
	for (int64_t i = 0; i < r / 8; i++)
		n += onesCount64(buf[i]);
	return n > 0 ? n : 1;
}

void rt_osinit(void)
{
	rt_ncpu = getproccount();
	rt_pid = (int32_t)rt_sys_getpid();
}
