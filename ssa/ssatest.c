/* ssatest.c — goc ssatest: SSA text in, one pass, SSA text out (QBE's
 * tests, gc's "GOSSAFUNC dump as a test"). A test, testdata/ssa/NAME.ssa:
 *
 *	// pass: opt                         the pass to run (its name in compile.c's table;
 *	                                     "deadcode" finds "early deadcode")
 *	// cleanup: copyelim, deadcode       optional: passes run after it, in order
 *	// debug: nil                        optional: -d=nil, its lines go to the output
 *	// type T struct{a int; b *int}      optional: a named type the text uses
 *	// ... any other comment
 *	f func(int) int                      the input, as GOSSAFUNC dumps print it
 *	  b1:
 *	  ...
 *	// want:
 *	f func(int) int                      the expected output of ssa_print
 *	  ...
 *
 * Each test runs in a child process (a verifier failure exits): the input
 * is parsed (parse.c), verified (ssa_check), run through the pass and the
 * cleanup passes with the verifier after each, printed, and compared line
 * by line with the want section, comment and blank lines ignored. Prints
 * "[PASS] NAME" or "[FAIL] NAME" and a unified diff (want → got), and at
 * the end "N passed, M failed"; the exit status is 1 if any failed.
 * goc ssatest -u rewrites each want section with what the pass printed
 * (review the change before committing it).
 */
#include "ssa.h"
#include <sys/wait.h>
#include <unistd.h>

typedef struct Test {
	const char *path, *name;
	char *text;       // the whole file
	Vec header;       // char*: the leading comment lines, without "// "
	char *input;      // the function
	char *want;       // what follows "// want:" (NULL if absent)
	size_t want_off;  // where the want section starts in text
} Test;

static char *trim(char *s) {
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = 0;
	return s;
}

static bool load_test(Test *t, const char *path) {
	size_t len;
	t->path = path;
	const char *slash = strrchr(path, '/');
	t->name = slash ? slash + 1 : path;
	t->text = read_file(path, &len);
	if (!t->text)
		return false;
	/* header: the leading comment lines */
	char *s = t->text;
	while (*s == '/' && s[1] == '/') {
		char *e = strchr(s, '\n');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		vec_push(&t->header, trim(arena_strndup(perm, s + 2, n - 2)));
		s = e ? e + 1 : s + n;
	}
	/* the want section */
	char *w = strstr(t->text, "\n// want:");
	t->input = arena_strndup(perm, t->text, w ? (size_t)(w + 1 - t->text) : strlen(t->text));
	if (w) {
		char *e = strchr(w + 1, '\n');
		t->want_off = e ? (size_t)(e + 1 - t->text) : strlen(t->text);
		t->want = t->text + t->want_off;
	}
	return true;
}

/* the value of "key: value" in the header, or NULL */
static const char *header_value(Test *t, const char *key) {
	size_t n = strlen(key);
	for (int i = 0; i < t->header.len; i++) {
		const char *h = VEC_AT(t->header, i);
		if (strncmp(h, key, n) == 0 && h[n] == ':')
			return trim(arena_strdup(perm, h + n + 1));
	}
	return NULL;
}

/* "// type T struct{...}": a type named T (in package main) */
static const char *declare_types(Test *t, StrMap *named) {
	for (int i = 0; i < t->header.len; i++) {
		const char *h = VEC_AT(t->header, i);
		if (strncmp(h, "type ", 5) != 0)
			continue;
		const char *name = h + 5, *sp = strchr(name, ' ');
		if (!sp)
			return arena_printf(perm, "bad type declaration: %s", h);
		name = intern(name, (size_t)(sp - name));
		char *err;
		Type *u = ssa_parse_type(sp + 1, named, &err);
		if (!u)
			return arena_printf(perm, "type %s: %s", name, err);
		Obj *o = NEW(perm, Obj);
		o->kind = OBJ_TYPE;
		o->name = name;
		o->pkg = "main";
		Type *nt = type_new(u->kind); /* as the checker makes defined types */
		int id = nt->id;
		*nt = *u;
		nt->id = id;
		nt->named = o;
		nt->under = u;
		nt->ptr_to = nt->slice_of = NULL;
		nt->size = nt->align = -1;
		nt->backend = nt->rtype = NULL;
		o->type = nt;
		strmap_put(named, name, nt);
		strmap_put(named, arena_printf(perm, "main.%s", name), nt);
	}
	return NULL;
}

/* lines of s that are not blank or comments */
static void split_lines(const char *s, Vec *out) {
	while (s && *s) {
		const char *e = strchr(s, '\n');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		char *line = arena_strndup(perm, s, n);
		char *tl = trim(arena_strdup(perm, line));
		if (*tl && !(tl[0] == '/' && tl[1] == '/'))
			vec_push(out, line);
		s = e ? e + 1 : s + n;
	}
}

/* A unified diff of want and got (LCS over lines), 3 lines of context. */
static void print_diff(Vec *a, Vec *b) {
	int n = a->len, m = b->len;
	int *lcs = calloc((size_t)(n + 1) * (size_t)(m + 1), sizeof(int));
#define L(i, j) lcs[(size_t)(i) * (size_t)(m + 1) + (size_t)(j)]
	for (int i = n - 1; i >= 0; i--)
		for (int j = m - 1; j >= 0; j--)
			L(i, j) = strcmp(VEC_AT(*a, i), VEC_AT(*b, j)) == 0 ? L(i + 1, j + 1) + 1
			          : L(i + 1, j) > L(i, j + 1) ? L(i + 1, j) : L(i, j + 1);
	/* the edit script: ' ', '-', '+' with the line */
	int ne = 0;
	char *op = malloc((size_t)(n + m + 1));
	const char **line = malloc(sizeof(char *) * (size_t)(n + m + 1));
	for (int i = 0, j = 0; i < n || j < m;) {
		if (i < n && j < m && strcmp(VEC_AT(*a, i), VEC_AT(*b, j)) == 0)
			op[ne] = ' ', line[ne++] = VEC_AT(*a, i), i++, j++;
		else if (i < n && (j == m || L(i + 1, j) >= L(i, j + 1)))
			op[ne] = '-', line[ne++] = VEC_AT(*a, i), i++;
		else
			op[ne] = '+', line[ne++] = VEC_AT(*b, j), j++;
	}
#undef L
	printf("--- want\n+++ got\n");
	for (int k = 0; k < ne;) {
		if (op[k] == ' ') {
			k++;
			continue;
		}
		/* a hunk: 3 lines of context around changes less than 7 lines apart */
		int start = k >= 3 ? k - 3 : 0, last = k;
		for (int q = k + 1; q < ne; q++)
			if (op[q] != ' ') {
				if (q - last - 1 > 6)
					break;
				last = q;
			}
		int end = last + 4 < ne ? last + 4 : ne;
		int ai = 1, bi = 1, na = 0, nb = 0;
		for (int q = 0; q < start; q++)
			ai += op[q] != '+', bi += op[q] != '-';
		for (int q = start; q < end; q++)
			na += op[q] != '+', nb += op[q] != '-';
		printf("@@ -%d,%d +%d,%d @@\n", ai, na, bi, nb);
		for (int q = start; q < end; q++)
			printf("%c%s\n", op[q], line[q]);
		k = end;
	}
	free(op);
	free(line);
	free(lcs);
}

/* read all of fd into a string */
static char *slurp(int fd) {
	StrBuf sb = {0};
	char buf[4096];
	lseek(fd, 0, SEEK_SET);
	for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;)
		sb_putn(&sb, buf, (size_t)n);
	return strdup(sb_cstr(&sb));
}

/* Runs in the child: 0 pass, 1 fail, 2 the test itself is broken. With
 * update, writes the output back as the want section. */
static int run_test(Test *t, bool update) {
	const char *pass = header_value(t, "pass");
	if (!pass) {
		printf("[FAIL] %s\n%s: no \"// pass:\" line in the header\n", t->name, t->path);
		return 2;
	}
	types_local_pkg = "main";
	diag_add_file(t->name); /* positions print as NAME.ssa:LINE */
	StrMap named = {0};
	const char *err = declare_types(t, &named);
	char *perr = NULL;
	Func *f = err ? NULL : ssa_parse(t->input, &named, &perr);
	if (!f) {
		printf("[FAIL] %s\n%s: %s\n", t->name, t->path, err ? err : perr);
		return 2;
	}
	const char *debug = header_value(t, "debug");
	if (debug && strcmp(debug, "nil") == 0)
		ssa_config.debug_nil = true;
	ssa_config.check = true;
	ssa_check(f);
	/* what the passes print (-d=nil) goes to the output too */
	fflush(stdout);
	int saved = dup(1);
	FILE *cap = tmpfile();
	dup2(fileno(cap), 1);
	Vec passes = {0};
	vec_push(&passes, (void *)pass);
	const char *cleanup = header_value(t, "cleanup");
	if (cleanup) {
		char *c = arena_strdup(perm, cleanup), *save;
		for (char *tok = strtok_r(c, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
			vec_push(&passes, trim(tok));
	}
	for (int i = 0; i < passes.len; i++) {
		if (!ssa_run_pass(f, VEC_AT(passes, i))) {
			fflush(stdout);
			dup2(saved, 1);
			printf("[FAIL] %s\n%s: no pass named \"%s\"\n", t->name, t->path, (char *)VEC_AT(passes, i));
			return 2;
		}
		ssa_check(f);
	}
	diag_notes_flush();
	ssa_print(stdout, f);
	fflush(stdout);
	dup2(saved, 1);
	char *got = slurp(fileno(cap));
	fclose(cap);

	if (update) {
		FILE *out = fopen(t->path, "w");
		if (!out) {
			printf("[FAIL] %s\ncannot write %s\n", t->name, t->path);
			return 2;
		}
		fwrite(t->text, 1, t->want ? t->want_off : strlen(t->text), out);
		if (!t->want)
			fputs("// want:\n", out);
		fputs(got, out);
		fclose(out);
		printf("[UPDATED] %s\n", t->name);
		return 0;
	}
	Vec w = {0}, g = {0};
	split_lines(t->want, &w);
	split_lines(got, &g);
	bool same = w.len == g.len;
	for (int i = 0; i < w.len && same; i++)
		same = strcmp(VEC_AT(w, i), VEC_AT(g, i)) == 0;
	if (!t->want)
		printf("[FAIL] %s\n%s: no \"// want:\" section; the output was:\n%s", t->name, t->path, got);
	else if (!same) {
		printf("[FAIL] %s\n", t->name);
		print_diff(&w, &g);
	} else {
		printf("[PASS] %s\n", t->name);
	}
	fflush(stdout);
	return t->want && same ? 0 : 1;
}

int ssa_test_main(int argc, char **argv) {
	bool update = false;
	int passed = 0, failed = 0;
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-u") == 0) {
			update = true;
			continue;
		}
		Test t = {0};
		if (!load_test(&t, argv[i])) {
			printf("[FAIL] %s\ncannot read %s\n", argv[i], argv[i]);
			failed++;
			continue;
		}
		fflush(stdout);
		pid_t pid = fork();
		if (pid < 0) {
			perror("goc ssatest: fork");
			return 2;
		}
		if (pid == 0) {
			int rc = run_test(&t, update);
			fflush(stdout);
			_exit(rc);
		}
		int status;
		while (waitpid(pid, &status, 0) < 0)
			;
		if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
			passed++;
		} else {
			if (!WIFEXITED(status) || WEXITSTATUS(status) > 2) /* the verifier or a crash ended it */
				printf("[FAIL] %s (%s %d)\n", t.name, WIFEXITED(status) ? "exit status" : "signal",
				       WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
			failed++;
		}
		free(t.text);
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
