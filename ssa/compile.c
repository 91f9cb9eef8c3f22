/* compile.c — the SSA pass pipeline (gc's compile.go).
 *
 * passes[] lists the passes in gc's order under gc's names, only those goc
 * has so far. Passes without PASS_REQUIRED are skipped at optlevel 0 (gc's
 * -N). gc requires decompose user, decompose builtin and late opt because
 * its back end cannot lower phis of aggregates; goc's lowers them as LLVM
 * values, so for goc they only serve the rules and are skipped at -O0,
 * where the code (and what a debugger sees of it) stays as built; critical
 * too (see its entry). A pass marked PASS_CFG may change the CFG (edges,
 * blocks): the driver drops the cached dominator tree after it (gc's
 * invalidateCFG), and ssa_check catches a pass that changes the CFG
 * without the mark. Each pass's file says what it requires and what it
 * breaks. pass_order[] records why some passes must precede others; it is
 * checked the first time ssa_compile runs.
 *
 * With ssa_config.check (-d=ssa/check/on) ssa_check runs on the function as
 * built and after every pass; with ssa_config.roundtrip (-d=ssa/roundtrip)
 * ssa_roundtrip checks there that the dump parses back (parse.c). Passes
 * marked PASS_DISABLED run only when -d=ssa/<name>/on asks (gc's syntax,
 * spaces as underscores); -d=ssa/<name>/off skips an optional pass.
 *
 * GOSSAFUNC=name (gc's matching: see func_matches) writes ssa.html
 * (html.c), with GOSSADIR $GOSSADIR/<symbol>.html; GOSSAFUNC=name+ also
 * prints on stdout what gc prints there:
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
#include <errno.h>
#include <regex.h>
#include <time.h>

SsaConfig ssa_config = {.optlevel = 2};

enum {
	PASS_REQUIRED = 1 << 0, // runs at -O0 too; cannot be turned off
	PASS_DISABLED = 1 << 1, // off unless -d=ssa/<name>/on (gc's disabled)
	PASS_CFG = 1 << 2,      // changes the CFG: the cached dominator tree is dropped after it (gc's invalidateCFG)
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
	{"decompose user", ssa_decompose_user, 0}, // phis of structs and arrays, so opt sees the fields (gc: required)
	{"pre-opt deadcode", ssa_deadcode, PASS_CFG}, // the blocks short circuit bypassed
	{"opt", ssa_opt, PASS_REQUIRED},
	{"zero arg cse", ssa_zcse, PASS_REQUIRED}, // gc: required to merge SB values
	{"opt deadcode", ssa_deadcode, PASS_REQUIRED | PASS_CFG}, // remove blocks orphaned during opt
	{"generic cse", ssa_cse, 0},
	{"phiopt", ssa_phiopt, 0},
	{"gcse deadcode", ssa_deadcode, PASS_REQUIRED | PASS_CFG}, // clean out after cse and phiopt
	{"nilcheckelim", ssa_nilcheckelim, 0},
	{"prove", ssa_prove, 0},
	{"early fuse", ssa_fuse_early, PASS_CFG},
	{"decompose builtin", ssa_decompose_builtin, 0}, // phis of strings, slices, interfaces, complex (gc: required)
	{"late opt", ssa_opt, 0}, // the rules again, through the decomposed phis (gc: required)
	{"dead auto elim", ssa_elim_dead_autos, 0},
	{"generic deadcode", ssa_deadcode, PASS_REQUIRED | PASS_CFG}, // gc: remove dead stores before writebarrier/lower
	{"check bce", ssa_check_bce, 0},
	{"branchelim", ssa_branchelim, PASS_CFG},
	{"late fuse", ssa_fuse_late, PASS_CFG},
	{"dse", ssa_dse, 0},
	{"writebarrier", ssa_writebarrier, PASS_REQUIRED}, // the collector's barrier on pointer stores to the heap
	{"insert resched checks", ssa_insert_resched_checks, PASS_DISABLED | PASS_CFG}, // goc preempts by signal: -d=ssa/insert_resched_checks/on
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
	// prove's decided branches leave dead blocks; the checks that remain are the ones check bce reports
	{"prove", "generic deadcode"},
	{"generic deadcode", "check bce"},
	// gc: after the last rewrites of stores (deadcode, opt), before lowering
	{"generic deadcode", "writebarrier"},
	// gc: don't lay out blocks until critical edges have been removed
	{"critical", "layout"},
	// layout is the final block order: no pass after it adds or removes blocks
	{"late fuse", "layout"},
	{"late deadcode", "layout"},
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
	// its new blocks are laid out, and their edges split, with the others
	{"insert resched checks", "critical"},
	{"insert resched checks", "layout"},
	// gc: prove relies on common-subexpression elimination for maximum benefits
	{"generic cse", "prove"},
	// gc: cse before dead-store elim, so that two equal address expressions are one value
	{"generic cse", "dse"},
	// gc: cse substantially improves nilcheckelim efficacy
	{"generic cse", "nilcheckelim"},
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
	if (passes[i].flags & PASS_CFG)
		ssa_invalidate_cfg(f);
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

/* ---------------- GOSSAFUNC ---------------- */

/* gc's buildssa: the function's name as dumps print it ("f", "(*T).M",
 * "f.func1"), or its package-qualified name whole or after a '/'
 * ("main.f", "example.com/m/sub.(*T).M", "sub.(*T).M"). */
static bool func_matches(Func *f, const char *want, size_t n) {
	if (f->name && strlen(f->name) == n && !strncmp(f->name, want, n))
		return true;
	const char *sym = f->symbol;
	size_t ns = sym ? strlen(sym) : 0;
	if (!sym || ns < n || strncmp(sym + ns - n, want, n))
		return false;
	return ns == n || sym[ns - n - 1] == '/';
}

/* GOSSAFUNC=name[+][:phases]: does it name f, and is '+' there? (gc's
 * ":phases" asks for CFG drawings, which goc does not make: ignored) */
static bool gossafunc_matches(Func *f, bool *to_stdout) {
	const char *d = ssa_config.dumpfunc;
	*to_stdout = false;
	if (!d || !*d)
		return false;
	size_t n = strlen(d);
	if (d[n - 1] == '+') {
		*to_stdout = true;
		n--;
	}
	const char *colon = memchr(d, ':', n);
	if (colon && !memchr(colon + 1, ':', n - (size_t)(colon + 1 - d)))
		n = (size_t)(colon - d);
	return n && func_matches(f, d, n);
}

/* ---------------- -d=ssa/PHASE/FLAG (gc's PhaseOption) ---------------- */

enum { DUMP_BUILD = -1, DUMP_GENSSA = -2 };

typedef struct DumpReq {
	int pass;          // index in passes[], or DUMP_BUILD / DUMP_GENSSA
	const char *func;  // the function's name as GOSSAFUNC takes it
} DumpReq;
static Vec dump_reqs;  // DumpReq*

static void add_dump(int pass, const char *func) {
	DumpReq *r = NEW(perm, DumpReq);
	r->pass = pass;
	r->func = arena_strdup(perm, func ? func : "");
	vec_push(&dump_reqs, r);
	ssa_config.dump_files = true;
}

static bool dump_wanted(int pass, Func *f) {
	for (int i = 0; i < dump_reqs.len; i++) {
		DumpReq *r = VEC_AT(dump_reqs, i);
		if (r->pass == pass && *r->func && func_matches(f, r->func, strlen(r->func)))
			return true;
	}
	return false;
}

bool ssa_genssa_dump_wanted(Func *f) { return dump_wanted(DUMP_GENSSA, f); }

const char *ssa_phase_option(const char *phase, const char *flag, const char *value) {
	if (!strcmp(phase, "check")) {
		bool on = !value || strcmp(value, "0") != 0;
		if (!strcmp(flag, "on"))
			ssa_config.check = on;
		else if (!strcmp(flag, "off"))
			ssa_config.check = !on;
		else if (!strcmp(flag, "seed"))  /* gc shuffles values with the seed; goc checks in order */
			ssa_config.check = true;
		return NULL;
	}
	if (!strcmp(phase, "roundtrip")) {
		ssa_config.roundtrip = strcmp(flag, "off") != 0 && !(value && !strcmp(value, "0"));
		return NULL;
	}
	if (!strcmp(flag, "on") || !strcmp(flag, "off")) {
		for (int i = 0; i < NPASSES; i++) {
			if (!pass_matches(passes[i].name, phase))
				continue;
			if (flag[1] == 'n')
				pass_switch[i] = 1;
			else if (passes[i].flags & PASS_REQUIRED)
				return "cannot disable a required SSA phase";
			else
				pass_switch[i] = -1;
		}
		return NULL;  /* a phase goc does not have: accepted, as the suite's headers need */
	}
	/* Other flags than dump (debug, time, mem, stats, test) are accepted
	 * and ignored whatever the phase, so the Go suite's headers
	 * (-d=ssa/prove/debug=1 ...) compile: goc's passes have no such knobs. */
	if (strcmp(flag, "dump"))
		return NULL;
	if (!strcmp(phase, "build") || !strcmp(phase, "genssa")) {
		add_dump(phase[0] == 'b' ? DUMP_BUILD : DUMP_GENSSA, value);
		return NULL;
	}
	if (!strcmp(phase, "all")) {
		add_dump(DUMP_BUILD, value);
		for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++)
			add_dump((int)i, value);
		add_dump(DUMP_GENSSA, value);
		return NULL;
	}
	/* "_" in the phase matches a space; "~re" is a regular expression */
	char *under = arena_strdup(perm, phase);
	for (char *p = under; *p; p++)
		if (*p == '_')
			*p = ' ';
	regex_t re;
	bool isre = phase[0] == '~';
	if (isre && regcomp(&re, under + 1, REG_EXTENDED | REG_NOSUB) != 0)
		return arena_printf(perm, "Error in regexp for phase %s, flag %s", phase, flag);
	bool matched = false;
	for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++) {
		const char *name = passes[i].name;
		if (!strcmp(name, phase) || !strcmp(name, under) || (isre && regexec(&re, name, 0, NULL, 0) == 0)) {
			add_dump((int)i, value);
			matched = true;
		}
	}
	if (isre)
		regfree(&re);
	if (!matched)
		return arena_printf(perm, "Did not find a phase matching %s in -d=ssa/... debug option", phase);
	return NULL;
}

void ssa_phase_help(FILE *out) {
	fprintf(out, "PhaseOptions usage:\n\n"
	             "    goc build -d=ssa/<phase>/<flag>[=<value>|<function_name>]\n\n"
	             "where:\n\n"
	             "- <phase> is one of:\n"
	             "    check, all, build, genssa");
	int col = 30;
	for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++) {
		if (passes[i].flags & PASS_DISABLED)  /* listed below: they do not run */
			continue;
		char name[64];
		snprintf(name, sizeof name, "%s", passes[i].name);
		for (char *p = name; *p; p++)
			if (*p == ' ')
				*p = '_';
		int n = (int)strlen(name);
		if (col + n + 2 > 74) {
			fprintf(out, "\n    %s", name);
			col = 4 + n;
		} else {
			fprintf(out, ", %s", name);
			col += n + 2;
		}
	}
	fprintf(out, "\n\n  and, off unless -d=ssa/<phase>/on asks:");
	for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++)
		if (passes[i].flags & PASS_DISABLED) {
			fputc(' ', out);
			for (const char *p = passes[i].name; *p; p++)
				fputc(*p == ' ' ? '_' : *p, out);
		}
	fprintf(out, "\n\n"
	             "- <flag> is one of:\n"
	             "    on, off (a pass; phase check: the SSA verifier after every pass), dump;\n"
	             "    gc's debug, mem, time, test, stats and seed are accepted and ignored\n\n"
	             "- <function_name> is required for the \"dump\" flag, and specifies the\n"
	             "  name of function to dump after <phase>\n\n"
	             "Phase \"all\" supports \"dump\": every phase, \"build\" (the SSA as built) and\n"
	             "\"genssa\" (the function's assembly) included.\n\n"
	             "The dump is written on a file named <function_name>_<seq>__<phase>.dump\n"
	             "(in $GOSSADIR if set).\n\n"
	             "Examples:\n\n"
	             "    -d=ssa/check/on\n"
	             "enables checking after each phase\n\n"
	             "    -d=ssa/opt/dump=f\n"
	             "writes f_01__opt.dump\n");
}

/* gc's DumpFileForPhase: f_NN__phase.dump, ' ', '/' and ':' made '_' */
char *ssa_dump_path(Func *f, const char *phase) {
	f->dump_seq++;
	char *name = arena_printf(fn_arena, "%s_%02d__%s.dump", f->name, f->dump_seq, phase);
	for (char *p = name; *p; p++)
		if (*p == ' ' || *p == '/' || *p == ':')
			*p = '_';
	const char *dir = ssa_config.dumpdir;
	char *path = dir && *dir ? arena_printf(fn_arena, "%s/%s", dir, name) : name;
	return strcpy(malloc(strlen(path) + 1), path);
}

static void dump_file(Func *f, const char *phase) {
	char *path = ssa_dump_path(f, phase);
	FILE *fi = fopen(path, "w");
	if (!fi) {
		fprintf(stderr, "goc: Unable to create after-phase dump file %s: %s\n", path, strerror(errno));
	} else {
		ssa_fprint(fi, f, false);
		fclose(fi);
	}
	free(path);
}

/* ---------------- the driver ---------------- */

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
	bool to_stdout;
	if (gossafunc_matches(f, &to_stdout)) {
		f->dump = to_stdout;
		f->html = ssa_html_open(f);
	}
	if (f->dump) {
		printf("compiling %s\n", f->name);
		ssa_print(stdout, f);
	}
	ssa_html_phase(f->html, f, "start", "start");
	if (dump_reqs.len && dump_wanted(DUMP_BUILD, f))
		dump_file(f, "build");
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
		if (p->flags & PASS_CFG)
			ssa_invalidate_cfg(f);
		if (f->dump) {
			printf("  pass %s end [%lld ns]\n", p->name, t1 - t0);
			ssa_print(stdout, f);
		}
		if (f->html)
			ssa_html_phase(f->html, f, p->name,
			               arena_printf(fn_arena, "%s <span class=\"stats\">[%lld ns]</span>", p->name, t1 - t0));
		if (dump_reqs.len && dump_wanted((int)i, f))
			dump_file(f, p->name);
		if (ssa_config.check)
			ssa_check(f);
		if (ssa_config.roundtrip)
			ssa_roundtrip(f);
	}
	ssa_html_flush(f->html, f);
	if (f->dump)
		fflush(stdout);
}
