/* runtime/runtime1.c — the command line and the environment (gc: runtime1.go).
 *
 * rt_args saves argc/argv from the initial stack; once the allocator is up,
 * rt_goargs and rt_goenvs copy them into Go []string values (os.Args and
 * syscall's environment will read rt_argslice and rt_envs).
 *
 * Invariants:
 *   - argv[0..argc) and the envp block after it stay valid for the whole run:
 *     they live on the initial process stack, which is never unmapped.
 *   - The GoStrings in rt_argslice/rt_envs point into that block (no copies).
 */
#include "rt.h"

int32_t rt_argc;
uint8_t **rt_argv;
GoSlice rt_argslice;
GoSlice rt_envs;

static int64_t cstrlen(const uint8_t *s)
{
	int64_t n = 0;
	while (s[n] != 0)
		n++;
	return n;
}

void rt_args(int32_t argc, uint8_t **argv)
{
	rt_argc = argc;
	rt_argv = argv;
	rt_sysargs(argc, argv);
}

static GoSlice strings_from(uint8_t **v, int64_t n)
{
	GoString *s = n > 0 ? rt_mallocgc(n * (int64_t)sizeof(GoString), (void *)&rt_type_conservative, 1) : (GoString *)&rt_zerobase;
	for (int64_t i = 0; i < n; i++)
		s[i] = (GoString){v[i], cstrlen(v[i])};
	return (GoSlice){s, n, n};
}

void rt_goargs(void) { rt_argslice = strings_from(rt_argv, rt_argc); }

void rt_goenvs(void)
{
	uint8_t **envp = rt_argv + rt_argc + 1;
	int64_t n = 0;
	while (envp[n] != 0)
		n++;
	rt_envs = strings_from(envp, n);
}

/* The value of environment variable key, or an empty GoString (gc: gogetenv).
 * Usable before rt_goenvs; does not allocate. */
GoString rt_gogetenv(const char *key)
{
	int64_t klen = cstrlen((const uint8_t *)key);
	for (uint8_t **e = rt_argv + rt_argc + 1; *e != 0; e++) {
		const uint8_t *s = *e;
		if (memcmp(s, key, (size_t)klen) == 0 && s[klen] == '=')
			return (GoString){s + klen + 1, cstrlen(s + klen + 1)};
	}
	return (GoString){0, 0};
}

/* ---- overlay/runtime/extern.go ---- */

GoString rt_Version(void) __asm__("runtime.Version");
GoString rt_GOROOT(void) __asm__("runtime.GOROOT");

/* The Go release goc follows (gc: runtime.Version's buildVersion). */
GoString rt_Version(void) { return GOSTR("go1.19"); }

/* $GOROOT, else where goc reads the standard library from (gc: GOROOT). */
GoString rt_GOROOT(void)
{
	GoString s = rt_gogetenv("GOROOT");
	return s.len > 0 ? s : GOSTR("/usr/lib/go-1.19");
}
