/* rewrite.c — the out-of-line half of rewrite.h (gc's rewrite.go): helpers
 * too big to inline and the rule hit counts.
 *
 * GOC_RULESTATS=path: every rule the opt pass applies is counted by its line
 * in ssa/rules/generic.rules; at exit goc appends one line per rule hit,
 * "generic.rules:LINE COUNT", to path in a single write (O_APPEND), so that
 * concurrent compilers can share the file. tools/rulestats.sh sums them.
 */
#include "rewrite.h"
#include <fcntl.h>
#include <unistd.h>

bool ssa_rulestats_on;
static int64_t *hits;    /* indexed by line */
static int nhits;

static void rulestats_write(void) {
	const char *path = getenv("GOC_RULESTATS");
	StrBuf sb = {0};
	for (int i = 0; i < nhits; i++)
		if (hits[i])
			sb_printf(&sb, "generic.rules:%d %lld\n", i, (long long)hits[i]);
	if (!sb.len)
		return;
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0666);
	if (fd < 0)
		return;
	if (write(fd, sb_cstr(&sb), sb.len) < 0)
		perror("goc: GOC_RULESTATS");
	close(fd);
}

void ssa_rulestats_init(void) {
	const char *path = getenv("GOC_RULESTATS");
	if (!path || !*path || ssa_rulestats_on)
		return;
	ssa_rulestats_on = true;
	atexit(rulestats_write);
}

void ssa_rulestats_hit(int line) {
	if (line >= nhits) {
		int n = nhits ? nhits : 1024;
		while (n <= line)
			n *= 2;
		hits = realloc(hits, sizeof *hits * (size_t)n);
		if (!hits)
			ice("out of memory");
		memset(hits + nhits, 0, sizeof *hits * (size_t)(n - nhits));
		nhits = n;
	}
	hits[line]++;
}

/* gc's isSamePtr: the same SSA value, or the same address computed twice */
bool isSamePtr(Value *p1, Value *p2) {
	/* OffPtr [0] p is p whatever the pointer's type */
	while (p1->op == OpOffPtr && p1->auxint == 0)
		p1 = p1->args[0];
	while (p2->op == OpOffPtr && p2->auxint == 0)
		p2 = p2->args[0];
	if (p1 == p2)
		return true;
	if (p1->op != p2->op)
		return false;
	switch (p1->op) {
	case OpOffPtr:
		return p1->auxint == p2->auxint && isSamePtr(p1->args[0], p2->args[0]);
	case OpAddr:
		return p1->aux == p2->aux && p1->auxint == p2->auxint && p1->args[0] == p2->args[0];
	case OpLocalAddr: /* the memory argument does not change the address; SP is one */
		return p1->aux == p2->aux && p1->args[0]->op == OpSP && p2->args[0]->op == OpSP;
	case OpAddPtr:
	case OpPtrIndex:
		return p1->args[1] == p2->args[1] && p1->type == p2->type && isSamePtr(p1->args[0], p2->args[0]);
	default:
		return false;
	}
}
