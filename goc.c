/* goc.c — the command: goc build | run | compile | version | help.
 *
 * The pipeline, in order: parse every file (frontend/parse.y) → type-check the
 * package (frontend/check.c) → build SSA one function at a time
 * (ssa/ssagen.c) → run the pass table (ssa/compile.c) → lower to LLVM
 * (backend/amd64) → emit an object → link it with the runtime archive into a
 * static ELF (linker/). User errors end the run with exit status 1 after the
 * front end has printed them gc-style; compiler bugs exit 3.
 */
#include "frontend/frontend.h"
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
	bool verbose;          // -v / -x: show the link command
	bool nolimit;          // -e: no limit on the number of errors
	Vec files;             // const char*
	Vec run_args;          // const char* (goc run ... -- args)
} Options;

static const char *progname = "goc";

static void usage(FILE *f) {
	fprintf(f,
		"goc is an ahead-of-time compiler for Go (the Go 1.19 language).\n"
		"\n"
		"Usage:\n"
		"\tgoc build [-o out] [flags] file.go...   compile package main into a static executable\n"
		"\tgoc run [flags] file.go... [-- args]     build and run\n"
		"\tgoc compile [-o file.o] [flags] file.go...  compile one package to an object file\n"
		"\tgoc version                              print goc's version\n"
		"\tgoc help                                 this text\n"
		"\n"
		"Flags (spelled as gc spells them; -gcflags='...' is accepted too):\n"
		"\t-o file        output file\n"
		"\t-O0 -O1 -O2    optimisation level (default -O2); -N is -O0\n"
		"\t-S             print the generated amd64 assembly on stdout\n"
		"\t-d=ssa/check/on  verify the SSA after every pass\n"
		"\t-d=ast         dump the type-checked AST\n"
		"\t-d=llvm        dump the LLVM IR before optimisation\n"
		"\t-e             no limit on the number of errors reported\n"
		"\t-v, -x         print the commands run (link step)\n"
		"\n"
		"Environment:\n"
		"\tGOSSAFUNC=name+  print function name's SSA after each pass (gc's text format)\n"
		"\n"
		"Accepted and ignored for gc compatibility: -p path, -l, -C, -complete, -std, -+,\n"
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
		if (!strcmp(tok, "ssa/check/on"))
			ssa_config.check = true;
		else if (!strcmp(tok, "ast"))
			o->dump_ast = true;
		else if (!strcmp(tok, "llvm"))
			o->dump_llvm = true;
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
	} else if (!strcmp(a, "-v") || !strcmp(a, "-x")) {
		o->verbose = true;
	} else if (!strncmp(a, "-d=", 3)) {
		parse_d(o, a + 3);
	} else if (!strcmp(a, "-d")) {
		if (!argv || *i + 1 >= argc)
			die_usage("flag needs an argument: %s", a);
		parse_d(o, argv[++*i]);
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
	} else if (!strncmp(a, "-p=", 3) || !strncmp(a, "-lang=", 6) || !strncmp(a, "-importcfg=", 11) ||
	           !strncmp(a, "-buildid=", 9) || !strncmp(a, "-trimpath=", 10) || !strcmp(a, "-l") ||
	           !strncmp(a, "-l=", 3) || !strcmp(a, "-C") || !strcmp(a, "-complete") || !strcmp(a, "-std") ||
	           !strcmp(a, "-+") || !strcmp(a, "-pack") || !strcmp(a, "-nolocalimports") || !strcmp(a, "-0") ||
	           !strcmp(a, "-m") || !strncmp(a, "-m=", 3) || !strcmp(a, "-live") || !strcmp(a, "-w") ||
	           !strcmp(a, "-race") || !strncmp(a, "-asmhdr", 7) || !strcmp(a, "-dynlink") ||
	           !strncmp(a, "-spectre", 8) || !strcmp(a, "-smallframes") || !strcmp(a, "-wb=false") ||
	           !strncmp(a, "-c=", 3) || !strcmp(a, "-B") || !strcmp(a, "-K") || !strcmp(a, "-h") ||
	           !strcmp(a, "-r") || !strcmp(a, "-j") || !strcmp(a, "-t") || !strcmp(a, "-s") ||
	           !strcmp(a, "-u") || !strcmp(a, "-W")) {
		/* accepted for gc compatibility; -m/-l (escape analysis, inlining) come with their own issue */
	} else {
		die_usage("flag provided but not defined: %s", a);
	}
}

static void parse_args(Options *o, int argc, char **argv, bool allow_run_args) {
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (allow_run_args && !strcmp(a, "--")) {
			for (i++; i < argc; i++)
				vec_push(&o->run_args, argv[i]);
			break;
		}
		if (a[0] == '-' && a[1] && o->files.len == 0) {
			parse_flag(o, a, &i, argc, argv);
		} else if (a[0] == '-' && a[1] && !allow_run_args) {
			parse_flag(o, a, &i, argc, argv);
		} else {
			size_t n = strlen(a);
			if (allow_run_args && o->files.len > 0 && (n < 3 || strcmp(a + n - 3, ".go"))) {
				/* goc run x.go arg1 arg2: like go run, args after the files */
				for (; i < argc; i++)
					vec_push(&o->run_args, argv[i]);
				break;
			}
			vec_push(&o->files, (void *)a);
		}
	}
	if (o->files.len == 0)
		die_usage("%s", "no Go files listed");
}

/* ---- the compilation itself ---- */

static Options opts;

static void emit_func(Func *f) {
	if (diag_nerrors)
		return;
	ssa_compile(f);
	amd64_func(f);
}

/* Front end and SSA for all files; returns the package or exits 1 on errors. */
static Package *frontend(Options *o) {
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

static int compile_to_object(Options *o, Package *pkg, const char *objpath) {
	ssa_config.optlevel = o->optlevel;
	const char *sf = getenv("GOSSAFUNC");
	ssa_config.dumpfunc = sf && *sf ? sf : NULL;
	BackendConfig bc = {.optlevel = o->optlevel, .debug_ir = o->dump_llvm};
	amd64_init();
	amd64_begin(pkg->path ? pkg->path : "main", &bc);
	ssagen_package(pkg, emit_func);
	if (diag_flush())
		exit(1);
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

static int cmd_build(Options *o, const char *exe, char *argv0) {
	Package *pkg = frontend(o);
	if (!pkg->name || strcmp(pkg->name, "main")) {
		fprintf(stderr, "goc build: package %s is not a main package (use goc compile)\n", pkg->name ? pkg->name : "?");
		return 1;
	}
	char *obj = temp_path(".o");
	int rc = compile_to_object(o, pkg, obj);
	if (rc) {
		unlink(obj);
		return rc;
	}
	const char *rt = ld_find_runtime(argv0);
	if (!rt) {
		fprintf(stderr, "goc: cannot find the runtime library libgocrt.a next to the goc executable\n");
		unlink(obj);
		return 1;
	}
	const char *objs[] = {obj};
	/* The linker replaces its output file by renaming a temporary over it;
	 * for -o /dev/null (or any non-regular file) link elsewhere and copy. */
	struct stat st;
	bool special = stat(exe, &st) == 0 && !S_ISREG(st.st_mode);
	const char *target = special ? temp_path("") : exe;
	rc = ld_link(target, objs, 1, rt, o->verbose);
	unlink(obj);
	if (special) {
		if (!rc)
			rc = copy_file(target, exe);
		unlink(target);
	}
	return rc ? 1 : 0;
}

static int cmd_compile(Options *o) {
	Package *pkg = frontend(o);
	const char *out = o->out;
	if (!out) {
		const char *d = default_exe_name(o);
		out = arena_printf(perm, "%s.o", d);
	}
	return compile_to_object(o, pkg, out) ? 1 : 0;
}

static int cmd_run(Options *o, char *argv0) {
	char *exe = temp_path("");
	int rc = cmd_build(o, exe, argv0);
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
		parse_args(&opts, argc - 2, argv + 2, false);
		diag_nolimit = opts.nolimit;
		return cmd_build(&opts, opts.out ? opts.out : default_exe_name(&opts), argv[0]);
	}
	if (!strcmp(cmd, "run")) {
		parse_args(&opts, argc - 2, argv + 2, true);
		diag_nolimit = opts.nolimit;
		return cmd_run(&opts, argv[0]);
	}
	if (!strcmp(cmd, "compile") || !strcmp(cmd, "tool")) {
		int skip = 2;
		if (!strcmp(cmd, "tool")) { /* goc tool compile ... */
			if (argc < 3 || strcmp(argv[2], "compile"))
				die_usage("unknown tool %s", argc > 2 ? argv[2] : "");
			skip = 3;
		}
		parse_args(&opts, argc - skip, argv + skip, false);
		diag_nolimit = opts.nolimit;
		return cmd_compile(&opts);
	}
	die_usage("unknown command %s", cmd);
	return 2;
}
