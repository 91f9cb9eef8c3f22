/* print.c — gc's text form of a function (ssa/print.go, Value.LongString,
 * Block.LongString), so goc's dumps read side by side with
 * `GOSSAFUNC=f+ go build`:
 *
 *	add func(int, int) int
 *	  b1:
 *	    (?) v1 = InitMem <mem>
 *	    (-3) v7 = Arg <int> {x} (x[int])
 *	    (+3) v11 = Mul64 <int> v8 v10
 *	    (3) v13 = MakeResult <int,mem> v12 v1
 *	    Ret v13
 *	name x[int]: [v7]
 *
 * Positions: (?) unknown, (+N) a statement start (v->is_stmt), (-N) an op
 * that is never a statement boundary (Arg, Phi, Copy, VarDef, FwdRef,
 * Unknown: gc's builder gives exactly these PosNotStmt), (N) otherwise.
 * Unreachable blocks and dead values (gc's findlive) get a " DEAD" suffix.
 * Symbols print as gc's: {x} for locals and parameters, {main.g} for
 * globals, {main.f·f} for a function's static closure, {type.main.T} for
 * a type descriptor, {go.itab.main.T,main.I} for an itab. ssa/parse.c
 * reads all of this back.
 * Before scheduling a block prints its phis first, then the rest in
 * dependency order (a cycle is announced by a "dependency cycle!" line);
 * after scheduling, in b->values order.
 *
 * As in gc, the walk (ssa_fprint_func) is shared by every printer through a
 * table of callbacks (gc's funcPrinter): the text printer here, the HTML
 * one of GOSSAFUNC's ssa.html in html.c. The -d=ssa/PASS/dump files leave
 * dead values and unreachable blocks out (print_dead false, as gc's).
 */
#include "ssa.h"
#include <math.h>

/* ---------------- Go's %g and %q ---------------- */

/* strconv.FormatFloat(x, 'g', -1, 64): the shortest digits that read back
 * as x; %e form when the exponent is < -4 or >= 6 (1e+100, 1.5, 3, 1e-05). */
static void put_go_float(StrBuf *sb, double x) {
	if (isnan(x)) {
		sb_puts(sb, "NaN");
		return;
	}
	if (isinf(x)) {
		sb_puts(sb, x > 0 ? "+Inf" : "-Inf");
		return;
	}
	if (x == 0) {
		sb_puts(sb, signbit(x) ? "-0" : "0");
		return;
	}
	char buf[64];
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, sizeof buf, "%.*e", p - 1, x);
		if (strtod(buf, NULL) == x)
			break;
	}
	const char *s = buf;
	if (*s == '-') {
		sb_putc(sb, '-');
		s++;
	}
	char digs[32];
	int nd = 0;
	for (; *s && *s != 'e'; s++)
		if (*s >= '0' && *s <= '9')
			digs[nd++] = *s;
	int exp = *s == 'e' ? atoi(s + 1) : 0;
	while (nd > 1 && digs[nd - 1] == '0')
		nd--;
	int dp = exp + 1; /* digits before the decimal point */
	if (exp < -4 || exp >= 6) {
		sb_putc(sb, digs[0]);
		if (nd > 1) {
			sb_putc(sb, '.');
			sb_putn(sb, digs + 1, (size_t)(nd - 1));
		}
		sb_printf(sb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
		return;
	}
	if (dp <= 0) {
		sb_puts(sb, "0.");
		for (int i = 0; i < -dp; i++)
			sb_putc(sb, '0');
		sb_putn(sb, digs, (size_t)nd);
		return;
	}
	for (int i = 0; i < dp; i++)
		sb_putc(sb, i < nd ? digs[i] : '0');
	if (nd > dp) {
		sb_putc(sb, '.');
		sb_putn(sb, digs + dp, (size_t)(nd - dp));
	}
}

/* One UTF-8 sequence at s (n bytes left): its length, or 0 if invalid. */
static int utf8_decode(const unsigned char *s, int64_t n, uint32_t *r) {
	unsigned c = s[0];
	if (c < 0x80) {
		*r = c;
		return 1;
	}
	int w;
	uint32_t min;
	if ((c & 0xe0) == 0xc0)
		w = 2, min = 0x80, *r = c & 0x1f;
	else if ((c & 0xf0) == 0xe0)
		w = 3, min = 0x800, *r = c & 0x0f;
	else if ((c & 0xf8) == 0xf0)
		w = 4, min = 0x10000, *r = c & 0x07;
	else
		return 0;
	if (n < w)
		return 0;
	for (int i = 1; i < w; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		*r = *r << 6 | (s[i] & 0x3f);
	}
	if (*r < min || *r > 0x10ffff || (*r >= 0xd800 && *r <= 0xdfff))
		return 0;
	return w;
}

/* unicode.IsPrint for non-ASCII runes, approximately: Go excludes the C1
 * controls, format characters and private use. */
static bool rune_is_print(uint32_t r) {
	if (r < 0xa0 || r == 0xad || r == 0x2028 || r == 0x2029 || r == 0xfeff)
		return false;
	if ((r >= 0x200b && r <= 0x200f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2060 && r <= 0x206f))
		return false;
	if ((r >= 0xe000 && r <= 0xf8ff) || (r >= 0xfff9 && r <= 0xfffb) || r >= 0xf0000)
		return false;
	return true;
}

/* strconv.Quote */
static void put_go_quoted(StrBuf *sb, const char *str, int64_t n) {
	const unsigned char *s = (const unsigned char *)str;
	sb_putc(sb, '"');
	for (int64_t i = 0; i < n;) {
		uint32_t r;
		int w = utf8_decode(s + i, n - i, &r);
		if (w == 0) {
			sb_printf(sb, "\\x%02x", s[i]);
			i++;
			continue;
		}
		i += w;
		if (r == '"' || r == '\\') {
			sb_putc(sb, '\\');
			sb_putc(sb, (char)r);
		} else if (r >= 0x20 && r < 0x7f) {
			sb_putc(sb, (char)r);
		} else if (rune_is_print(r)) {
			sb_putn(sb, (const char *)s + i - w, (size_t)w);
		} else {
			switch (r) {
			case '\a': sb_puts(sb, "\\a"); break;
			case '\b': sb_puts(sb, "\\b"); break;
			case '\f': sb_puts(sb, "\\f"); break;
			case '\n': sb_puts(sb, "\\n"); break;
			case '\r': sb_puts(sb, "\\r"); break;
			case '\t': sb_puts(sb, "\\t"); break;
			case '\v': sb_puts(sb, "\\v"); break;
			default:
				if (r < 0x20 || r == 0x7f)
					sb_printf(sb, "\\x%02x", (unsigned)r);
				else if (r < 0x10000)
					sb_printf(sb, "\\u%04x", (unsigned)r);
				else
					sb_printf(sb, "\\U%08x", (unsigned)r);
			}
		}
	}
	sb_putc(sb, '"');
}

/* ---------------- types and aux ---------------- */

static void put_type(StrBuf *sb, Type *t, bool qualify) {
	if (!t) {
		sb_puts(sb, "<nil>");
		return;
	}
	switch (t->kind) {
	case TY_MEM:
		sb_puts(sb, "mem");
		return;
	case TY_FLAGS:
		sb_puts(sb, "flags");
		return;
	case TY_VOID:
		sb_puts(sb, "void");
		return;
	case TY_TUPLE:
		for (int i = 0; i < t->fields.len; i++) {
			if (i)
				sb_putc(sb, ',');
			put_type(sb, ((Field *)VEC_AT(t->fields, i))->type, qualify);
		}
		return;
	case TY_FUNC:
		if (!t->named) {
			/* gc's dumps print signatures without parameter names */
			sb_puts(sb, "func(");
			for (int i = 0; i < t->params.len; i++) {
				if (i)
					sb_puts(sb, ", ");
				Type *pt = ((Field *)VEC_AT(t->params, i))->type;
				if (t->variadic && i == t->params.len - 1) {
					sb_puts(sb, "...");
					pt = pt->elem;
				}
				put_type(sb, pt, qualify);
			}
			sb_putc(sb, ')');
			if (t->results.len == 1) {
				sb_putc(sb, ' ');
				put_type(sb, ((Field *)VEC_AT(t->results, 0))->type, qualify);
			} else if (t->results.len > 1) {
				sb_puts(sb, " (");
				for (int i = 0; i < t->results.len; i++) {
					if (i)
						sb_puts(sb, ", ");
					put_type(sb, ((Field *)VEC_AT(t->results, i))->type, qualify);
				}
				sb_putc(sb, ')');
			}
			return;
		}
		/* fall through */
	default: {
		Arena tmp = {0};
		sb_puts(sb, type_string(&tmp, t, qualify));
		arena_reset(&tmp);
	}
	}
}

char *ssa_type_string(Arena *a, Type *t) {
	StrBuf sb = {0};
	sb_putc(&sb, '<');
	put_type(&sb, t, false);
	sb_putc(&sb, '>');
	char *s = arena_strdup(a, sb_cstr(&sb));
	sb_free(&sb);
	return s;
}

/* A symbol aux as gc prints it: locals and parameters by name, globals and
 * functions by linker symbol; `Addr {f} SB` of a function is its static
 * closure (gc's main.f·f). */
static void put_obj(StrBuf *sb, Obj *o, Value *v) {
	if (o->kind == OBJ_FUNC) {
		if (o->linkname)
			sb_puts(sb, o->linkname);
		else
			sb_printf(sb, "%s.%s", o->pkg ? o->pkg : "main", o->name);
		if (v->op == OpAddr && v->auxint == 0)
			sb_puts(sb, "\xc2\xb7" "f");
	} else if (o->kind == OBJ_VAR && o->vclass == VC_GLOBAL && o->pkg) {
		sb_printf(sb, "%s.%s", o->pkg, o->name);
	} else {
		sb_puts(sb, o->name ? o->name : "?");
	}
}

static void put_auxcall(StrBuf *sb, AuxCall *c) {
	sb_puts(sb, "AuxCall{");
	if (!c->fn)
		sb_puts(sb, "nil");
	else if (c->rt && strncmp(c->fn, "rt_", 3) == 0)
		sb_printf(sb, "runtime.%s", c->fn + 3);
	else
		sb_puts(sb, c->fn);
	sb_putc(sb, '}');
}

/* Value.auxString */
static void put_aux(StrBuf *sb, Value *v) {
	switch (op_info[v->op].aux) {
	case AUX_NONE:
		return;
	case AUX_INT:
		sb_printf(sb, " [%lld]", (long long)v->auxint);
		return;
	case AUX_BOOL:
		sb_puts(sb, v->auxint ? " [true]" : " [false]");
		return;
	case AUX_FLOAT: {
		double d;
		memcpy(&d, &v->auxint, sizeof d);
		sb_puts(sb, " [");
		put_go_float(sb, d);
		sb_putc(sb, ']');
		return;
	}
	case AUX_STRING:
		if (v->aux) {
			SsaString *s = v->aux;
			sb_puts(sb, " {");
			put_go_quoted(sb, s->s, s->len);
			sb_putc(sb, '}');
		}
		return;
	case AUX_TYP:
	case AUX_TYPSIZE:
		if (v->aux) {
			sb_puts(sb, " {");
			put_type(sb, v->aux, false);
			sb_putc(sb, '}');
		}
		if (op_info[v->op].aux == AUX_TYPSIZE && v->auxint)
			sb_printf(sb, " [%lld]", (long long)v->auxint);
		return;
	case AUX_SYM:
	case AUX_SYMOFF:
		if (v->aux) {
			sb_puts(sb, " {");
			if (v->op == OpAddr && v->auxint == 2) { /* a type descriptor */
				sb_puts(sb, "type.");
				put_type(sb, v->aux, true);
			} else if (v->op == OpAddr && v->auxint == 3) { /* an itab, named as gc's symbol */
				ItabSym *is = v->aux;
				sb_puts(sb, "go.itab.");
				put_type(sb, is->type, true);
				sb_putc(sb, ',');
				put_type(sb, is->iface, true);
			} else {
				put_obj(sb, v->aux, v);
			}
			sb_putc(sb, '}');
		}
		if (v->auxint) /* Arg's kind, Addr's kind, offsets */
			sb_printf(sb, " [%lld]", (long long)v->auxint);
		return;
	case AUX_CALL:
		if (v->aux) {
			sb_puts(sb, " {");
			put_auxcall(sb, v->aux);
			sb_putc(sb, '}');
		}
		if (v->auxint)
			sb_printf(sb, " [%lld]", (long long)v->auxint);
		return;
	}
}

/* "v4 = Add64 <int> v2 v3", then " (x[int], y[int])" if names is given */
static void put_long(StrBuf *sb, Value *v, const char *names) {
	sb_printf(sb, "v%d = %s <", v->id, (unsigned)v->op < OP_COUNT ? op_info[v->op].name : "BadOp");
	put_type(sb, v->type, false);
	sb_putc(sb, '>');
	if ((unsigned)v->op < OP_COUNT)
		put_aux(sb, v);
	for (int i = 0; i < v->nargs; i++) {
		if (v->args[i])
			sb_printf(sb, " v%d", v->args[i]->id);
		else
			sb_puts(sb, " <nil>");
	}
	if (names && *names)
		sb_printf(sb, " (%s)", names);
}

/* LocalSlot.String: "x[int]" */
static void put_slot(StrBuf *sb, NamedValue *nv) {
	sb_puts(sb, nv->var && nv->var->name ? nv->var->name : "?");
	sb_putc(sb, '[');
	put_type(sb, nv->var ? nv->var->type : NULL, false);
	sb_putc(sb, ']');
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The sorted, comma-separated names of v as LongString appends them. */
static char *value_names(Value *v, Vec *names) {
	Vec found = {0};
	for (int i = 0; i < names->len; i++) {
		NamedValue *nv = VEC_AT(*names, i);
		for (int j = 0; j < nv->values.len; j++)
			if (VEC_AT(nv->values, j) == v) {
				StrBuf sb = {0};
				put_slot(&sb, nv);
				vec_push(&found, sb_cstr(&sb));
				break;
			}
	}
	if (!found.len)
		return NULL;
	qsort(found.data, (size_t)found.len, sizeof(void *), cmp_str);
	StrBuf sb = {0};
	for (int i = 0; i < found.len; i++) {
		if (i)
			sb_puts(&sb, ", ");
		sb_puts(&sb, VEC_AT(found, i));
		free(VEC_AT(found, i));
	}
	free(found.data);
	return sb_cstr(&sb);
}

char *ssa_value_string(Arena *a, Value *v) {
	StrBuf sb = {0};
	char *names = v->block && v->block->func ? value_names(v, &v->block->func->names) : NULL;
	put_long(&sb, v, names);
	char *s = arena_strdup(a, sb_cstr(&sb));
	free(names);
	sb_free(&sb);
	return s;
}

/* Value.auxString: " [3]", " {x}", " {AuxCall{main.f}} [16]" or "" */
char *ssa_aux_string(Arena *a, Value *v) {
	StrBuf sb = {0};
	if ((unsigned)v->op < OP_COUNT)
		put_aux(&sb, v);
	char *s = arena_strdup(a, sb.len ? sb_cstr(&sb) : "");
	sb_free(&sb);
	return s;
}

/* ---------------- functions ---------------- */

/* gc's fprintFunc: the order and the liveness every printer shares. */
void ssa_fprint_func(const FuncPrinter *p, Func *f) {
	int nv = f->next_value_id, nb = f->next_block_id;
	bool *reachable = calloc((size_t)nb + 1, sizeof(bool));
	bool *live = calloc((size_t)nv + 1, sizeof(bool));
	bool *printed = calloc((size_t)nv + 1, sizeof(bool));
	char **names = calloc((size_t)nv + 1, sizeof(char *));
	if (f->entry) {
		ssa_reachable_blocks(f, reachable);
		ssa_live_values(f, reachable, live);
	}
	/* value id → its sorted names, built once (gc scans NamedValues per value) */
	Arena tmp = {0};
	char **slots = calloc((size_t)f->names.len + 1, sizeof(char *));
	{
		Vec *per = calloc((size_t)nv + 1, sizeof(Vec));
		for (int i = 0; i < f->names.len; i++) {
			NamedValue *n = VEC_AT(f->names, i);
			StrBuf sb = {0};
			put_slot(&sb, n);
			char *slot = arena_strdup(&tmp, sb_cstr(&sb));
			sb_free(&sb);
			slots[i] = slot;
			for (int j = 0; j < n->values.len; j++) {
				Value *v = VEC_AT(n->values, j);
				if (!v || v->id <= 0 || v->id >= nv)
					continue;
				Vec *pv = &per[v->id];
				if (pv->len && VEC_LAST(*pv) == slot)
					continue; /* listed twice under one name */
				vec_push(pv, slot);
			}
		}
		for (int id = 1; id < nv; id++) {
			Vec *pv = &per[id];
			if (!pv->len)
				continue;
			qsort(pv->data, (size_t)pv->len, sizeof(void *), cmp_str);
			StrBuf sb = {0};
			for (int i = 0; i < pv->len; i++) {
				if (i && strcmp(VEC_AT(*pv, i), VEC_AT(*pv, i - 1)) == 0)
					continue;
				if (sb.len)
					sb_puts(&sb, ", ");
				sb_puts(&sb, VEC_AT(*pv, i));
			}
			names[id] = sb_cstr(&sb);
			free(pv->data);
		}
		free(per);
	}

	p->header(p->ctx, f);
#define LIVE(v) ((v)->id > 0 && (v)->id < nv && live[(v)->id])
#define PRINTED(v) ((v)->id <= 0 || (v)->id >= nv || printed[(v)->id])
#define MARK(v) ((v)->id > 0 && (v)->id < nv ? (void)(printed[(v)->id] = true) : (void)0)
#define NAMES(v) ((v)->id > 0 && (v)->id < nv ? names[(v)->id] : NULL)
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		bool reach = b->id > 0 && b->id < nb && reachable[b->id];
		p->start_block(p->ctx, b, reach);
		if (f->scheduled) {
			for (int i = 0; i < b->values.len; i++) {
				Value *v = VEC_AT(b->values, i);
				p->value(p->ctx, v, LIVE(v), NAMES(v));
				MARK(v);
			}
			p->end_block(p->ctx, b, reach);
			continue;
		}
		/* phis first: every value cycle goes through one */
		int n = 0;
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op != OpPhi)
				continue;
			p->value(p->ctx, v, LIVE(v), NAMES(v));
			MARK(v);
			n++;
		}
		/* the rest in dependency order */
		while (n < b->values.len) {
			int m = n;
			for (int i = 0; i < b->values.len; i++) {
				Value *v = VEC_AT(b->values, i);
				if (PRINTED(v))
					continue;
				bool ready = true;
				for (int j = 0; j < v->nargs && ready; j++) {
					Value *w = v->args[j];
					if (w && w->block == b && !PRINTED(w))
						ready = false;
				}
				if (!ready)
					continue;
				p->value(p->ctx, v, LIVE(v), NAMES(v));
				MARK(v);
				n++;
			}
			if (m == n) {
				p->start_dep_cycle(p->ctx);
				for (int i = 0; i < b->values.len; i++) {
					Value *v = VEC_AT(b->values, i);
					if (PRINTED(v))
						continue;
					p->value(p->ctx, v, LIVE(v), NAMES(v));
					MARK(v);
					n++;
				}
				p->end_dep_cycle(p->ctx);
				/* values with bad ids can't be marked: stop rather than spin */
				if (m == n)
					break;
			}
		}
		p->end_block(p->ctx, b, reach);
	}
#undef LIVE
#undef PRINTED
#undef MARK
#undef NAMES
	for (int i = 0; i < f->names.len; i++)
		p->named(p->ctx, VEC_AT(f->names, i), slots[i]);
	for (int i = 0; i < nv; i++)
		free(names[i]);
	free(names);
	free(slots);
	arena_reset(&tmp);
	free(printed);
	free(live);
	free(reachable);
}

/* ---------------- the text printer (gc's stringFuncPrinter) ---------------- */

typedef struct TextPrinter {
	FILE *out;
	bool print_dead;  // dead values and unreachable blocks too, marked DEAD
} TextPrinter;

static void text_header(void *ctx, Func *f) {
	TextPrinter *tp = ctx;
	StrBuf sb = {0};
	put_type(&sb, f->type, false);
	fprintf(tp->out, "%s %s\n", f->name, sb_cstr(&sb));
	sb_free(&sb);
}

static void text_start_block(void *ctx, Block *b, bool reachable) {
	TextPrinter *tp = ctx;
	if (!tp->print_dead && !reachable)
		return;
	fprintf(tp->out, "  b%d:", b->id);
	if (b->preds.len) {
		fprintf(tp->out, " <-");
		for (int i = 0; i < b->preds.len; i++)
			fprintf(tp->out, " b%d", ((Block *)VEC_AT(b->preds, i))->id);
	}
	fprintf(tp->out, "%s\n", reachable ? "" : " DEAD");
}

static void text_end_block(void *ctx, Block *b, bool reachable) {
	TextPrinter *tp = ctx;
	if (!tp->print_dead && !reachable)
		return;
	StrBuf sb = {0};
	sb_printf(&sb, "    %s", (unsigned)b->kind <= BlockFirst ? block_kind_name[b->kind] : "BadKind");
	if (b->control)
		sb_printf(&sb, " v%d", b->control->id);
	if (b->succs.len) {
		sb_puts(&sb, " ->");
		for (int i = 0; i < b->succs.len; i++)
			sb_printf(&sb, " b%d", ((Block *)VEC_AT(b->succs, i))->id);
	}
	if (b->likely == LIKELY_YES)
		sb_puts(&sb, " (likely)");
	else if (b->likely == LIKELY_NO)
		sb_puts(&sb, " (unlikely)");
	fprintf(tp->out, "%s\n", sb_cstr(&sb));
	sb_free(&sb);
}

static void text_value(void *ctx, Value *v, bool live, const char *names) {
	TextPrinter *tp = ctx;
	if (!tp->print_dead && !live)
		return;
	StrBuf sb = {0};
	sb_puts(&sb, "    ");
	if (v->pos.line == 0)
		sb_puts(&sb, "(?) ");
	else
		sb_printf(&sb, "(%s%u) ", v->is_stmt ? "+" : ssa_not_stmt_op(v->op) ? "-" : "", v->pos.line);
	put_long(&sb, v, names);
	if (!live)
		sb_puts(&sb, " DEAD");
	fprintf(tp->out, "%s\n", sb_cstr(&sb));
	sb_free(&sb);
}

static void text_start_dep_cycle(void *ctx) { fprintf(((TextPrinter *)ctx)->out, "dependency cycle!\n"); }

static void text_end_dep_cycle(void *ctx) {}

static void text_named(void *ctx, NamedValue *n, const char *slot) {
	TextPrinter *tp = ctx;
	StrBuf sb = {0};
	sb_printf(&sb, "name %s: [", slot);
	for (int j = 0; j < n->values.len; j++) {
		Value *v = VEC_AT(n->values, j);
		if (j)
			sb_putc(&sb, ' ');
		if (v)
			sb_printf(&sb, "v%d", v->id);
		else
			sb_puts(&sb, "<nil>");
	}
	sb_puts(&sb, "]");
	fprintf(tp->out, "%s\n", sb_cstr(&sb));
	sb_free(&sb);
}

void ssa_fprint(FILE *out, Func *f, bool print_dead) {
	TextPrinter tp = {.out = out, .print_dead = print_dead};
	FuncPrinter p = {
		.ctx = &tp,
		.header = text_header,
		.start_block = text_start_block,
		.end_block = text_end_block,
		.value = text_value,
		.start_dep_cycle = text_start_dep_cycle,
		.end_dep_cycle = text_end_dep_cycle,
		.named = text_named,
	};
	ssa_fprint_func(&p, f);
}

void ssa_print(FILE *out, Func *f) { ssa_fprint(out, f, true); }
