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

/* p without the offsets and pointer conversions that do not move it; *off
 * gets the sum of the offsets */
static Value *base_offset(Value *p, int64_t *off) {
	*off = 0;
	for (;;) {
		if (p->op == OpOffPtr)
			*off += p->auxint;
		else if (p->op != OpConvertPtr && p->op != OpCopy)
			return p;
		p = p->args[0];
	}
}

/* gc's isSamePtr: the same SSA value, or the same address computed twice */
bool isSamePtr(Value *p1, Value *p2) {
	/* OffPtr [0] p and ConvertPtr p are p whatever the pointer's type */
	while ((p1->op == OpOffPtr && p1->auxint == 0) || p1->op == OpConvertPtr)
		p1 = p1->args[0];
	while ((p2->op == OpOffPtr && p2->auxint == 0) || p2->op == OpConvertPtr)
		p2 = p2->args[0];
	if (p1 == p2)
		return true;
	if (p1->op != p2->op)
		return false;
	switch (p1->op) {
	case OpOffPtr:
		return p1->auxint == p2->auxint && isSamePtr(p1->args[0], p2->args[0]);
	case OpAddr: /* SB is one, however many values stand for it */
		return p1->aux == p2->aux && p1->auxint == p2->auxint && p1->args[0]->op == OpSB && p2->args[0]->op == OpSB;
	case OpLocalAddr: /* the memory argument does not change the address; SP is one */
		return p1->aux == p2->aux && p1->args[0]->op == OpSP && p2->args[0]->op == OpSP;
	case OpAddPtr:
	case OpPtrIndex:
		return p1->args[1] == p2->args[1] && p1->type == p2->type && isSamePtr(p1->args[0], p2->args[0]);
	case OpSlicePtr: /* the pointer word of the same slice, string or interface */
	case OpStringPtr:
	case OpIData:
		return p1->args[0] == p2->args[0];
	default:
		return false;
	}
}

/* The back end names a package variable's symbol by its linkname, or by its
 * package and name: two Objs are different variables when those differ
 * (distinct Objs may share a symbol through a linkname). */
bool isDistinctVar(Obj *x, Obj *y) {
	if (x == y || x->kind != OBJ_VAR || y->kind != OBJ_VAR || x->vclass != VC_GLOBAL || y->vclass != VC_GLOBAL)
		return false;
	if (x->linkname || y->linkname)
		return x->linkname && y->linkname && strcmp(x->linkname, y->linkname) != 0;
	if (!x->pkg || !y->pkg) /* the package being compiled */
		return !x->pkg && !y->pkg && x->name != y->name;
	return x->name != y->name || strcmp(x->pkg, y->pkg) != 0;
}

/* gc's disjoint. Different bases are different objects when both are
 * variables (Addr [0] of distinct package variables; LocalAddr, a variable
 * in the frame, whose aux isSamePtr compared), or when one is in the frame
 * and the other a global or an incoming argument, which cannot point into a
 * frame made after the call. */
bool disjoint(Value *p1, int64_t n1, Value *p2, int64_t n2) {
	if (n1 == 0 || n2 == 0)
		return true;
	if (p1 == p2)
		return false;
	int64_t off1, off2;
	p1 = base_offset(p1, &off1);
	p2 = base_offset(p2, &off2);
	if (isSamePtr(p1, p2))
		return off1 + n1 <= off2 || off2 + n2 <= off1;
	if (p1->op == OpAddr && p2->op == OpAddr)
		return p1->auxint == 0 && p2->auxint == 0 && isDistinctVar(p1->aux, p2->aux);
	if (p1->op == OpLocalAddr)
		return p2->op == OpLocalAddr || p2->op == OpAddr || p2->op == OpArg;
	if (p2->op == OpLocalAddr)
		return p1->op == OpAddr || p1->op == OpArg;
	return false;
}

bool isZeroedBy(Value *p, int64_t n, Value *zp, int64_t zbytes) {
	int64_t off, zoff;
	p = base_offset(p, &off);
	zp = base_offset(zp, &zoff);
	return isSamePtr(p, zp) && off >= zoff && off - zoff + n <= zbytes;
}

bool isConstZero(Value *v) {
	switch (v->op) {
	case OpConst8: case OpConst16: case OpConst32: case OpConst64:
	case OpConst32F: case OpConst64F: /* bits 0: +0.0, not -0.0 */
	case OpConstBool:
		return v->auxint == 0;
	case OpConstNil: case OpConstSlice: case OpConstInterface:
		return true;
	default:
		return false;
	}
}

static bool nonneg(Value *v, int depth) {
	if (depth > 8)
		return false;
	switch (v->op) {
	case OpCopy:
		return nonneg(v->args[0], depth + 1);
	case OpConst8: case OpConst16: case OpConst32: case OpConst64:
		return v->auxint >= 0;
	case OpZeroExt8to16: case OpZeroExt8to32: case OpZeroExt8to64:
	case OpZeroExt16to32: case OpZeroExt16to64: case OpZeroExt32to64:
	case OpStringLen: case OpSliceLen: case OpSliceCap:
		return true;
	case OpRsh8Ux64: case OpRsh16Ux64: case OpRsh32Ux64: case OpRsh64Ux64:
		/* any amount but 0 clears the sign bit */
		return (v->args[1]->op == OpConst64 && v->args[1]->auxint != 0) || nonneg(v->args[0], depth + 1);
	case OpRsh8x64: case OpRsh16x64: case OpRsh32x64: case OpRsh64x64:
		return nonneg(v->args[0], depth + 1);
	case OpAnd8: case OpAnd16: case OpAnd32: case OpAnd64:
		return nonneg(v->args[0], depth + 1) || nonneg(v->args[1], depth + 1);
	case OpOr8: case OpOr16: case OpOr32: case OpOr64:
	case OpXor8: case OpXor16: case OpXor32: case OpXor64:
		return nonneg(v->args[0], depth + 1) && nonneg(v->args[1], depth + 1);
	default:
		return false;
	}
}

bool isNonNegative(Value *v) { return nonneg(v, 0); }
