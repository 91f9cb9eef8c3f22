/* listing.c — what the back end adds to GOSSAFUNC's ssa.html, and the
 * -d=ssa/genssa/dump file: the function's LLVM IR as handed to LLVM, its
 * optimised LLVM IR, and its amd64 assembly, each line with the Go source
 * line it comes from.
 *
 * amd64_func hands the Func over (amd64_listing_func): its HtmlWriter and
 * genssa dump path are kept, by symbol, until the module is done, because
 * optimisation and code generation work on the whole module. amd64_finish
 * then calls amd64_listing_ir before and after the optimisation pipeline,
 * amd64_listing_asm before writing the object, and amd64_listing_close.
 *
 * Where lines come from:
 *   - LLVM IR: the function printed by LLVM, one instruction per line in
 *     instruction order; each instruction line takes the debug location of
 *     the instruction (LLVMGetDebugLocLine/Filename: the innermost
 *     location, as gc's genssa column shows, so code LLVM inlined from
 *     another file says that file). Lines that are not instructions (the
 *     define, block labels, #dbg_ records) have none; if the count of
 *     instruction lines is not that of instructions, no line gets one
 *     rather than a wrong one.
 *   - assembly: the module emitted as assembly text (a clone: code
 *     generation changes the module), from the function's label to its
 *     .Lfunc_end; `.loc FILE LINE` directives give the position of what
 *     follows, `.file N "dir" "name"` the file names. The directives
 *     themselves, CFI and .Ltmp labels are left out.
 * Without DWARF (-dwarf=false) there are no locations: the listings carry
 * no lines.
 *
 * Invariant: nothing here points into a Func after amd64_listing_func.
 */
#include "amd64.h"

typedef struct Pending {
	char *symbol;
	HtmlWriter *html;  // NULL: only the genssa dump
	char *genssa;      // the genssa dump file, or NULL
} Pending;

static Vec pending; // Pending*: this module's functions to list

void amd64_listing_func(Func *f) {
	bool genssa = ssa_config.dump_files && ssa_genssa_dump_wanted(f);
	if (!f->html && !genssa)
		return;
	Pending *p = calloc(1, sizeof *p);
	p->symbol = strdup(f->symbol ? f->symbol : f->name);
	p->html = f->html;
	p->genssa = genssa ? ssa_dump_path(f, "genssa") : NULL;
	f->html = NULL;
	vec_push(&pending, p);
}

/* ---- lines of text ---- */

typedef struct Lines {
	HtmlLine *l;
	int n, cap;
	Arena a;           // the texts and file names
} Lines;

static void add_line(Lines *ls, const char *text, size_t len, const char *file, int line) {
	if (ls->n == ls->cap) {
		ls->cap = ls->cap ? 2 * ls->cap : 256;
		ls->l = realloc(ls->l, sizeof *ls->l * (size_t)ls->cap);
	}
	ls->l[ls->n++] = (HtmlLine){arena_strndup(&ls->a, text, len), file, line};
}

static void free_lines(Lines *ls) {
	free(ls->l);
	arena_reset(&ls->a);
	memset(ls, 0, sizeof *ls);
}

/* ---- LLVM IR ---- */

/* The source file of an instruction's debug location, or NULL. */
static const char *loc_file(Lines *ls, LLVMValueRef inst) {
	unsigned dn = 0, fn = 0;
	const char *dir = LLVMGetDebugLocDirectory(inst, &dn);
	const char *name = LLVMGetDebugLocFilename(inst, &fn);
	if (!name || !fn)
		return NULL;
	if (name[0] == '/' || !dir || !dn)
		return arena_strndup(&ls->a, name, fn);
	return arena_printf(&ls->a, "%.*s/%.*s", (int)dn, dir, (int)fn, name);
}

/* An instruction's line as LLVM prints it: two spaces, then the
 * instruction (labels start in column 0, #dbg_ records are indented more). */
static bool is_inst_line(const char *s) {
	return s[0] == ' ' && s[1] == ' ' && s[2] && s[2] != ' ' && s[2] != '#' && s[2] != ';';
}

/* The text without ", !dbg !N" (the page shows the line instead). */
static size_t strip_dbg(char *s) {
	char *d = strstr(s, ", !dbg !");
	if (d) {
		char *e = d + 8;
		while (*e >= '0' && *e <= '9')
			e++;
		memmove(d, e, strlen(e) + 1);
	}
	return strlen(s);
}

static void ir_lines(Lines *ls, LLVMValueRef fn) {
	Vec insts = {0};
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
			vec_push(&insts, i);
	char *text = LLVMPrintValueToString(fn);
	int first = ls->n, k = 0;
	for (char *p = text; *p;) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = 0;
		if (is_inst_line(p) && k < insts.len) {
			LLVMValueRef inst = VEC_AT(insts, k++);
			size_t n = strip_dbg(p);
			add_line(ls, p, n, loc_file(ls, inst), (int)LLVMGetDebugLocLine(inst));
		} else if (is_inst_line(p)) {
			k++;
			add_line(ls, p, strlen(p), NULL, 0);
		} else if (*p || nl) {
			add_line(ls, p, strlen(p), NULL, 0);
		}
		if (!nl)
			break;
		p = nl + 1;
	}
	if (k != insts.len) /* not one line per instruction: no line is trusted */
		for (int i = first; i < ls->n; i++)
			ls->l[i].line = 0;
	LLVMDisposeMessage(text);
	free(insts.data);
}

void amd64_listing_ir(const char *phase, const char *title, bool link_names) {
	for (int i = 0; i < pending.len; i++) {
		Pending *p = VEC_AT(pending, i);
		if (!p->html)
			continue;
		Lines ls = {0};
		LLVMValueRef fn = LLVMGetNamedFunction(be.mod, p->symbol);
		if (fn && LLVMCountBasicBlocks(fn)) {
			ir_lines(&ls, fn);
		} else {
			const char *why = fn ? "only a declaration of %s is left: LLVM inlined it into its callers"
			                     : "%s is not in the module: LLVM inlined it into its callers and removed it";
			char *msg = arena_printf(&ls.a, why, p->symbol);
			add_line(&ls, msg, strlen(msg), NULL, 0);
		}
		ssa_html_listing(p->html, phase, title, ls.l, ls.n, link_names ? HTML_LINK_NAMES : 0);
		free_lines(&ls);
	}
}

/* ---- assembly ---- */

enum { MAXFILES = 1024 };

/* The function's lines in the assembly text. files: the .file table. */
static bool asm_lines(Lines *ls, const char *text, size_t len, const char *sym, char **files) {
	const char *p = text, *end = text + len;
	size_t sl = strlen(sym);
	/* its label: `sym:` or `"sym":` at the start of a line */
	for (;;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		size_t n = (size_t)(e - p);
		if ((n == sl + 1 && !memcmp(p, sym, sl) && p[sl] == ':') ||
		    (n == sl + 3 && p[0] == '"' && !memcmp(p + 1, sym, sl) && p[sl + 1] == '"' && p[sl + 2] == ':'))
			break;
		if (!nl)
			return false;
		p = nl + 1;
	}
	const char *file = NULL;
	int line = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		const char *q = p;
		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		size_t n = (size_t)(e - q);
		long fno, lno;
		if (n >= 10 && !memcmp(q, ".Lfunc_end", 10))
			break;
		char *dir = arena_strndup(&ls->a, q, n); /* NUL-terminated for sscanf */
		if (sscanf(dir, ".loc %ld %ld", &fno, &lno) == 2) {
			file = fno >= 0 && fno < MAXFILES ? files[fno] : NULL;
			line = lno > 0 && lno < 1L << 30 ? (int)lno : 0;
		} else if (!(n >= 5 && !memcmp(q, ".cfi_", 5)) && !(n >= 5 && !memcmp(q, ".Ltmp", 5)) &&
		           !(n >= 12 && !memcmp(q, ".Lfunc_begin", 12)) &&
		           !(n >= 12 && !memcmp(q, "#DEBUG_VALUE", 12)) && n > 0) {
			add_line(ls, p, (size_t)(e - p), file, line);
		}
		p = nl ? nl + 1 : end;
	}
	return true;
}

/* `.file N "dir" "name" [md5 ...]` or `.file N "name"` */
static void asm_files(const char *text, size_t len, char **files, Arena *a) {
	const char *p = text, *end = text + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		const char *q = p;
		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		if (e - q > 6 && !memcmp(q, ".file", 5)) {
			char *d = arena_strndup(a, q, (size_t)(e - q));
			long n;
			char s1[1024], s2[1024];
			int k = sscanf(d, ".file %ld \"%1023[^\"]\" \"%1023[^\"]\"", &n, s1, s2);
			if (k >= 2 && n >= 0 && n < MAXFILES)
				files[n] = k == 3 && s2[0] != '/' ? arena_printf(a, "%s/%s", s1, s2) : arena_strdup(a, k == 3 ? s2 : s1);
		}
		p = nl ? nl + 1 : end;
	}
}

/* gc's genssa dump: "# file:line" where the position changes, then each
 * instruction after its position as the SSA dumps write it. */
static void write_genssa(const char *path, Lines *ls) {
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "goc: Unable to create after-phase dump file %s\n", path);
		return;
	}
	const char *file = NULL;
	int line = 0;
	for (int i = 0; i < ls->n; i++) {
		HtmlLine *l = &ls->l[i];
		if (l->line && (l->line != line || !file || !l->file || strcmp(file, l->file))) {
			fprintf(f, "# %s:%d\n", l->file ? l->file : "?", l->line);
			file = l->file;
			line = l->line;
		}
		const char *t = l->text;
		while (*t == '\t')
			t++;
		if (l->line)
			fprintf(f, "(%d)\t%s\n", l->line, t);
		else
			fprintf(f, "(?)\t%s\n", t);
	}
	fclose(f);
}

void amd64_listing_asm(void) {
	if (!pending.len)
		return;
	LLVMModuleRef m = LLVMCloneModule(be.mod);
	LLVMMemoryBufferRef buf = NULL;
	char *err = NULL;
	if (LLVMTargetMachineEmitToMemoryBuffer(be.tm, m, LLVMAssemblyFile, &err, &buf)) {
		fprintf(stderr, "goc: assembly for ssa.html: %s\n", err);
		LLVMDisposeMessage(err);
		LLVMDisposeModule(m);
		return;
	}
	const char *text = LLVMGetBufferStart(buf);
	size_t len = LLVMGetBufferSize(buf);
	Arena fa = {0};
	char **files = calloc(MAXFILES, sizeof *files);
	asm_files(text, len, files, &fa);
	for (int i = 0; i < pending.len; i++) {
		Pending *p = VEC_AT(pending, i);
		Lines ls = {0};
		if (!asm_lines(&ls, text, len, p->symbol, files)) {
			char *msg = arena_printf(&ls.a, "%s has no code in the object: LLVM inlined it into its callers and removed it",
			                         p->symbol);
			add_line(&ls, msg, strlen(msg), NULL, 0);
		}
		ssa_html_listing(p->html, "asm", "amd64 assembly", ls.l, ls.n, 0);
		if (p->genssa)
			write_genssa(p->genssa, &ls);
		free_lines(&ls);
	}
	free(files);
	arena_reset(&fa);
	LLVMDisposeMemoryBuffer(buf);
	LLVMDisposeModule(m);
}

void amd64_listing_close(void) {
	for (int i = 0; i < pending.len; i++) {
		Pending *p = VEC_AT(pending, i);
		ssa_html_close(p->html);
		free(p->symbol);
		free(p->genssa);
		free(p);
	}
	pending.len = 0;
}
