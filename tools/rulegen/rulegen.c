/* rulegen.c — turns ssa/rules/generic.rules into ssa/rewrite_generic.c
 * (gc's cmd/compile/internal/ssa/gen/rulegen.go, for goc's generic ops).
 *
 *	rulegen RULES OUT
 *
 * The rules use gc's syntax (see the header of generic.rules):
 *
 *	(Op <type> [auxint] {aux} args...) && cond => result
 *	(BlockKind controls... succs...) && cond => (BlockKind controls... succs...)
 *
 * On the match side the first occurrence of a name binds it (a value, the
 * type in <t>, the auxint in [c] as an int64_t, the aux in {s} typed by the
 * op's aux kind) and later occurrences must be equal; `_` matches anything;
 * `x:(Op ...)` binds the matched value; anything else in [] or {} is a C
 * expression the field must equal. Conditions, auxint and aux expressions
 * are C (helpers in ssa/rewrite.h). A rule is continued on the next lines
 * while its parentheses are open or it ends in "=>". `(a|b|c)` groups of
 * letters and digits, anywhere in a rule (gc: not inside [] or conditions),
 * expand it into one rule per alternative, all groups of the rule in step.
 *
 * For commutative ops (OPF_COMMUTATIVE in ops_generic.def, which this tool
 * includes) the two arguments are tried in both orders, as gc's
 * `for _i0 := 0; _i0 <= 1; _i0, v_0, v_1 = _i0+1, v_1, v_0` loop does.
 *
 * Results: a bare variable makes the matched value a Copy of it; an
 * (Op ...) rewrites the matched value in place (it keeps its id, position
 * and type unless <t> is given); nested (Op <t> ...) are new values in the
 * matched value's block, whose type must be given unless the op yields a
 * bool. Const8/16/32 results have their auxint sign-extended from their
 * width, goc's convention, and ConstBool's made 0 or 1. Each rewrite calls
 * rewrite_hit(LINE), LINE being the line of the rule's "=>" in RULES: its
 * name, as gc's rulegen names rules "generic.rules:LINE". That is also the
 * unit gc counts rules in: one per "=>", whatever its |-groups expand to.
 *
 * Differences from gc: auxints are untyped int64_t (narrow constants are
 * sign-extended), conditions and expressions are C, and a name bound on the
 * match side but used nowhere else is an error (use `_`).
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------- the op table ---------------- */

typedef struct OpDef {
	const char *name;
	int nargs;          // -1: variadic
	const char *aux;    // "AUX_INT", ...
	const char *flags;  // "OPF_MEMARG|OPF_FAULT0"
} OpDef;

static const OpDef ops[] = {
#define OP(name, nargs, aux, flags, doc) {#name, nargs, #aux, #flags},
#include "../../ssa/ops_generic.def"
#undef OP
};

typedef struct BlockDef {
	const char *name;
	int ncontrols, nsuccs;
} BlockDef;

static const BlockDef blocks[] = {
	{"Plain", 0, 1}, {"If", 1, 2}, {"Ret", 1, 0}, {"Exit", 1, 0}, {"First", 0, 2},
};

static const OpDef *find_op(const char *name) {
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (strcmp(ops[i].name, name) == 0)
			return &ops[i];
	return NULL;
}

static const BlockDef *find_block(const char *name) {
	for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++)
		if (strcmp(blocks[i].name, name) == 0)
			return &blocks[i];
	return NULL;
}

static bool commutative(const OpDef *op) { return strstr(op->flags, "OPF_COMMUTATIVE") != NULL; }

/* ops whose values are bools: nested results of these need no <type> */
static bool yields_bool(const char *op) {
	static const char *prefixes[] = {"Eq", "Neq", "Less", "Leq", "Not", "ConstBool", "AndB", "OrB", "IsNonNil", "IsInBounds", "IsSliceInBounds"};
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
		if (strncmp(op, prefixes[i], strlen(prefixes[i])) == 0)
			return true;
	return false;
}

/* ---------------- errors, strings ---------------- */

static const char *rules_path;
static int cur_line;

static _Noreturn void fatal(const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "%s:%d: ", rules_path, cur_line);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(1);
}

static void *xmalloc(size_t n) {
	void *p = calloc(1, n ? n : 1);
	if (!p) {
		perror("rulegen");
		exit(1);
	}
	return p;
}

static char *xstrndup(const char *s, size_t n) {
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	return p;
}

typedef struct Buf {
	char *s;
	size_t len, cap;
} Buf;

static void bprintf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bprintf(Buf *b, const char *fmt, ...) {
	va_list ap;
	for (;;) {
		va_start(ap, fmt);
		size_t avail = b->cap - b->len;
		int n = vsnprintf(b->s ? b->s + b->len : NULL, avail, fmt, ap);
		va_end(ap);
		if ((size_t)n < avail) {
			b->len += (size_t)n;
			return;
		}
		b->cap = (b->cap + (size_t)n + 1) * 2;
		char *ns = xmalloc(b->cap);
		if (b->s)
			memcpy(ns, b->s, b->len);
		free(b->s);
		b->s = ns;
	}
}

static bool is_ident_char(int c) { return isalnum(c) || c == '_'; }

static bool is_ident(const char *s) {
	if (!*s || isdigit((unsigned char)*s))
		return false;
	for (; *s; s++)
		if (!is_ident_char((unsigned char)*s))
			return false;
	return true;
}

/* occurrences of identifier id in s, as a whole token */
static int count_ident(const char *s, const char *id) {
	int n = 0;
	size_t len = strlen(id);
	for (const char *p = s; (p = strstr(p, id)) != NULL; p += len) {
		bool start = p == s || !is_ident_char((unsigned char)p[-1]);
		bool end = !is_ident_char((unsigned char)p[len]);
		if (start && end)
			n++;
	}
	return n;
}

/* collapse runs of white space into one space, trim */
static char *normalize_ws(const char *s) {
	Buf b = {0};
	bprintf(&b, "%s", "");
	bool space = false;
	for (; *s; s++) {
		if (isspace((unsigned char)*s)) {
			space = true;
			continue;
		}
		if (space && b.len > 0)
			bprintf(&b, " ");
		space = false;
		bprintf(&b, "%c", *s);
	}
	return b.s;
}

/* ---------------- s-expressions ---------------- */

enum { MAXARGS = 8 };

typedef struct Expr {
	char *bind;     // name in name:(...), or NULL
	char *var;      // a leaf: a variable or "_"
	char *op;       // a compound: op or block kind
	char *type, *auxint, *aux;
	struct Expr *args[MAXARGS];
	int nargs;
	char *text;     // the source text
} Expr;

static void skip_ws(const char **p) {
	while (isspace((unsigned char)**p))
		(*p)++;
}

/* text up to the bracket closing the one at *p */
static char *balanced(const char **p, char open, char close) {
	const char *s = *p + 1;
	int depth = 1;
	const char *q = s;
	for (; *q; q++) {
		if (*q == open)
			depth++;
		else if (*q == close && --depth == 0)
			break;
	}
	if (!*q)
		fatal("unbalanced %c", open);
	*p = q + 1;
	char *t = normalize_ws(xstrndup(s, (size_t)(q - s)));
	return t;
}

static Expr *parse_expr(const char **p) {
	skip_ws(p);
	const char *start = *p;
	Expr *e = xmalloc(sizeof *e);
	if (is_ident_char((unsigned char)**p)) {
		const char *q = *p;
		while (is_ident_char((unsigned char)*q))
			q++;
		char *name = xstrndup(*p, (size_t)(q - *p));
		if (*q != ':') {
			e->var = name;
			*p = q;
			e->text = name;
			return e;
		}
		e->bind = name;
		*p = q + 1;
		if (**p != '(')
			fatal("%s: expected ( after :", name);
	}
	if (**p != '(')
		fatal("expected ( or a name at \"%.20s\"", *p);
	(*p)++;
	skip_ws(p);
	const char *q = *p;
	while (is_ident_char((unsigned char)*q))
		q++;
	if (q == *p)
		fatal("missing op name at \"%.20s\"", *p);
	e->op = xstrndup(*p, (size_t)(q - *p));
	*p = q;
	for (;;) {
		skip_ws(p);
		char c = **p;
		if (c == ')') {
			(*p)++;
			break;
		}
		if (!c)
			fatal("unterminated (%s", e->op);
		if (c == '<')
			e->type = balanced(p, '<', '>');
		else if (c == '[')
			e->auxint = balanced(p, '[', ']');
		else if (c == '{')
			e->aux = balanced(p, '{', '}');
		else {
			if (e->nargs == MAXARGS)
				fatal("too many arguments to %s", e->op);
			e->args[e->nargs++] = parse_expr(p);
		}
	}
	e->text = normalize_ws(xstrndup(start, (size_t)(*p - start)));
	return e;
}

/* ---------------- rules ---------------- */

typedef struct Rule {
	int line;
	char *text;     // the whole rule, alternatives expanded
	Expr *match;
	char *cond;     // or NULL
	Expr *result;
	bool block;     // a block rule
} Rule;

static Rule **rules;
static int nrules, caprules;

/* the |-groups: "(" [A-Za-z0-9]* ("|" [A-Za-z0-9]*)+ ")" */
static const char *find_or(const char *s, const char **end) {
	for (const char *p = s; (p = strchr(p, '(')) != NULL; p++) {
		const char *q = p + 1;
		bool bar = false;
		while (isalnum((unsigned char)*q) || *q == '|') {
			bar |= *q == '|';
			q++;
		}
		if (bar && *q == ')') {
			*end = q + 1;
			return p;
		}
	}
	return NULL;
}

static void parse_rule(const char *text, int line);

static void expand_or(const char *text, int line) {
	const char *end;
	const char *g = find_or(text, &end);
	if (!g) {
		parse_rule(text, line);
		return;
	}
	int n = 0;
	for (const char *p = text; (g = find_or(p, &end)) != NULL; p = end) {
		int c = 1;
		for (const char *q = g; q < end; q++)
			c += *q == '|';
		if (n && n != c)
			fatal("'|' counts differ: %d and %d", n, c);
		n = c;
	}
	for (int i = 0; i < n; i++) {
		Buf b = {0};
		bprintf(&b, "%s", "");
		const char *p = text;
		while ((g = find_or(p, &end)) != NULL) {
			bprintf(&b, "%.*s", (int)(g - p), p);
			const char *alt = g + 1;
			for (int k = 0; k < i; k++)
				alt = strchr(alt, '|') + 1;
			size_t len = strcspn(alt, "|)");
			bprintf(&b, "%.*s", (int)len, alt);
			p = end;
		}
		bprintf(&b, "%s", p);
		parse_rule(b.s, line);
	}
}

static void parse_rule(const char *text, int line) {
	cur_line = line;
	Rule *r = xmalloc(sizeof *r);
	r->line = line;
	r->text = normalize_ws(text);
	const char *arrow = strstr(text, "=>");
	if (!arrow)
		fatal("rule without =>");
	const char *p = text;
	r->match = parse_expr(&p);
	if (!r->match->op)
		fatal("a rule must match an (Op ...)");
	skip_ws(&p);
	if (p < arrow) {
		if (strncmp(p, "&&", 2) != 0)
			fatal("expected && or => after the match");
		r->cond = normalize_ws(xstrndup(p + 2, (size_t)(arrow - p - 2)));
	}
	p = arrow + 2;
	r->result = parse_expr(&p);
	skip_ws(&p);
	if (*p)
		fatal("junk after the result: %s", p);
	r->block = find_op(r->match->op) == NULL;
	if (r->block && !find_block(r->match->op))
		fatal("no op or block kind %s", r->match->op);
	if (nrules == caprules) {
		caprules = caprules ? 2 * caprules : 256;
		Rule **nr = xmalloc(sizeof *nr * (size_t)caprules);
		if (rules)
			memcpy(nr, rules, sizeof *nr * (size_t)nrules);
		rules = nr;
	}
	rules[nrules++] = r;
}

static void read_rules(const char *path) {
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(1);
	}
	Buf rule = {0};
	int depth = 0, start = 0, arrow = 0, lineno = 0;
	char line[4096];
	while (fgets(line, sizeof line, f)) {
		lineno++;
		char *c = strstr(line, "//");
		if (c)
			*c = 0;
		char *s = line;
		while (isspace((unsigned char)*s))
			s++;
		if (!*s)
			continue;
		if (rule.len == 0) {
			start = lineno;
			bprintf(&rule, "%s", "");
		}
		for (char *q = s; *q; q++)
			depth += (*q == '(') - (*q == ')');
		bprintf(&rule, " %s", s);
		if (!arrow && strstr(rule.s, "=>"))
			arrow = lineno;
		size_t len = strlen(rule.s);
		while (len > 0 && isspace((unsigned char)rule.s[len - 1]))
			len--;
		bool ends_arrow = len >= 2 && strncmp(rule.s + len - 2, "=>", 2) == 0;
		if (depth == 0 && arrow && !ends_arrow) {
			char *text = rule.s;
			rule = (Buf){0};
			cur_line = arrow;
			expand_or(text, arrow);
			arrow = 0;
		} else if (depth < 0) {
			cur_line = start;
			fatal("unbalanced )");
		}
	}
	if (rule.len) {
		cur_line = start;
		fatal("unterminated rule");
	}
	fclose(f);
}

/* ---------------- generating matches ---------------- */

typedef struct Gen {
	Buf *out;
	Rule *r;
	int loops;      // commutative loops open: a mismatch continues the innermost
	int closes;     // braces to close at the end of the rule
	char *bound[64];
	int nbound;
	int nresult;    // temporaries of the result
	const char *pos;// position of new values
	const char *at; // block of new values
} Gen;

static bool is_bound(Gen *g, const char *name) {
	for (int i = 0; i < g->nbound; i++)
		if (strcmp(g->bound[i], name) == 0)
			return true;
	return false;
}

static void bind(Gen *g, const char *name) {
	if (g->nbound == 64)
		fatal("too many names");
	/* a binding nothing else reads would be an unused C variable */
	if (count_ident(g->r->text, name) < 2)
		fatal("%s is bound but never used: write _", name);
	g->bound[g->nbound++] = (char *)name;
}

static const char *fail(Gen *g) { return g->loops ? "continue" : "break"; }

static void indent(Gen *g) {
	bprintf(g->out, "\t\t");
	for (int i = 0; i < g->loops; i++)
		bprintf(g->out, "\t");
}

static const char *aux_ctype(const OpDef *op) {
	const char *k = op->aux;
	if (!strcmp(k, "AUX_STRING"))
		return "SsaString *";
	if (!strcmp(k, "AUX_TYP") || !strcmp(k, "AUX_TYPSIZE"))
		return "Type *";
	if (!strcmp(k, "AUX_SYM") || !strcmp(k, "AUX_SYMOFF"))
		return "Obj *";
	if (!strcmp(k, "AUX_CALL"))
		return "AuxCall *";
	return "void *";
}

static void gen_match(Gen *g, Expr *e, const char *v, bool top);

/* match argument arg against the value held by C expression val */
static void gen_arg(Gen *g, Expr *arg, const char *val, const char *child) {
	if (arg->var) {
		if (strcmp(arg->var, "_") == 0)
			return;
		indent(g);
		if (is_bound(g, arg->var))
			bprintf(g->out, "if (%s != %s)\n", val, arg->var), indent(g), bprintf(g->out, "\t%s;\n", fail(g));
		else
			bind(g, arg->var), bprintf(g->out, "Value *%s = %s;\n", arg->var, val);
		return;
	}
	if (strcmp(val, child) != 0)
		indent(g), bprintf(g->out, "Value *%s = %s;\n", child, val);
	gen_match(g, arg, child, false);
}

static void gen_match(Gen *g, Expr *e, const char *v, bool top) {
	const OpDef *op = find_op(e->op);
	if (!op)
		fatal("no op %s", e->op);
	if (op->nargs >= 0 && op->nargs != e->nargs)
		fatal("%s has %d arguments, not %d", e->op, op->nargs, e->nargs);
	if (!top) {
		indent(g), bprintf(g->out, "if (%s->op != Op%s)\n", v, e->op);
		indent(g), bprintf(g->out, "\t%s;\n", fail(g));
	}
	if (op->nargs < 0)
		indent(g), bprintf(g->out, "if (%s->nargs != %d)\n", v, e->nargs), indent(g), bprintf(g->out, "\t%s;\n", fail(g));
	if (e->bind) {
		indent(g);
		if (is_bound(g, e->bind))
			bprintf(g->out, "if (%s != %s)\n", v, e->bind), indent(g), bprintf(g->out, "\t%s;\n", fail(g));
		else
			bind(g, e->bind), bprintf(g->out, "Value *%s = %s;\n", e->bind, v);
	}
	struct {
		const char *text, *field, *ctype;
	} fields[] = {
		{e->type, "type", "Type *"},
		{e->auxint, "auxint", "int64_t "},
		{e->aux, "aux", aux_ctype(op)},
	};
	for (int i = 0; i < 3; i++) {
		const char *t = fields[i].text;
		if (!t || strcmp(t, "_") == 0)
			continue;
		indent(g);
		if (is_ident(t) && strcmp(t, "true") != 0 && strcmp(t, "false") != 0 && !is_bound(g, t)) {
			bind(g, t);
			bprintf(g->out, "%s%s = %s->%s;\n", fields[i].ctype, t, v, fields[i].field);
		} else {
			bprintf(g->out, "if (%s->%s != (%s))\n", v, fields[i].field, t);
			indent(g), bprintf(g->out, "\t%s;\n", fail(g));
		}
	}
	char child[2][64];
	for (int i = 0; i < e->nargs && i < 2; i++)
		snprintf(child[i], sizeof child[i], "%s_%d", v, i);
	if (commutative(op) && e->nargs == 2 && strcmp(e->args[0]->text, e->args[1]->text) != 0) {
		indent(g), bprintf(g->out, "Value *%s = %s->args[0], *%s = %s->args[1];\n", child[0], v, child[1], v);
		indent(g), bprintf(g->out, "for (int _i%d = 0; _i%d <= 1; _i%d++, swap_values(&%s, &%s)) {\n",
		                   g->loops, g->loops, g->loops, child[0], child[1]);
		g->loops++;
		g->closes++;
		for (int i = 0; i < 2; i++)
			gen_arg(g, e->args[i], child[i], child[i]);
		return;
	}
	for (int i = 0; i < e->nargs; i++) {
		char val[80], ch[80];
		snprintf(val, sizeof val, "%s->args[%d]", v, i);
		snprintf(ch, sizeof ch, "%s_%d", v, i);
		gen_arg(g, e->args[i], val, ch);
	}
}

/* ---------------- generating results ---------------- */

static char *type_expr(const char *t) {
	/* gc's <typ.Int64> is goc's ty_int64 */
	if (strncmp(t, "typ.", 4) == 0) {
		char *s = xmalloc(strlen(t) + 4);
		strcpy(s, "ty_");
		for (const char *p = t + 4; *p; p++)
			s[p - t - 1] = (char)tolower((unsigned char)*p);
		return s;
	}
	return (char *)t;
}

static void gen_auxint(Gen *g, const char *v, const char *op, const char *x) {
	indent(g);
	if (!strcmp(op, "Const8") || !strcmp(op, "Const16") || !strcmp(op, "Const32"))
		bprintf(g->out, "%s->auxint = int%s(%s);\n", v, op + 5, x);
	else if (!strcmp(op, "ConstBool"))
		bprintf(g->out, "%s->auxint = (%s) != 0;\n", v, x);
	else
		bprintf(g->out, "%s->auxint = %s;\n", v, x);
}

/* returns the C expression for the result value */
static char *gen_result(Gen *g, Expr *e, bool top) {
	if (e->var) {
		if (!is_bound(g, e->var))
			fatal("result uses %s, which the match does not bind", e->var);
		if (top)
			indent(g), bprintf(g->out, "ssa_copy_of(v, %s);\n", e->var);
		return e->var;
	}
	const OpDef *op = find_op(e->op);
	if (!op)
		fatal("no op %s", e->op);
	if (op->nargs >= 0 && op->nargs != e->nargs)
		fatal("%s has %d arguments, not %d", e->op, op->nargs, e->nargs);
	char *args[MAXARGS];
	for (int i = 0; i < e->nargs; i++)
		args[i] = gen_result(g, e->args[i], false);
	char *v;
	if (top) {
		v = "v";
		indent(g), bprintf(g->out, "ssa_reset(v, Op%s);\n", e->op);
		if (e->type)
			indent(g), bprintf(g->out, "v->type = %s;\n", type_expr(e->type));
	} else {
		const char *t = e->type ? type_expr(e->type) : yields_bool(e->op) ? "ty_bool" : NULL;
		if (!t)
			fatal("result (%s ...) needs a <type>", e->op);
		v = xmalloc(16);
		snprintf(v, 16, "r%d", g->nresult++);
		indent(g), bprintf(g->out, "Value *%s = ssa_value_new(%s, Op%s, %s, %s);\n", v, g->at, e->op, t, g->pos);
	}
	if (e->auxint)
		gen_auxint(g, v, e->op, e->auxint);
	if (e->aux)
		indent(g), bprintf(g->out, "%s->aux = %s;\n", v, e->aux);
	for (int i = 0; i < e->nargs; i++)
		indent(g), bprintf(g->out, "ssa_add_arg(%s, %s);\n", v, args[i]);
	return v;
}

static void gen_comments(Gen *g, Rule *r) {
	bprintf(g->out, "\t// match: %s\n", r->match->text);
	if (r->cond)
		bprintf(g->out, "\t// cond: %s\n", r->cond);
	bprintf(g->out, "\t// result: %s\n", r->result->text);
}

static void gen_close(Gen *g) {
	for (int i = g->closes; i > 0; i--) {
		bprintf(g->out, "\t");
		for (int k = 0; k < i; k++)
			bprintf(g->out, "\t");
		bprintf(g->out, "}\n");
	}
	bprintf(g->out, "\t} while (0);\n");
}

static void gen_value_rule(Buf *out, Rule *r) {
	Gen g = {.out = out, .r = r, .pos = "v->pos", .at = "v->block"};
	cur_line = r->line;
	gen_comments(&g, r);
	bprintf(out, "\tdo {\n");
	gen_match(&g, r->match, "v", true);
	if (r->cond)
		indent(&g), bprintf(out, "if (!(%s))\n", r->cond), indent(&g), bprintf(out, "\t%s;\n", fail(&g));
	if (r->result->op && find_block(r->result->op))
		fatal("a value rule yields a block");
	gen_result(&g, r->result, true);
	indent(&g), bprintf(out, "rewrite_hit(%d);\n", r->line);
	indent(&g), bprintf(out, "return true;\n");
	gen_close(&g);
}

static void gen_block_rule(Buf *out, Rule *r) {
	Gen g = {.out = out, .r = r, .pos = "b->pos", .at = "b"};
	cur_line = r->line;
	const BlockDef *bd = find_block(r->match->op), *rd = r->result->op ? find_block(r->result->op) : NULL;
	Expr *m = r->match, *res = r->result;
	if (!rd)
		fatal("a block rule must yield a block");
	if (m->nargs != bd->ncontrols + bd->nsuccs)
		fatal("%s takes %d controls and %d successors", bd->name, bd->ncontrols, bd->nsuccs);
	if (res->nargs != rd->ncontrols + rd->nsuccs)
		fatal("%s takes %d controls and %d successors", rd->name, rd->ncontrols, rd->nsuccs);
	if (bd->nsuccs != rd->nsuccs)
		fatal("the result's successors must be the match's, permuted");
	gen_comments(&g, r);
	bprintf(out, "\tdo {\n");
	for (int i = 0; i < bd->ncontrols; i++)
		gen_arg(&g, m->args[i], "b->control", "v_0");
	bool swap = false;
	for (int i = 0; i < bd->nsuccs; i++) {
		Expr *ms = m->args[bd->ncontrols + i], *rs = res->args[rd->ncontrols + i];
		if (!ms->var || !rs->var)
			fatal("successors must be names");
		if (strcmp(ms->var, rs->var) != 0) {
			if (bd->nsuccs != 2 || strcmp(rs->var, m->args[bd->ncontrols + 1 - i]->var) != 0)
				fatal("the result's successors must be the match's, permuted");
			swap = true;
		}
		g.bound[g.nbound++] = ms->var;
	}
	if (r->cond)
		indent(&g), bprintf(out, "if (!(%s))\n", r->cond), indent(&g), bprintf(out, "\t%s;\n", fail(&g));
	char *controls[2] = {0};
	for (int i = 0; i < rd->ncontrols; i++)
		controls[i] = gen_result(&g, res->args[i], false);
	if (rd != bd)
		indent(&g), bprintf(out, "b->kind = Block%s;\n", rd->name);
	indent(&g), bprintf(out, "ssa_set_control(b, %s);\n", rd->ncontrols ? controls[0] : "NULL");
	if (swap)
		indent(&g), bprintf(out, "swap_successors(b);\n");
	indent(&g), bprintf(out, "rewrite_hit(%d);\n", r->line);
	indent(&g), bprintf(out, "return true;\n");
	gen_close(&g);
}

/* ---------------- the file ---------------- */

int main(int argc, char **argv) {
	if (argc != 3) {
		fprintf(stderr, "usage: rulegen RULES OUT\n");
		return 2;
	}
	rules_path = argv[1];
	read_rules(argv[1]);

	Buf out = {0};
	bprintf(&out, "// Code generated by tools/rulegen from ssa/rules/generic.rules; DO NOT EDIT.\n");
	bprintf(&out, "\n#include \"ssa.h\"\n#include \"rewrite.h\"\n");

	/* ops with rules, in op table order: one function each */
	size_t nops = sizeof ops / sizeof ops[0];
	Buf sw = {0};
	bprintf(&sw, "%s", "");
	int nfuncs = 0;
	for (size_t i = 0; i < nops; i++) {
		bool any = false;
		for (int k = 0; k < nrules; k++)
			any |= !rules[k]->block && strcmp(rules[k]->match->op, ops[i].name) == 0;
		if (!any)
			continue;
		nfuncs++;
		bprintf(&sw, "\tcase Op%s:\n\t\treturn rewrite_value_generic_%s(v);\n", ops[i].name, ops[i].name);
		bprintf(&out, "\nstatic bool rewrite_value_generic_%s(Value *v) {\n", ops[i].name);
		for (int k = 0; k < nrules; k++)
			if (!rules[k]->block && strcmp(rules[k]->match->op, ops[i].name) == 0)
				gen_value_rule(&out, rules[k]);
		bprintf(&out, "\treturn false;\n}\n");
	}
	bprintf(&out, "\nbool rewrite_value_generic(Value *v) {\n\tswitch (v->op) {\n%s\tdefault:\n\t\treturn false;\n\t}\n}\n", sw.s);

	bprintf(&out, "\nbool rewrite_block_generic(Block *b) {\n\tswitch (b->kind) {\n");
	for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++) {
		bool any = false;
		for (int k = 0; k < nrules; k++)
			any |= rules[k]->block && strcmp(rules[k]->match->op, blocks[i].name) == 0;
		if (!any)
			continue;
		bprintf(&out, "\tcase Block%s:\n", blocks[i].name);
		for (int k = 0; k < nrules; k++)
			if (rules[k]->block && strcmp(rules[k]->match->op, blocks[i].name) == 0)
				gen_block_rule(&out, rules[k]);
		bprintf(&out, "\t\treturn false;\n");
	}
	bprintf(&out, "\tdefault:\n\t\treturn false;\n\t}\n}\n");

	FILE *f = fopen(argv[2], "w");
	if (!f) {
		perror(argv[2]);
		return 1;
	}
	fwrite(out.s, 1, out.len, f);
	if (fclose(f) != 0) {
		perror(argv[2]);
		return 1;
	}
	return 0;
}
