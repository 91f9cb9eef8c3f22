/* compile.c — the SSA pass pipeline (gc's compile.go).
 *
 * passes[] lists the passes in gc's order under gc's names, only those goc
 * has so far. Passes without PASS_REQUIRED are skipped at optlevel 0 (gc's
 * -N). A pass marked PASS_CFG may change the CFG (edges, blocks): the
 * driver drops the cached dominator tree after it (gc's invalidateCFG), and
 * ssa_check catches a pass that changes the CFG without the mark. Each
 * pass's file says what it requires and what it breaks. pass_order[] records
 * why some passes must precede others; it is checked the first time
 * ssa_compile runs.
 *
 * With ssa_config.check (-d=ssa/check/on) ssa_check runs on the function as
 * built and after every pass. With GOSSAFUNC=name+ (f->dump), stdout gets
 * what gc prints there:
 *
 *	compiling add
 *	add func(int, int) int
 *	  b1:
 *	  ...
 *	  pass number lines begin
 *	  pass number lines end [2443 ns]
 *	add func(int, int) int
 *	  ...
 *
 * ("generating SSA for add" and the AST dump before it are the builder's,
 * "genssa add" after it the backend's.)
 */
#include "ssa.h"
#include <time.h>

SsaConfig ssa_config = {.optlevel = 2};

enum {
	PASS_REQUIRED = 1 << 0, // runs at -O0 too (gc's required)
	PASS_CFG = 1 << 1,      // changes the CFG: the cached dominator tree is dropped after it (gc's invalidateCFG)
};

typedef struct Pass {
	const char *name;
	void (*fn)(Func *f);
	unsigned flags; // PASS_*
} Pass;

static const Pass passes[] = {
	{"number lines", ssa_number_lines, PASS_REQUIRED},
	{"early phielim", ssa_phielim, 0},
	{"early copyelim", ssa_copyelim, 0},
	{"early deadcode", ssa_deadcode, PASS_CFG}, // remove generated dead code to avoid pointless work in opt
	{"short circuit", ssa_shortcircuit, PASS_CFG},
	{"pre-opt deadcode", ssa_deadcode, PASS_CFG}, // the blocks short circuit bypassed
	{"opt", ssa_opt, PASS_REQUIRED},
	{"zero arg cse", ssa_zcse, PASS_REQUIRED}, // gc: required to merge SB values
	{"opt deadcode", ssa_deadcode, PASS_REQUIRED | PASS_CFG}, // remove blocks orphaned during opt
	{"generic cse", ssa_cse, 0},
	{"phiopt", ssa_phiopt, 0},
	{"gcse deadcode", ssa_deadcode, PASS_REQUIRED | PASS_CFG}, // clean out after cse and phiopt
	{"early fuse", ssa_fuse_early, PASS_CFG},
	{"generic deadcode", ssa_deadcode, PASS_REQUIRED | PASS_CFG}, // gc: remove dead stores before writebarrier/lower
	{"branchelim", ssa_branchelim, PASS_CFG},
	{"late fuse", ssa_fuse_late, PASS_CFG},
	{"writebarrier", ssa_writebarrier, PASS_REQUIRED}, // the collector's barrier on pointer stores to the heap
	{"late phielim", ssa_phielim, 0},
	{"late copyelim", ssa_copyelim, 0},
	{"late deadcode", ssa_deadcode, PASS_CFG},
	// gc requires critical for its register allocator; goc's phis go to LLVM,
	// which needs no split edges, and at -O0 the extra empty blocks cost
	// gdb variable locations (LLVM's fast allocator spills at block ends)
	{"critical", ssa_critical, PASS_CFG}, // remove critical edges
	{"layout", ssa_layout, PASS_REQUIRED}, // order blocks (f->blocks is the order the backend emits them in)
	{"schedule", ssa_schedule, PASS_REQUIRED}, // order values for the backend
};

/* a must run before b */
typedef struct PassOrder {
	const char *a, *b;
} PassOrder;

static const PassOrder pass_order[] = {
	// number lines reads the builder's positions and order before rewrites move or drop values
	{"number lines", "opt"},
	// phielim turns phis into Copies; copyelim then removes their uses
	{"early phielim", "early copyelim"},
	// copyelim leaves the Copies without uses for deadcode to delete
	{"early copyelim", "early deadcode"},
	// short circuit leaves the blocks it bypassed for deadcode
	{"short circuit", "pre-opt deadcode"},
	// opt leaves dead values and blocks behind (If on a constant becomes First)
	{"opt", "opt deadcode"},
	// cse's partition starts from the constants and SB values zcse merged
	{"zero arg cse", "generic cse"},
	// cse and phiopt relink values; the duplicates die in gcse deadcode
	{"generic cse", "gcse deadcode"},
	{"phiopt", "gcse deadcode"},
	// phiopt's && and || need the other operand to dominate the phi: cse has
	// replaced values by their dominating equals
	{"generic cse", "phiopt"},
	// gc: dead stores must be gone before the store chain is used by later passes
	{"opt", "generic deadcode"},
	// branchelim looks for diamonds of plain blocks; early fuse has merged the chains
	{"early fuse", "branchelim"},
	// late fuse merges the blocks branchelim left with one successor
	{"branchelim", "late fuse"},
	{"late copyelim", "late deadcode"},
	// the schedule is final: every pass that adds or removes values comes first
	{"opt", "schedule"},
	{"late deadcode", "schedule"},
	// gc: after the last rewrites of stores (deadcode, opt), before lowering
	{"generic deadcode", "writebarrier"},
	// gc: don't lay out blocks until critical edges have been removed
	{"critical", "layout"},
	// layout is the final block order: no pass after it adds or removes blocks
	{"late fuse", "layout"},
	{"late deadcode", "layout"},
};

static int pass_index(const char *name) {
	for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++)
		if (strcmp(passes[i].name, name) == 0)
			return (int)i;
	return -1;
}

static void check_pass_order(void) {
	for (size_t k = 0; k < sizeof pass_order / sizeof pass_order[0]; k++) {
		int i = pass_index(pass_order[k].a), j = pass_index(pass_order[k].b);
		if (i < 0)
			ice("pass %s not found", pass_order[k].a);
		if (j < 0)
			ice("pass %s not found", pass_order[k].b);
		if (i >= j)
			ice("passes %s and %s out of order", pass_order[k].a, pass_order[k].b);
	}
}

/* GOSSAFUNC=f+ or GOSSAFUNC=main.f+: the trailing '+' asks for stdout dumps
 * (gc writes ssa.html without it; goc has no HTML writer) */
static bool dump_requested(Func *f) {
	const char *d = ssa_config.dumpfunc;
	if (!d)
		return false;
	size_t n = strlen(d);
	if (n == 0 || d[n - 1] != '+')
		return false;
	n--;
	return (f->name && strlen(f->name) == n && strncmp(f->name, d, n) == 0) ||
	       (f->symbol && strlen(f->symbol) == n && strncmp(f->symbol, d, n) == 0);
}

static long long now_ns(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

void ssa_compile(Func *f) {
	static bool order_checked;
	if (!order_checked) {
		check_pass_order();
		order_checked = true;
	}
	if (dump_requested(f))
		f->dump = true;
	if (f->dump) {
		printf("compiling %s\n", f->name);
		ssa_print(stdout, f);
	}
	f->pass = NULL; /* check failures before any pass say "start" */
	if (ssa_config.check)
		ssa_check(f);
	for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++) {
		const Pass *p = &passes[i];
		if (ssa_config.optlevel == 0 && !(p->flags & PASS_REQUIRED))
			continue;
		f->pass = p->name;
		if (f->dump)
			printf("  pass %s begin\n", p->name);
		long long t0 = now_ns();
		p->fn(f);
		long long t1 = now_ns();
		if (p->flags & PASS_CFG)
			ssa_invalidate_cfg(f);
		if (f->dump) {
			printf("  pass %s end [%lld ns]\n", p->name, t1 - t0);
			ssa_print(stdout, f);
		}
		if (ssa_config.check)
			ssa_check(f);
	}
	if (f->dump)
		fflush(stdout);
}
