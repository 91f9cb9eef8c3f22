/* linker/link.c — runs ld.lld to link a Go program (see link.h).
 *
 * Hosted C, compiled into goc.  The linker is started with posix_spawn (never
 * through a shell), so file names need no quoting.
 *
 * Why these flags:
 *   -static -nostdlib     no libc, no crt files: the runtime is self-contained
 *   -e _start             the runtime's entry point (runtime/asm_amd64.S)
 *   --gc-sections         drop unreferenced sections; lld always keeps
 *                         .init_array/.fini_array/.preinit_array and notes,
 *                         so constructors survive (the runtime runs
 *                         .init_array before main.init)
 *   -z noexecstack        no executable stack (the objects say so too)
 * The objects come before the archive so that lld pulls in only the runtime
 * members they need.
 */
#define _GNU_SOURCE
#include "linker/link.h"

#include <errno.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* The ld.lld to run: LLVM_BINDIR/ld.lld if present, else ld.lld-19 found on PATH. */
static const char *find_lld(bool *usepath)
{
#ifdef LLVM_BINDIR
	static const char bundled[] = LLVM_BINDIR "/ld.lld";
	if (access(bundled, X_OK) == 0) {
		*usepath = false;
		return bundled;
	}
#endif
	*usepath = true;
	return "ld.lld-19";
}

/* Print argv as a shell command line, quoting words that need it. */
static void print_command(char *const *argv)
{
	for (int i = 0; argv[i] != NULL; i++) {
		const char *a = argv[i];
		bool plain = a[0] != '\0' && strspn(a, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		                                        "0123456789-_./=+,:@%") == strlen(a);
		fputs(i ? " " : "", stderr);
		if (plain) {
			fputs(a, stderr);
			continue;
		}
		fputc('\'', stderr);
		for (; *a; a++) {
			if (*a == '\'')
				fputs("'\\''", stderr);
			else
				fputc(*a, stderr);
		}
		fputc('\'', stderr);
	}
	fputc('\n', stderr);
}

int ld_link(const char *out, const char **objs, int nobjs, const char *rtlib, int strip, bool verbose)
{
	static const char *const flags[] = {
		"-static", "-nostdlib", "--gc-sections", "-e", "_start", "-z", "noexecstack",
	};
	enum { NFLAGS = sizeof flags / sizeof flags[0] };
	bool usepath;
	const char *lld = find_lld(&usepath);

	int argc = 0;
	char **argv = calloc((size_t)nobjs + NFLAGS + 6, sizeof *argv);
	if (argv == NULL) {
		fprintf(stderr, "goc: link: out of memory\n");
		return -1;
	}
	argv[argc++] = (char *)lld;
	for (int i = 0; i < NFLAGS; i++)
		argv[argc++] = (char *)flags[i];
	if (strip == LD_STRIP_ALL)
		argv[argc++] = "--strip-all";
	else if (strip == LD_STRIP_DEBUG)
		argv[argc++] = "--strip-debug";
	argv[argc++] = "-o";
	argv[argc++] = (char *)out;
	for (int i = 0; i < nobjs; i++)
		argv[argc++] = (char *)objs[i];
	if (rtlib != NULL)
		argv[argc++] = (char *)rtlib;
	argv[argc] = NULL;

	if (verbose)
		print_command(argv);

	pid_t pid;
	int err = usepath ? posix_spawnp(&pid, lld, NULL, NULL, argv, environ)
	                  : posix_spawn(&pid, lld, NULL, NULL, argv, environ);
	free(argv);
	if (err != 0) {
		fprintf(stderr, "goc: cannot run %s: %s\n", lld, strerror(err));
		return -1;
	}
	int status;
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "goc: waiting for %s: %s\n", lld, strerror(errno));
			return -1;
		}
	}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status)) {
		fprintf(stderr, "goc: %s killed by signal %d\n", lld, WTERMSIG(status));
		return 128 + WTERMSIG(status);
	}
	return -1;
}

static bool is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* malloc'ed dir + "/" + rel if that is a file, else NULL. */
static char *try_path(const char *dir, const char *rel)
{
	size_t n = strlen(dir) + 1 + strlen(rel) + 1;
	char *p = malloc(n);
	if (p == NULL)
		return NULL;
	snprintf(p, n, "%s/%s", dir, rel);
	if (is_file(p))
		return p;
	free(p);
	return NULL;
}

const char *ld_find_runtime(const char *argv0)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
	} else if (argv0 != NULL && strchr(argv0, '/') != NULL && realpath(argv0, exe) != NULL) {
		// no /proc: argv0 names the executable when it contains a slash
	} else {
		return NULL;
	}
	char *slash = strrchr(exe, '/');
	if (slash == NULL)
		return NULL;
	if (slash == exe)
		slash[1] = '\0';  // the executable is in "/"
	else
		*slash = '\0';
	char *p = try_path(exe, "runtime/libgocrt.a");
	if (p == NULL)
		p = try_path(exe, "../lib/goc/libgocrt.a");
	return p;
}
