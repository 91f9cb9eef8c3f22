/* compile.c — the SSA pass pipeline (gc's compile.go).
 *
 * passes[] lists the passes in gc's order under gc's names, only those goc
 * has so far. Passes without PASS_REQUIRED are skipped at optlevel 0 (gc's
 * -N). gc requires decompose user, decompose builtin and late opt because
 * its back end cannot lower phis of aggregates; goc's lowers them as LLVM
 * values, so for goc they only serve the rules and are skipped at -O0,
 * where the code (and what a debugger sees of it) stays as built. pass_order[] records why some passes must precede others; it is
 * checked the first time ssa_compile runs.
 *
 * With ssa_config.check (-d=ssa/check/on) ssa_check runs on the function as
 * built and after every pass; with ssa_config.roundtrip (-d=ssa/roundtrip)
 * ssa_roundtrip checks there that the dump parses back (parse.c). Passes
 * marked PASS_DISABLED run only when -d=ssa/<name>/on asks (gc's syntax,
 * spaces as underscores); -d=ssa/<name>/off skips an optional pass. With GOSSAFUNC=name+ (f->dump), stdout gets
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
	PASS_REQUIRED = 1 << 0, // runs at -O0 too; cannot be turned off
	PASS_DISABLED = 1 << 1, // off unless -d=ssa/<name>/on (gc's disabled)
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
	{"early deadcode", ssa_deadcode, 0}, // remove generated dead code to avoid pointless work in opt
	{"decompose user", ssa_decompose_user, 0}, // phis of structs and arrays, so opt sees the fields (gc: required)
	{"pre-opt deadcode", ssa_deadcode, 0},
	{"opt", ssa_opt, PASS_REQUIRED},
	{"opt deadcode", ssa_deadcode, PASS_REQUIRED}, // remove blocks orphaned during opt
	{"nilcheckelim", ssa_nilcheckelim, 0},
	{"decompose builtin", ssa_decompose_builtin, 0}, // phis of strings, slices, interfaces, complex (gc: required)
	{"late opt", ssa_opt, 0}, // the rules again, through the decomposed phis (gc: required)
	{"dead auto elim", ssa_elim_dead_autos, 0},
	{"generic deadcode", ssa_deadcode, PASS_REQUIRED}, // gc: remove dead stores before writebarrier/lower
	{"dse", ssa_dse, 0},
	{"late phielim", ssa_phielim, 0},
	{"late copyelim", ssa_copyelim, 0},
	{"late deadcode", ssa_deadcode, 0},
	{"writebarrier", ssa_writebarrier, PASS_REQUIRED}, // the collector's barrier on pointer stores to the heap
	{"insert resched checks", ssa_insert_resched_checks, PASS_DISABLED}, // goc preempts by signal: -d=ssa/insert_resched_checks/on
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
	// opt leaves dead values and blocks behind (If on a constant becomes Plain)
	{"opt", "opt deadcode"},
	// gc: dead stores must be gone before the store chain is used by later passes
	{"opt", "generic deadcode"},
	{"late copyelim", "late deadcode"},
	// the schedule is final: every pass that adds or removes values comes first
	{"opt", "schedule"},
	{"late deadcode", "schedule"},
	// gc: after the last rewrites of stores (deadcode, opt), before lowering
	{"generic deadcode", "writebarrier"},
	// gc: nilcheckelim relies on opt to rewrite user nil checks
	{"opt", "nilcheckelim"},
	// gc: allow deadcode to clean up after nilcheckelim
	{"nilcheckelim", "generic deadcode"},
	// opt's rules see through the parts of decomposed phis
	{"decompose user", "opt"},
	// gc: don't run optimization pass until we've decomposed builtin objects
	{"decompose builtin", "late opt"},
	// generic deadcode removes the VarDefs and addresses of the autos dead auto elim drops
	{"dead auto elim", "generic deadcode"},
	// late copyelim and late deadcode remove the Copies dse leaves of dead stores
	{"dse", "late copyelim"},
	// gc: "insert resched checks" uses mem, better to clean out stores first
	{"dse", "insert resched checks"},
	// gc's place, after the barriers (the checks store nothing the barrier pass would mark)
	{"writebarrier", "insert resched checks"},
	// gc: insert resched checks adds new blocks containing generic instructions
	{"insert resched checks", "schedule"},
};

enum { NPASSES = sizeof passes / sizeof passes[0] };

/* -d=ssa/<name>/on|off: 1 on, -1 off, 0 as the table says */
static int pass_switch[NPASSES];

static int pass_index(const char *name) {
	for (size_t i = 0; i < NPASSES; i++)
		if (strcmp(passes[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* gc's spelling of a pass in -d=ssa/...: spaces as underscores */
static bool pass_matches(const char *pass, const char *phase) {
	for (; *pass && *phase; pass++, phase++)
		if (*pass != *phase && !(*pass == ' ' && *phase == '_'))
			return false;
	return !*pass && !*phase;
}

const char *ssa_phase_option(const char *phase, const char *flag) {
	if (strcmp(phase, "check") == 0 && (strcmp(flag, "on") == 0 || strcmp(flag, "off") == 0)) {
		ssa_config.check = flag[1] == 'n';
		return NULL;
	}
	if (strcmp(phase, "roundtrip") == 0 && (!*flag || strcmp(flag, "on") == 0 || strcmp(flag, "off") == 0)) {
		ssa_config.roundtrip = !*flag || flag[1] == 'n';
		return NULL;
	}
	bool matched = false;
	for (int i = 0; i < NPASSES; i++) {
		if (!pass_matches(passes[i].name, phase))
			continue;
		matched = true;
		if (strcmp(flag, "on") == 0)
			pass_switch[i] = 1;
		else if (strcmp(flag, "off") == 0 && (passes[i].flags & PASS_REQUIRED))
			return "cannot disable a required SSA phase";
		else if (strcmp(flag, "off") == 0)
			pass_switch[i] = -1;
		else
			return "unknown flag"; /* gc's debug, time, mem, ... */
	}
	return matched ? NULL : "unknown phase";
}

bool ssa_run_pass(Func *f, const char *name) {
	int i = pass_index(name);
	size_t n = strlen(name);
	for (int j = 0; j < NPASSES && i < 0; j++) { /* "deadcode" names "early deadcode" too */
		size_t m = strlen(passes[j].name);
		if (m > n && passes[j].name[m - n - 1] == ' ' && strcmp(passes[j].name + m - n, name) == 0)
			i = j;
	}
	if (i < 0)
		return false;
	f->pass = passes[i].name;
	passes[i].fn(f);
	return true;
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
	if (ssa_config.roundtrip)
		ssa_roundtrip(f);
	for (size_t i = 0; i < NPASSES; i++) {
		const Pass *p = &passes[i];
		if (ssa_config.optlevel == 0 && !(p->flags & PASS_REQUIRED))
			continue;
		if (pass_switch[i] < 0 || (!pass_switch[i] && (p->flags & PASS_DISABLED)))
			continue;
		f->pass = p->name;
		if (f->dump)
			printf("  pass %s begin\n", p->name);
		long long t0 = now_ns();
		p->fn(f);
		long long t1 = now_ns();
		if (f->dump) {
			printf("  pass %s end [%lld ns]\n", p->name, t1 - t0);
			ssa_print(stdout, f);
		}
		if (ssa_config.check)
			ssa_check(f);
		if (ssa_config.roundtrip)
			ssa_roundtrip(f);
	}
	if (f->dump)
		fflush(stdout);
}
