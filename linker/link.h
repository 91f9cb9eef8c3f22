/* linker/link.h — the link step: turn the compiler's object files and the
 * runtime archive into a static amd64 ELF executable.
 *
 * goc does not link by itself; it runs LLVM's ld.lld (the one in LLVM_BINDIR,
 * else ld.lld-19 from PATH) with
 *     -static -nostdlib --gc-sections -e _start -z noexecstack -o OUT OBJS... RTLIB
 * The entry point _start is in the runtime (runtime/asm_amd64.S).  There is no
 * libc, no dynamic linker and no C start-up files.
 */
#ifndef GOC_LINKER_LINK_H
#define GOC_LINKER_LINK_H

#include <stdbool.h>

/* link.c */

/* Link objs[0..nobjs) and the runtime archive rtlib into the executable out.
 * verbose prints the command line to stderr first (like `go build -x`).
 * Returns ld.lld's exit status: 0 on success, 128+N if it died of signal N,
 * -1 if it could not be started (the reason is printed to stderr). */
enum { LD_STRIP_NONE, LD_STRIP_DEBUG, LD_STRIP_ALL };  /* gc's -ldflags=-w, -s */
int ld_link(const char *out, const char **objs, int nobjs, const char *rtlib, int strip, bool verbose);

/* The runtime archive that belongs to this goc, or NULL if there is none:
 * <dir>/runtime/libgocrt.a (build tree), then <dir>/../lib/goc/libgocrt.a
 * (installed tree), where <dir> holds the running executable (/proc/self/exe,
 * else argv0).  The result is malloc'ed. */
const char *ld_find_runtime(const char *argv0);

#endif
