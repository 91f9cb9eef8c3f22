/* diag.c — positions and user diagnostics, printed the way gc prints them.
 *
 * gc (cmd/compile/internal/base/print.go) filters errors as they arrive:
 * only one syntax error per line, and a non-syntax error is dropped when the
 * previous one was on the same line with the same text. Errors are then
 * sorted by position (stably) and identical adjacent lines are printed once.
 * When the tenth error arrives gc prints "too many errors" at its position
 * and stops; we queue everything and cut off at ten when flushing, which
 * gives the same output for the usual case of errors reported in order.
 */
#include "frontend.h"

Vec diag_files;
int diag_nerrors;
int diag_nsyntax;
bool diag_nolimit;

typedef struct Diag {
	Pos pos;
	char *msg; /* "file:line:col: text" */
	int seq;   /* arrival order, for a stable sort */
} Diag;

static Vec queue;          /* Diag* not yet printed */
static int nqueued;        /* arrival counter */
static bool cut_off;       /* "too many errors" has been printed */
static Pos last_syntax;    /* position of the last syntax error */
static Pos last_other;     /* position and text of the last other error */
static const char *last_other_msg;

int diag_add_file(const char *name) {
	vec_push(&diag_files, arena_strdup(perm, name));
	return diag_files.len - 1;
}

/* ---- inline bases (frontend.h) ---- */

static Vec inlbases; /* InlBase*, index = file field without POS_INLINED */

int pos_inlbase_new(uint16_t file, Pos call, struct Obj *callee) {
	if (inlbases.len >= POS_INLINED - 1)
		return -1;
	InlBase *b = NEW(perm, InlBase);
	b->file = pos_strip((Pos){1, 1, file}).file;
	b->call = call;
	b->callee = callee;
	vec_push(&inlbases, b);
	return POS_INLINED | (inlbases.len - 1);
}

const InlBase *pos_inlbase(Pos p) {
	if (!(p.file & POS_INLINED) || (p.file & ~POS_INLINED) >= inlbases.len)
		return NULL;
	return inlbases.data[p.file & ~POS_INLINED];
}

Pos pos_outer(Pos p) {
	for (const InlBase *b; (b = pos_inlbase(p)) != NULL;)
		p = b->call;
	return pos_strip(p);
}

Pos pos_strip(Pos p) {
	const InlBase *b = pos_inlbase(p);
	if (b)
		p.file = b->file;
	else if (p.file & POS_INLINED)
		p.file = 0xffff; /* a stale base: no file */
	return p;
}

void pos_inlbase_reset(void) { inlbases.len = 0; }

const char *pos_file(Pos p) {
	p = pos_strip(p);
	if (p.file < diag_files.len)
		return diag_files.data[p.file];
	return "?";
}

const char *pos_str(Pos p) {
	static char buf[4][512];
	static int next;
	char *b = buf[next++ & 3];
	if (p.line == 0)
		snprintf(b, sizeof buf[0], "<unknown line number>");
	else if (p.col == 0) /* //line directive without a column */
		snprintf(b, sizeof buf[0], "%s:%u", pos_file(p), (unsigned)p.line);
	else
		snprintf(b, sizeof buf[0], "%s:%u:%u", pos_file(p), (unsigned)p.line, (unsigned)p.col);
	return b;
}

static bool same_line(Pos a, Pos b) { return a.line != 0 && a.file == b.file && a.line == b.line; }

void diag_errorf(Pos p, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	StrBuf text = {0};
	sb_vprintf(&text, fmt, ap);
	va_end(ap);
	char *msg = sb_cstr(&text);

	if (strncmp(msg, "syntax error", 12) == 0) {
		/* one syntax error per line, whatever it says */
		if (same_line(last_syntax, p)) {
			sb_free(&text);
			return;
		}
		last_syntax = p;
		diag_nsyntax++;
	} else {
		if (same_line(last_other, p) && last_other_msg && strcmp(last_other_msg, msg) == 0) {
			sb_free(&text);
			return;
		}
		last_other = p;
		last_other_msg = arena_strdup(perm, msg);
	}

	Diag *d = NEW(perm, Diag);
	d->pos = p;
	d->seq = nqueued++;
	/* gc prints an error without a known position as just its text */
	d->msg = p.line ? arena_printf(perm, "%s: %s", pos_str(p), msg) : arena_strdup(perm, msg);
	sb_free(&text);
	vec_push(&queue, d);
	diag_nerrors++;
}

/* The queued errors are set aside (the loader parses several packages
 * before any is checked) and later queued again. */
void *diag_stash(void) {
	Vec *v = malloc(sizeof *v);
	*v = queue;
	memset(&queue, 0, sizeof queue);
	return v;
}

int diag_unstash(void *stash) {
	Vec *v = stash;
	for (int i = 0; v && i < v->len; i++)
		vec_push(&queue, v->data[i]);
	return v ? v->len : 0;
}

bool diag_error_on_line(Pos p) {
	for (int i = 0; i < queue.len; i++)
		if (same_line(((Diag *)queue.data[i])->pos, p))
			return true;
	return false;
}

void diag_warnf(Pos p, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	printf("%s: ", pos_str(p));
	vprintf(fmt, ap);
	printf("\n");
	va_end(ap);
	fflush(stdout);
}

/* Notes of the SSA passes (gc's Warnl: -d=ssa/check_bce/debug=1, -d=nil):
 * queued while the package compiles, then printed to stdout sorted by
 * position, identical adjacent lines once, an inlined position as its
 * outermost call site (gc's FlushErrors and FmtPos). */
static Vec notes; /* Diag* */

void diag_note(Pos p, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	char text[512];
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	Diag *d = NEW(perm, Diag);
	d->pos = pos_outer(p);
	d->msg = arena_printf(perm, "%s: %s", pos_str(d->pos), text);
	d->seq = notes.len;
	vec_push(&notes, d);
}

static int cmp_diag(const void *a, const void *b);

void diag_notes_flush(void) {
	if (notes.len > 1)
		qsort(notes.data, (size_t)notes.len, sizeof(void *), cmp_diag);
	const char *prev = NULL;
	for (int i = 0; i < notes.len; i++) {
		Diag *d = notes.data[i];
		if (!prev || strcmp(prev, d->msg) != 0)
			printf("%s\n", d->msg);
		prev = d->msg;
	}
	notes.len = 0;
	fflush(stdout);
}

int pos_cmp(Pos a, Pos b) {
	a = pos_strip(a);
	b = pos_strip(b);
	if (a.file != b.file)
		return a.file < b.file ? -1 : 1;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return 0;
}

static int cmp_diag(const void *a, const void *b) {
	const Diag *x = *(Diag *const *)a, *y = *(Diag *const *)b;
	int c = pos_cmp(x->pos, y->pos);
	if (c)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* go build shows a package's compiler output with the package directory
 * (absolute in the compiler's messages) replaced by its short form: after
 * a space, at the start of a line, and after a newline and a tab
 * (cmd/go's showOutput). */
static const char *rw_dir, *rw_short;

void diag_rewrite_dir(const char *dir, const char *shortdir) {
	rw_dir = dir;
	rw_short = shortdir;
}

static void put_line(const char *msg) {
	if (!rw_dir) {
		fprintf(stderr, "%s\n", msg);
		return;
	}
	size_t n = strlen(rw_dir);
	const char *p = msg;
	bool at_line = true; /* at the start of a line, or after "\n\t" or " " */
	while (*p) {
		if (at_line && strncmp(p, rw_dir, n) == 0) {
			fputs(rw_short, stderr);
			p += n;
			at_line = false;
			continue;
		}
		at_line = *p == ' ' || *p == '\n' || (*p == '\t' && p > msg && p[-1] == '\n');
		fputc(*p++, stderr);
	}
	fputc('\n', stderr);
}

int diag_flush(void) {
	if (queue.len > 1)
		qsort(queue.data, (size_t)queue.len, sizeof(void *), cmp_diag);
	static int printed; /* across flushes, like gc's running count */
	const char *prev = NULL;
	for (int i = 0; i < queue.len && !cut_off; i++) {
		Diag *d = queue.data[i];
		if (prev && strcmp(prev, d->msg) == 0)
			continue;
		prev = d->msg;
		put_line(d->msg);
		printed++;
		if (printed >= 10 && !diag_nolimit) {
			if (d->pos.line)
				put_line(arena_printf(perm, "%s: too many errors", pos_str(d->pos)));
			else
				fprintf(stderr, "too many errors\n");
			cut_off = true;
		}
	}
	queue.len = 0;
	fflush(stderr);
	return diag_nerrors;
}
