/* goc.c — the command: goc build | run | compile | version | help.
 *
 * The pipeline, in order: find the program's packages and parse their
 * files (pkg/load.c, frontend/parse.y) → type-check each package, imported
 * packages first (frontend/check.c) → for each package, build SSA one
 * function at a time (ssa/ssagen.c) → run the pass table (ssa/compile.c) →
 * lower to LLVM (backend/amd64) → emit one object per package → link them
 * with the runtime archive into a static ELF (linker/). User errors end the
 * run with exit status 1 after they have been printed gc-style (go build's
 * "# importpath" line first for a package's type errors); compiler bugs
 * exit 3.
 */
#include "frontend/frontend.h"
#include "pkg/pkg.h"
#include "ssa/ssa.h"
#include "backend/amd64/amd64.h"
#include "linker/link.h"

#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef GOC_VERSION
#define GOC_VERSION "dev"
#endif

typedef struct Options {
	const char *out;       // -o
	int optlevel;          // -O0..-O2 (default 2); -N means 0
	bool asm_listing;      // -S
	bool dump_ast;         // -d=ast
	bool dump_llvm;        // -d=llvm
	bool check_bce;        // -d=ssa/check_bce/debug=1 (the package built, as -gcflags does)
	bool debug_ssa;        // -d=ssa/..., -d=nil: packages are compiled, not taken from the cache
	bool nodwarf;          // -dwarf=false: no debugging information
	int strip;             // -ldflags='-s' / '-w': LD_STRIP_*
	bool verbose;          // -x: show the link command
	bool listpkgs;         // -v: print the packages compiled (not those taken from the cache)
	bool nolimit;          // -e: no limit on the number of errors
	int lower_l;           // gc's -l count: -l disables inlining, -l=4 inlines non-leaf functions
	Vec files;             // const char*: .go files named on the command line
	const char *pkgdir;    // or the package's directory (goc build ./cmd/x; "." when nothing is named)
	Vec run_args;          // const char* (goc run ... -- args)
} Options;

static const char *progname = "goc";

static void usage(FILE *f) {
	fprintf(f,
		"goc is an ahead-of-time compiler for Go (the Go 1.19 language).\n"
		"\n"
		"Usage:\n"
		"\tgoc build [-o out] [flags] [dir | file.go...]  compile package main (and the packages it\n"
		"\t                                         imports) into a static executable; default dir: .\n"
		"\tgoc run [flags] [dir | file.go...] [args]  build and run\n"
		"\tgoc compile [-o file.o] [flags] file.go...  compile one package to an object file\n"
		"\tgoc version                              print goc's version\n"
		"\tgoc ssatest [-u] file.ssa...             run SSA pass tests (testdata/ssa; -u rewrites their want sections)\n"
		"\tgoc help                                 this text\n"
		"\n"
		"Flags (spelled as gc spells them; -gcflags='...' is accepted too):\n"
		"\t-o file        output file\n"
		"\t-O0 -O1 -O2    optimisation level (default -O2); -N is -O0\n"
		"\t-S             print the generated amd64 assembly on stdout\n"
		"\t-d=ssa/check/on  verify the SSA after every pass\n"
		"\t-d=ssa/check_bce/debug=1  report each bounds check left after prove (gc's Found IsInBounds)\n"
		"\t-d=ssa/PASS/dump=name  write function name's SSA after PASS to name_NN__PASS.dump\n"
		"\t               (-d=ssa/help lists the passes)\n"
		"\t-d=ssa/PASS/on|off  run an SSA pass that is off by default (insert_resched_checks),\n"
		"\t               or skip an optional one (spaces in PASS as underscores)\n"
		"\t-d=nil         report the nil checks removed and generated, as gc's -d=nil\n"
		"\t-d=ast         dump the type-checked AST\n"
		"\t-d=llvm        dump the LLVM IR before optimisation\n"
		"\t-e             no limit on the number of errors reported\n"
		"\t-l             no inlining (-l=4: also functions that call others, as gc's -l=4)\n"
		"\t-m             print optimisation decisions: inlining, escape analysis (-m=2: with reasons and costs)\n"
		"\t-d=inlfuncswithclosures=0  functions holding closures are not inlined\n"
		"\t-complete      a function without a body is an error (build and run always set it)\n"
		"\t-v             print the import path of each package compiled (not taken from the build cache)\n"
		"\t-x             print the commands run (link step)\n"
		"\t-ldflags='-s -w' strip the executable: -w drops DWARF (tracebacks lose file:line),\n"
		"\t               -s the symbol table too (tracebacks lose names), as gc's linker flags\n"
		"\n"
		"Environment:\n"
		"\tGOSSAFUNC=name  write ssa.html: function name's source, SSA after each pass, LLVM IR\n"
		"\t               before and after optimisation, and assembly, cross-linked by line\n"
		"\tGOSSAFUNC=name+  the same, and print the SSA after each pass (gc's text format)\n"
		"\tGOSSADIR=dir    write the HTML and dump files there (dir/<symbol>.html)\n"
		"\tGOCCACHE=dir|off  the build cache of compiled packages (default $XDG_CACHE_HOME/goc or ~/.cache/goc)\n"
		"\n"
		"Accepted and ignored for gc compatibility: -p path, -C, -std, -+,\n"
		"-lang=..., -importcfg=..., -buildid=..., -trimpath=..., -pack, -nolocalimports.\n");
}

static void die_usage(const char *fmt, const char *arg) {
	fprintf(stderr, "%s: ", progname);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nrun 'goc help' for usage.\n");
	exit(2);
}

static void parse_flag(Options *o, const char *a, int *i, int argc, char **argv);

/* -gcflags='-S -N' : split on spaces and feed back through parse_flag. */
static void parse_gcflags(Options *o, const char *s) {
	char *copy = arena_strdup(perm, s);
	char *save = NULL;
	for (char *tok = strtok_r(copy, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
		int dummy = 0;
		parse_flag(o, tok, &dummy, 0, NULL);
	}
}

static void parse_d(Options *o, const char *d) {
	/* comma-separated list, as gc's -d */
	char *copy = arena_strdup(perm, d);
	char *save = NULL;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (!strncmp(tok, "ssa/", 4)) {
			/* gc: ssa/PHASE/FLAG[=VALUE], FLAG "debug" when absent */
			char *phase = tok + 4, *value = NULL, *flag = "debug";
			char *eq = strpbrk(phase, "=:");
			if (eq) {
				*eq = 0;
				value = eq + 1;
			}
			char *slash = strchr(phase, '/');
			if (slash) {
				*slash = 0;
				flag = slash + 1;
			}
			if (!strcmp(phase, "check_bce") && !strcmp(flag, "debug")) {
				o->check_bce = !value || strcmp(value, "0") != 0;
				continue;
			}
			if (!strcmp(phase, "help") || !*phase) {
				ssa_phase_help(stdout);
				exit(0);
			}
			const char *err = ssa_phase_option(phase, flag, value);
			if (err) {
				fprintf(stderr, "%s: %s\n", progname, err);
				exit(2);
			}
			/* the roundtrip check changes nothing: cached packages stay valid */
			if (strcmp(phase, "roundtrip") != 0)
				o->debug_ssa = true;
		} else if (!strcmp(tok, "nil") || !strcmp(tok, "nil=1")) {
			ssa_config.debug_nil = true;
			o->debug_ssa = true;
		} else if (!strcmp(tok, "ast"))
			o->dump_ast = true;
		else if (!strcmp(tok, "llvm"))
			o->dump_llvm = true;
		else if (!strncmp(tok, "inlfuncswithclosures=", 21))
			inline_closures = atoi(tok + 21) != 0;
		/* other gc debug settings (checkptr, ssa/<pass>/..., libfuzzer, ...) are
		 * accepted and ignored for now, so the Go suite's headers work. */
	}
}

static void parse_flag(Options *o, const char *a, int *i, int argc, char **argv) {
	if (!strcmp(a, "-o")) {
		if (!argv || *i + 1 >= argc)
			die_usage("flag needs an argument: %s", a);
		o->out = argv[++*i];
	} else if (!strncmp(a, "-o=", 3)) {
		o->out = a + 3;
	} else if (!strcmp(a, "-O0") || !strcmp(a, "-N")) {
		o->optlevel = 0;
	} else if (!strcmp(a, "-O1")) {
		o->optlevel = 1;
	} else if (!strcmp(a, "-O2") || !strcmp(a, "-O")) {
		o->optlevel = 2;
	} else if (!strcmp(a, "-S")) {
		o->asm_listing = true;
	} else if (!strcmp(a, "-e")) {
		o->nolimit = true;
	} else if (!strcmp(a, "-v")) {
		o->listpkgs = true;
	} else if (!strcmp(a, "-x")) {
		o->verbose = true;
	} else if (!strncmp(a, "-d=", 3)) {
		parse_d(o, a + 3);
	} else if (!strcmp(a, "-d")) {
		if (!argv || *i + 1 >= argc)
			die_usage("flag needs an argument: %s", a);
		parse_d(o, argv[++*i]);
	} else if (!strncmp(a, "-ldflags=", 9) || !strcmp(a, "-ldflags")) {
		/* go build -ldflags: -s (no symbol table, no DWARF) and -w (no DWARF) */
		const char *v = a[8] == '=' ? a + 9 : (argv && *i + 1 < argc) ? argv[++*i] : NULL;
		if (!v)
			die_usage("flag needs an argument: %s", a);
		for (const char *p = v; *p; p++) {
			if (p[0] == '-' && (p[1] == 's' || p[1] == 'w') && (p[2] == 0 || p[2] == ' ')) {
				if (p[1] == 's')
					o->strip = LD_STRIP_ALL;
				else if (o->strip != LD_STRIP_ALL)
					o->strip = LD_STRIP_DEBUG;
			} else if (p[0] == '-' && (p == v || p[-1] == ' ')) {
				const char *e = strchr(p, ' ');
				die_usage("-ldflags: %s: only -s and -w are supported by goc", arena_strndup(perm, p, e ? (size_t)(e - p) : strlen(p)));
			}
		}
	} else if (!strncmp(a, "-gcflags=", 9)) {
		parse_gcflags(o, a + 9);
	} else if (!strcmp(a, "-gcflags")) {
		if (!argv || *i + 1 >= argc)
			die_usage("flag needs an argument: %s", a);
		parse_gcflags(o, argv[++*i]);
	} else if (!strcmp(a, "-p") || !strcmp(a, "-importcfg") || !strcmp(a, "-lang") || !strcmp(a, "-buildid") ||
	           !strcmp(a, "-trimpath") || !strcmp(a, "-D") || !strcmp(a, "-I")) {
		if (argv && *i + 1 < argc)
			++*i; /* flag with a value, ignored */
	} else if (!strcmp(a, "-dwarf=false")) {
		o->nodwarf = true;
	} else if (!strcmp(a, "-dwarf") || !strcmp(a, "-dwarf=true")) {
		o->nodwarf = false;
	} else if (!strcmp(a, "-m") || !strncmp(a, "-m=", 3)) {
		/* a count, as gc's: -m -m is -m=2 */
		debug_m = a[2] == '=' ? atoi(a + 3) : debug_m + 1;
		escape_debug = debug_m > 0; /* escape analysis decisions, gc's wording (ssa/escape.c) */
	} else if (!strcmp(a, "-l") || !strncmp(a, "-l=", 3)) {
		o->lower_l = a[2] == '=' ? atoi(a + 3) : o->lower_l + 1; /* gc's -l count (inline.c: inline_level) */
	} else if (!strcmp(a, "-race")) {
		flag_race = true; /* only keeps //go:norace functions from being inlined */
	} else if (!strcmp(a, "-complete")) {
		check_complete = true; /* no body may come from elsewhere: bodyless functions are errors */
	} else if (!strncmp(a, "-p=", 3) || !strncmp(a, "-lang=", 6) || !strncmp(a, "-importcfg=", 11) ||
	           !strncmp(a, "-buildid=", 9) || !strncmp(a, "-trimpath=", 10) || !strcmp(a, "-C") || !strcmp(a, "-std") ||
	           !strcmp(a, "-+") || !strcmp(a, "-pack") || !strcmp(a, "-nolocalimports") || !strcmp(a, "-0") ||
	           !strcmp(a, "-live") || !strcmp(a, "-w") || !strncmp(a, "-asmhdr", 7) || !strcmp(a, "-dynlink") ||
	           !strncmp(a, "-spectre", 8) || !strcmp(a, "-smallframes") || !strcmp(a, "-wb=false") ||
	           !strncmp(a, "-c=", 3) || !strcmp(a, "-B") || !strcmp(a, "-K") || !strcmp(a, "-h") ||
	           !strcmp(a, "-r") || !strcmp(a, "-j") || !strcmp(a, "-t") || !strcmp(a, "-s") ||
	           !strcmp(a, "-u") || !strcmp(a, "-W")) {
		/* accepted for gc compatibility */
	} else {
		die_usage("flag provided but not defined: %s", a);
	}
}

static bool is_go_file(const char *a) {
	size_t n = strlen(a);
	return n >= 3 && !strcmp(a + n - 3, ".go");
}

/* Flags, then .go files or one package directory (go build's forms); for
 * goc run, what follows the files or the directory is the program's. */
static void parse_args(Options *o, int argc, char **argv, bool allow_run_args, bool allow_dir) {
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (allow_run_args && !strcmp(a, "--")) {
			for (i++; i < argc; i++)
				vec_push(&o->run_args, argv[i]);
			break;
		}
		bool positional = o->files.len || o->pkgdir;
		if (a[0] == '-' && a[1] && (!positional || !allow_run_args)) {
			parse_flag(o, a, &i, argc, argv);
			continue;
		}
		if (o->pkgdir) {
			if (!allow_run_args)
				die_usage("goc builds one package at a time; also named: %s", a);
			for (; i < argc; i++)
				vec_push(&o->run_args, argv[i]);
			break;
		}
		if (o->files.len == 0 && !is_go_file(a) && allow_dir) {
			o->pkgdir = a;
			continue;
		}
		if (allow_run_args && o->files.len > 0 && !is_go_file(a)) {
			/* goc run x.go arg1 arg2: like go run, args after the files */
			for (; i < argc; i++)
				vec_push(&o->run_args, argv[i]);
			break;
		}
		vec_push(&o->files, (void *)a);
	}
	if (o->files.len == 0 && !o->pkgdir) {
		if (!allow_dir)
			die_usage("%s", "no Go files listed");
		o->pkgdir = ".";
	}
}

/* ---- the compilation itself ---- */

static Options opts;

static void emit_func(Func *f) {
	if (diag_nerrors)
		return;
	ssa_compile(f);
	amd64_func(f);
}

/* goc compile: one package from its files, as gc's compile step; imports
 * other than unsafe are not resolved. Exits 1 on errors. */
static Package *parse_files(Options *o) {
	Package *pkg = NEW(perm, Package);
	for (int i = 0; i < o->files.len; i++) {
		const char *name = o->files.data[i];
		size_t len;
		char *src = read_file(name, &len);
		if (!src) {
			fprintf(stderr, "open %s: %s\n", name, strerror(errno));
			exit(1);
		}
		vec_push(&pkg->files, parse_file(name, src, len));
	}
	return pkg;
}

static Package *check_files(Options *o, Package *pkg) {
	/* like gc: syntax errors end the compilation after parsing; other
	 * errors found while parsing are reported together with type errors */
	if (diag_nsyntax) {
		diag_flush();
		exit(1);
	}
	check_package(pkg);
	if (diag_flush())
		exit(1);
	if (o->dump_ast)
		for (int i = 0; i < pkg->files.len; i++)
			ast_dump(stderr, pkg->files.data[i], 0);
	return pkg;
}

/* Print a package's queued errors and exit 1: under go build's
 * "# importpath" line, with the package directory shortened as go build
 * shows it (not for files named on the command line, whose errors gc
 * prints alone, as given). */
static void package_errors(Package *p, bool header) {
	if (header && p->dir) {
		fprintf(stderr, "# %s\n", p->importpath);
		const char *s = pkg_short_path(p->dir);
		if (strcmp(s, p->dir) != 0)
			diag_rewrite_dir(p->dir, s);
	}
	diag_flush();
	exit(1);
}

static Program *prog;

static bool wants_header(Options *o, Package *p) { return p != prog->main || o->pkgdir; }

/* goc build/run: the program's packages, loaded and type-checked in
 * dependency order; exits 1 on errors. */
static Program *frontend(Options *o) {
	prog = o->pkgdir ? pkg_load_dir(o->pkgdir) : pkg_load_files(&o->files);
	if (!prog)
		exit(1);
	for (int i = 0; i < prog->pkgs.len; i++) {
		Package *p = prog->pkgs.data[i];
		/* like gc: syntax errors end the compilation after parsing; other
		 * errors found while parsing are reported together with type errors */
		int before = diag_nerrors - diag_unstash(p->parse_errors);
		if (!p->nsyntax)
			check_package(p);
		if (diag_nerrors > before)
			package_errors(p, wants_header(o, p));
		if (o->dump_ast)
			for (int k = 0; k < p->files.len; k++)
				ast_dump(stderr, p->files.data[k], 0);
	}
	return prog;
}

static int compile_to_object(Options *o, Package *pkg, const char *objpath) {
	ssa_config.optlevel = o->optlevel;
	const char *sf = getenv("GOSSAFUNC"), *sd = getenv("GOSSADIR");
	ssa_config.dumpfunc = sf && *sf ? sf : NULL;
	ssa_config.dumpdir = sd && *sd ? sd : NULL;
	BackendConfig bc = {.optlevel = o->optlevel, .debug_ir = o->dump_llvm, .dwarf = !o->nodwarf};
	static bool inited;
	if (!inited)
		amd64_init();
	inited = true;
	types_local_pkg = pkg->path;
	amd64_begin(pkg->path ? pkg->path : "main", &bc);
	bool report = !prog || pkg == prog->main;
	inline_package(pkg, debug_m && report);
	escape_package(pkg, escape_debug && report);
	ssa_config.check_bce = o->check_bce && report;
	StaticInit *si = staticinit_package(pkg);
	amd64_static_data(si);
	ssagen_package(pkg, si, emit_func);
	diag_notes_flush();
	if (diag_nerrors) /* "X not supported yet by goc" */
		package_errors(pkg, prog && wants_header(o, pkg));
	amd64_globals(pkg);
	return amd64_finish(objpath, o->asm_listing ? "-" : NULL);
}

static char *temp_path(const char *suffix) {
	const char *dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	char *tmpl = arena_printf(perm, "%s/goc-XXXXXX", dir);
	int fd = mkstemp(tmpl);
	if (fd < 0) {
		fprintf(stderr, "goc: cannot create a temporary file in %s: %s\n", dir, strerror(errno));
		exit(1);
	}
	close(fd);
	unlink(tmpl);
	return arena_printf(perm, "%s%s", tmpl, suffix);
}

static int copy_file(const char *from, const char *to) {
	FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
	if (!in || !out) {
		fprintf(stderr, "goc: cannot copy %s to %s: %s\n", from, to, strerror(errno));
		if (in)
			fclose(in);
		return 1;
	}
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		fwrite(buf, 1, n, out);
	fclose(in);
	return fclose(out) ? 1 : 0;
}

static const char *default_exe_name(Options *o) {
	/* go build x.go → x */
	const char *f = o->files.data[0];
	const char *base = strrchr(f, '/');
	base = base ? base + 1 : f;
	size_t n = strlen(base);
	if (n > 3 && !strcmp(base + n - 3, ".go"))
		n -= 3;
	return arena_strndup(perm, base, n);
}

/* go build ./cmd/x → x: the import path's last element, skipping a major
 * version suffix (example.com/m/v2 → m); outside a module the directory's. */
static const char *pkg_exe_name(Package *p) {
	const char *ip = strcmp(p->importpath, "command-line-arguments") ? p->importpath : p->dir ? p->dir : "a.out";
	const char *end = ip + strlen(ip);
	while (end > ip && end[-1] == '/')
		end--;
	const char *slash = end;
	while (slash > ip && slash[-1] != '/')
		slash--;
	bool major = end - slash >= 2 && slash[0] == 'v' && strspn(slash + 1, "0123456789") == (size_t)(end - slash - 1);
	if (major && slash > ip) {
		end = slash - 1;
		slash = end;
		while (slash > ip && slash[-1] != '/')
			slash--;
	}
	return end > slash ? arena_strndup(perm, slash, (size_t)(end - slash)) : "a.out";
}

/* Build the program; exe NULL: the default name. is_run: goc run (the
 * package must be main). */
static int cmd_build(Options *o, const char *exe, char *argv0, bool is_run) {
	frontend(o);
	Package *pkg = prog->main;
	bool is_main = pkg->name && !strcmp(pkg->name, "main");
	if (!is_main && (is_run || !o->pkgdir)) {
		if (o->pkgdir)
			fprintf(stderr, "package %s is not a main package\n", pkg->importpath);
		else
			fprintf(stderr, "goc build: package %s is not a main package (use goc compile)\n", pkg->name ? pkg->name : "?");
		return 1;
	}
	const char *rt = is_main ? ld_find_runtime(argv0) : NULL;
	if (is_main && !rt) {
		fprintf(stderr, "goc: cannot find the runtime library libgocrt.a next to the goc executable\n");
		return 1;
	}
	/* one object per package, imported packages first; the build cache
	 * has the ones whose sources (and imports) did not change */
	Vec objs = {0}, temps = {0};
	int rc = 0;
	const char *sf = getenv("GOSSAFUNC");
	bool cacheable = !o->asm_listing && !o->dump_llvm && !o->dump_ast && !ssa_config.check && !(sf && *sf) &&
	                 !ssa_config.dump_files && !o->debug_ssa;
	char cwd[4096];
	const char *stdoptions = arena_printf(perm, "-O%d -dwarf=%d -l=%d -inlclosures=%d", o->optlevel, !o->nodwarf,
	                                      inline_level, inline_closures);
	const char *options = arena_printf(perm, "%s %s", stdoptions,
	                                   o->nodwarf ? "" : getcwd(cwd, sizeof cwd) ? cwd : "");  // DWARF names the directory
	for (int i = 0; i < prog->pkgs.len && !rc; i++) {
		Package *p = prog->pkgs.data[i];
		/* -m explains the package built: compile it again, as go build -gcflags=-m does */
		const char *key = cacheable && !((escape_debug || o->check_bce) && p == prog->main) ? pkg_cache_key(p, p->std ? stdoptions : options) : NULL;
		const char *cached = pkg_cache_lookup(key);
		if (cached) {
			vec_push(&objs, (void *)cached);
			continue;
		}
		if (o->listpkgs)
			fprintf(stderr, "%s\n", p->importpath);
		char *obj = temp_path(".o");
		vec_push(&objs, obj);
		vec_push(&temps, obj);
		rc = compile_to_object(o, p, obj);
		if (!rc)
			pkg_cache_store(key, obj);
	}
	if (!rc && is_main) {
		if (!exe)
			exe = o->pkgdir ? pkg_exe_name(pkg) : default_exe_name(o);
		/* The linker replaces its output file by renaming a temporary over it;
		 * for -o /dev/null (or any non-regular file) link elsewhere and copy. */
		struct stat st;
		bool special = stat(exe, &st) == 0 && !S_ISREG(st.st_mode);
		const char *target = special ? temp_path("") : exe;
		rc = ld_link(target, (const char **)objs.data, objs.len, rt, o->strip, o->verbose) ? 1 : 0;
		if (special) {
			if (!rc)
				rc = copy_file(target, exe);
			unlink(target);
		}
	}
	for (int i = 0; i < temps.len; i++)
		unlink(temps.data[i]);
	free(objs.data);
	free(temps.data);
	return rc ? 1 : 0;
}

static Program *frontend(Options *o);

/* An import path the loader can look up (gc's checker reports the others). */
static bool plain_import_path(const char *lit) {
	size_t n = lit ? strlen(lit) : 0;
	if (n < 3 || (lit[0] != '"' && lit[0] != '`'))
		return false;
	for (size_t i = 1; i + 1 < n; i++) {
		char c = lit[i];
		if (!(c == '/' || c == '.' || c == '_' || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9')))
			return false;
	}
	return true;
}

static int cmd_compile(Options *o) {
	/* Files whose imports (other than unsafe) are all plain paths are
	 * loaded as goc build loads them, imports type-checked from source or
	 * the build cache; otherwise the checker reports the bad imports. */
	bool loader = false, bad = false;
	Package *parsed = parse_files(o);
	for (int i = 0; i < parsed->files.len; i++) {
		Node *f = parsed->files.data[i];
		for (int j = 0; f && j < f->list.len; j++) {
			Node *imp = f->list.data[j];
			if (!imp || imp->kind != N_IMPORT)
				continue;
			if (imp->lit && !strcmp(imp->lit, "\"unsafe\""))
				continue;
			if (plain_import_path(imp->lit))
				loader = true;
			else
				bad = true;
		}
	}
	Package *pkg;
	if (loader && !bad && !diag_nsyntax) {
		pkg = frontend(o)->main;
	} else {
		pkg = check_files(o, parsed);
	}
	const char *out = o->out;
	if (!out) {
		const char *d = default_exe_name(o);
		out = arena_printf(perm, "%s.o", d);
	}
	return compile_to_object(o, pkg, out) ? 1 : 0;
}

static int cmd_run(Options *o, char *argv0) {
	char *exe = temp_path("");
	int rc = cmd_build(o, exe, argv0, true);
	if (rc) {
		unlink(exe);
		return rc;
	}
	pid_t pid = fork();
	if (pid < 0) {
		perror("goc run: fork");
		return 1;
	}
	if (pid == 0) {
		char **args = calloc((size_t)o->run_args.len + 2, sizeof(char *));
		args[0] = exe;
		for (int i = 0; i < o->run_args.len; i++)
			args[i + 1] = o->run_args.data[i];
		execv(exe, args);
		perror("goc run: exec");
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
	}
	unlink(exe);
	if (WIFEXITED(status)) {
		if (WEXITSTATUS(status)) {
			/* like go run */
			fprintf(stderr, "exit status %d\n", WEXITSTATUS(status));
			return 1;
		}
		return 0;
	}
	if (WIFSIGNALED(status)) {
		fprintf(stderr, "signal: %s\n", strsignal(WTERMSIG(status)));
		return 1;
	}
	return 1;
}

int main(int argc, char **argv) {
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	opts.optlevel = 2;
	const char *cmd = argv[1];
	if (!strcmp(cmd, "version") || !strcmp(cmd, "-version") || !strcmp(cmd, "--version")) {
		printf("goc version %s (go1.19 language, LLVM %s) linux/amd64\n", GOC_VERSION, LLVM_VERSION_STRING);
		return 0;
	}
	if (!strcmp(cmd, "help") || !strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
		usage(stdout);
		return 0;
	}
	types_init();
	universe_init();
	if (!strcmp(cmd, "build")) {
		check_complete = true;  // go build passes gc -complete for packages without assembly
		parse_args(&opts, argc - 2, argv + 2, false, true);
		diag_nolimit = opts.nolimit;
		inline_level = opts.lower_l <= 1 ? 1 - opts.lower_l : opts.lower_l; /* gc's swap: -l is off, -l=N stays */
		return cmd_build(&opts, opts.out, argv[0], false);
	}
	if (!strcmp(cmd, "run")) {
		check_complete = true;
		parse_args(&opts, argc - 2, argv + 2, true, true);
		diag_nolimit = opts.nolimit;
		inline_level = opts.lower_l <= 1 ? 1 - opts.lower_l : opts.lower_l; /* gc's swap: -l is off, -l=N stays */
		return cmd_run(&opts, argv[0]);
	}
	if (!strcmp(cmd, "ssatest")) /* testdata/ssa: SSA text in, one pass, SSA text out */
		return ssa_test_main(argc - 2, argv + 2);
	if (!strcmp(cmd, "compile") || !strcmp(cmd, "tool")) {
		int skip = 2;
		if (!strcmp(cmd, "tool")) { /* goc tool compile ... */
			if (argc < 3 || strcmp(argv[2], "compile"))
				die_usage("unknown tool %s", argc > 2 ? argv[2] : "");
			skip = 3;
		}
		parse_args(&opts, argc - skip, argv + skip, false, false);
		diag_nolimit = opts.nolimit;
		inline_level = opts.lower_l <= 1 ? 1 - opts.lower_l : opts.lower_l; /* gc's swap: -l is off, -l=N stays */
		return cmd_compile(&opts);
	}
	die_usage("unknown command %s", cmd);
	return 2;
}
