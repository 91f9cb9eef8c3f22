/* parse.c — the text form of a function read back into a Func, the inverse
 * of print.c: "SSA text in, one pass, SSA text out" for the tests in
 * testdata/ssa (goc ssatest, ssatest.c), and -d=ssa/roundtrip, which checks
 * before and after every pass that print(parse(print(f))) == print(f).
 *
 * The text is what ssa_print writes, one item per line:
 *
 *	f func(*T, int) int                      the function's name and type
 *	  b1:                                    a block; " <- b2 b3": its preds, in order
 *	    (+5) v3 = Load <int> v2 v1 (x[int])  a value: (position) id = op <type> aux args
 *	    If v4 -> b2 b3 (likely)              the block's end: kind, control, succs, hint
 *	name x[int]: [v3 v7]                     a named variable's values
 *
 * A line carries all the parser keeps. A position is a line number, "+"
 * marking a statement start. What the printer derives is skipped: " DEAD",
 * the names after a value's arguments, "dependency cycle!" lines. Blank
 * lines and lines starting with "//" are comments. Ids are kept as written
 * (f->next_value_id and next_block_id are one more than the largest used);
 * blocks stay in the order written, the first being the entry; a block's
 * values stay in the order written, which is one the printer reproduces. A
 * value or block may be used before its line.
 *
 * Aux and auxint follow the op's aux kind, as put_aux prints them: [3],
 * [true], [1.5], {"str"}, {T} [8], {AuxCall{main.f}}. A symbol's Obj is
 * made from the op and its auxint: Arg {x} a parameter ([2] a result
 * pointer, [3] the closure context), LocalAddr, VarDef and FwdRef {x} a
 * local (a result if named ~rN), Addr {main.f·f} a function's static
 * closure, {main.f} [1] its code, {main.g} a global, {type.T} [2] a type
 * descriptor, {go.itab.T,I} [3] an itab. One Obj per name and kind, so the
 * values that name x share its Obj. {AuxCall{runtime.X}} names a runtime
 * entry of abi.def; other callees get no signature (no pass needs one).
 *
 * Types are written as types.c spells them: the predeclared names, mem,
 * flags, void, *T, []T, [N]T, map[K]V, chan T, chan<- T, <-chan T,
 * func(params) results (parameter names optional), struct{a int; T "tag"},
 * interface{M() int; io.Reader}, and at the top of a value a tuple
 * <int,mem>. A one-element tuple prints as its element: calls, MakeResult
 * and atomics always get a tuple type. Other names are looked up in the
 * caller's table of named types ("T", "main.T", ...): ssa_roundtrip
 * collects the function's own, a testdata/ssa file declares them in its
 * header.
 *
 * Invariants of the result: every value used or named is defined once,
 * every block used is defined once, preds and succs are cross-linked, use
 * counts are exact (ssa_add_arg, ssa_set_control). Whether the function is
 * well formed beyond that is ssa_check's business.
 */
#include "ssa.h"
#include <ctype.h>
#include <errno.h>
#include <setjmp.h>

typedef struct Parser {
	const char *s;       // cursor
	const char *line;    // start of the line being parsed
	int lineno;
	StrMap *named;       // spelling → named Type* (caller's), may be NULL
	Func *f;
	Value **values;      // by id
	int nvalues;
	Block **blocks;      // by id
	int nblocks;
	StrMap objs;         // "kind:spelling" → Obj* (kind: l local, g global, f function)
	Type *type;          // ssa_parse_type's result
	StrBuf err;
	jmp_buf fail;
} Parser;

_Noreturn static void fail(Parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
_Noreturn static void fail(Parser *p, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	sb_printf(&p->err, "line %d: ", p->lineno);
	sb_vprintf(&p->err, fmt, ap);
	va_end(ap);
	const char *e = p->line ? strchr(p->line, '\n') : NULL;
	if (p->line)
		sb_printf(&p->err, "\n\t%.*s", (int)(e ? e - p->line : (long)strlen(p->line)), p->line);
	longjmp(p->fail, 1);
}

/* ---------------- characters ---------------- */

static bool at_eol(Parser *p) { return *p->s == '\n' || *p->s == 0; }

static bool accept(Parser *p, const char *lit) {
	size_t n = strlen(lit);
	if (strncmp(p->s, lit, n) != 0)
		return false;
	p->s += n;
	return true;
}

static void expect(Parser *p, const char *lit) {
	if (!accept(p, lit))
		fail(p, "expected \"%s\" at \"%.20s\"", lit, p->s);
}

static int64_t parse_int(Parser *p) {
	const char *q = p->s;
	if (*q == '-' || *q == '+')
		q++;
	if (!isdigit((unsigned char)*q))
		fail(p, "expected a number at \"%.20s\"", p->s);
	char *end;
	errno = 0;
	long long n = strtoll(p->s, &end, 10);
	if (errno)
		fail(p, "number out of range at \"%.20s\"", p->s);
	p->s = end;
	return n;
}

/* an id after its letter: v12, b3 */
static int parse_id(Parser *p, char letter) {
	if (*p->s != letter || !isdigit((unsigned char)p->s[1]))
		fail(p, "expected %c<id> at \"%.20s\"", letter, p->s);
	p->s++;
	int64_t n = parse_int(p);
	if (n <= 0 || n > 100000000)
		fail(p, "bad id %c%lld", letter, (long long)n);
	return (int)n;
}

/* the text up to the '}' closing an already consumed '{' (nested braces count) */
static const char *parse_braced(Parser *p) {
	const char *start = p->s;
	int depth = 0;
	for (; !at_eol(p); p->s++) {
		if (*p->s == '{')
			depth++;
		else if (*p->s == '}' && depth-- == 0)
			break;
	}
	if (*p->s != '}')
		fail(p, "unterminated {");
	const char *r = arena_strndup(fn_arena, start, (size_t)(p->s - start));
	p->s++;
	return r;
}

static void put_utf8(StrBuf *b, uint32_t r) {
	if (r < 0x80) {
		sb_putc(b, (char)r);
	} else if (r < 0x800) {
		sb_putc(b, (char)(0xc0 | r >> 6));
		sb_putc(b, (char)(0x80 | (r & 0x3f)));
	} else if (r < 0x10000) {
		sb_putc(b, (char)(0xe0 | r >> 12));
		sb_putc(b, (char)(0x80 | (r >> 6 & 0x3f)));
		sb_putc(b, (char)(0x80 | (r & 0x3f)));
	} else {
		sb_putc(b, (char)(0xf0 | r >> 18));
		sb_putc(b, (char)(0x80 | (r >> 12 & 0x3f)));
		sb_putc(b, (char)(0x80 | (r >> 6 & 0x3f)));
		sb_putc(b, (char)(0x80 | (r & 0x3f)));
	}
}

/* A Go string literal "..." with strconv.Quote's escapes: its bytes (in
 * fn_arena), their number in *len. */
static const char *parse_quoted(Parser *p, int64_t *len) {
	if (*p->s != '"')
		fail(p, "expected a string at \"%.20s\"", p->s);
	p->s++;
	StrBuf b = {0};
	while (*p->s != '"') {
		if (at_eol(p)) {
			sb_free(&b);
			fail(p, "unterminated string");
		}
		if (*p->s != '\\') {
			sb_putc(&b, *p->s++);
			continue;
		}
		p->s++;
		char c = *p->s++;
		int hex = 0;
		switch (c) {
		case 'a': sb_putc(&b, '\a'); break;
		case 'b': sb_putc(&b, '\b'); break;
		case 'f': sb_putc(&b, '\f'); break;
		case 'n': sb_putc(&b, '\n'); break;
		case 'r': sb_putc(&b, '\r'); break;
		case 't': sb_putc(&b, '\t'); break;
		case 'v': sb_putc(&b, '\v'); break;
		case '\\': case '"': case '\'': sb_putc(&b, c); break;
		case 'x': hex = 2; break;
		case 'u': hex = 4; break;
		case 'U': hex = 8; break;
		default:
			if (c >= '0' && c <= '7' && p->s[0] >= '0' && p->s[0] <= '7' && p->s[1] >= '0' && p->s[1] <= '7') {
				sb_putc(&b, (char)((c - '0') << 6 | (p->s[0] - '0') << 3 | (p->s[1] - '0')));
				p->s += 2;
				break;
			}
			sb_free(&b);
			fail(p, "bad escape \\%c", c);
		}
		if (hex) {
			uint32_t r = 0;
			for (int i = 0; i < hex; i++, p->s++) {
				if (!isxdigit((unsigned char)*p->s)) {
					sb_free(&b);
					fail(p, "bad escape");
				}
				r = r << 4 | (uint32_t)(isdigit((unsigned char)*p->s) ? *p->s - '0' : (tolower(*p->s) - 'a' + 10));
			}
			if (hex == 2)
				sb_putc(&b, (char)r);
			else
				put_utf8(&b, r);
		}
	}
	p->s++;
	*len = (int64_t)b.len;
	char *r = arena_alloc(fn_arena, b.len + 1);
	if (b.len)
		memcpy(r, b.s, b.len);
	sb_free(&b);
	return r;
}

/* ---------------- types ---------------- */

static bool ident_start(unsigned char c) { return isalpha(c) || c == '_' || c >= 0x80; }
static bool ident_char(unsigned char c) { return isalnum(c) || c == '_' || c >= 0x80; }
/* a type name may be qualified by a package path: example.com/m/sub.T */
static bool typename_char(unsigned char c) { return ident_char(c) || c == '.' || c == '/' || c == '-'; }

static bool keyword_at(Parser *p, const char *kw, const char *next) {
	size_t n = strlen(kw);
	return strncmp(p->s, kw, n) == 0 && p->s[n] && strchr(next, p->s[n]);
}

static Type *parse_type(Parser *p);

static Type *lookup_named(Parser *p, const char *name) {
	Type *t = p->named ? strmap_get(p->named, name) : NULL;
	if (t)
		return t;
	static const struct {
		const char *name;
		Type **type;
	} special[] = {
		{"mem", &ty_mem}, {"flags", &ty_flags}, {"void", &ty_void}, {"unsafe.Pointer", &ty_unsafeptr},
		{"any", &ty_any}, {"error", &ty_error}, {"byte", &ty_uint8}, {"rune", &ty_int32},
	};
	for (size_t i = 0; i < sizeof special / sizeof special[0]; i++)
		if (strcmp(special[i].name, name) == 0)
			return *special[i].type;
	Obj *o = strchr(name, '.') ? NULL : universe_lookup(name);
	if (o && o->kind == OBJ_TYPE && o->type)
		return o->type;
	fail(p, "unknown type %s", name);
}

/* an identifier (no dots) followed by a space, not a keyword: a parameter or field name */
static const char *field_name_ahead(Parser *p) {
	const char *q = p->s;
	if (!ident_start((unsigned char)*q))
		return NULL;
	while (ident_char((unsigned char)*q))
		q++;
	if (*q != ' ' || q[1] == '"')
		return NULL;
	static const char *const kw[] = {"chan", "func", "map", "struct", "interface"};
	for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
		if ((size_t)(q - p->s) == strlen(kw[i]) && strncmp(p->s, kw[i], strlen(kw[i])) == 0)
			return NULL;
	const char *name = intern(p->s, (size_t)(q - p->s));
	p->s = q + 1;
	return name;
}

/* "(a int, b ...string)" → Field*s; *variadic if the last is ...T */
static void parse_params(Parser *p, Vec *out, bool *variadic) {
	expect(p, "(");
	while (*p->s != ')') {
		if (out->len)
			expect(p, ", ");
		Field *fl = NEW(perm, Field);
		fl->name = field_name_ahead(p);
		if (accept(p, "...")) {
			if (!variadic)
				fail(p, "... in a result list");
			*variadic = true;
			fl->type = type_slice(parse_type(p));
		} else {
			fl->type = parse_type(p);
		}
		vec_push(out, fl);
	}
	expect(p, ")");
}

/* "(params)" then " result" or " (results)", as type_signature_to writes them */
static Type *parse_signature(Parser *p) {
	Type *t = type_new(TY_FUNC);
	parse_params(p, &t->params, &t->variadic);
	if (p->s[0] == ' ' && p->s[1] && p->s[1] != '"' && p->s[1] != '\n') {
		p->s++;
		if (*p->s == '(') {
			parse_params(p, &t->results, NULL);
		} else {
			Field *fl = NEW(perm, Field);
			fl->type = parse_type(p);
			vec_push(&t->results, fl);
		}
	}
	return t;
}

static Type *parse_struct(Parser *p) {
	Type *t = type_new(TY_STRUCT);
	while (*p->s != '}') {
		if (t->fields.len)
			expect(p, "; ");
		Field *fl = NEW(perm, Field);
		fl->name = field_name_ahead(p);
		fl->type = parse_type(p);
		if (!fl->name) {
			fl->embedded = true;
			Type *base = fl->type->kind == TY_POINTER && !fl->type->named ? fl->type->elem : fl->type;
			fl->name = base->named ? base->named->name : "?";
		}
		if (p->s[0] == ' ' && p->s[1] == '"') {
			p->s++;
			int64_t n;
			fl->tag = arena_strdup(perm, parse_quoted(p, &n)); /* types live in perm */
		}
		vec_push(&t->fields, fl);
	}
	expect(p, "}");
	return t;
}

static Type *parse_interface(Parser *p) {
	Type *t = type_new(TY_INTERFACE);
	bool first = true;
	while (*p->s != '}') {
		if (!first)
			expect(p, "; ");
		first = false;
		const char *q = p->s;
		while (ident_char((unsigned char)*q))
			q++;
		if (q > p->s && *q == '(') {
			Method *m = NEW(perm, Method);
			m->name = intern(p->s, (size_t)(q - p->s));
			p->s = q;
			m->type = parse_signature(p);
			vec_push(&t->methods, m);
		} else {
			vec_push(&t->embeddeds, parse_type(p));
		}
	}
	expect(p, "}");
	return t;
}

static Type *parse_type(Parser *p) {
	if (accept(p, "*"))
		return type_ptr(parse_type(p));
	if (accept(p, "[]"))
		return type_slice(parse_type(p));
	if (accept(p, "[")) {
		int64_t n = parse_int(p);
		expect(p, "]");
		return type_array(parse_type(p), n);
	}
	if (accept(p, "map[")) {
		Type *k = parse_type(p);
		expect(p, "]");
		return type_map(k, parse_type(p));
	}
	if (accept(p, "chan<- "))
		return type_chan(parse_type(p), CHAN_SEND);
	if (accept(p, "<-chan "))
		return type_chan(parse_type(p), CHAN_RECV);
	if (accept(p, "chan (")) {
		Type *e = parse_type(p);
		expect(p, ")");
		return type_chan(e, CHAN_BOTH);
	}
	if (accept(p, "chan "))
		return type_chan(parse_type(p), CHAN_BOTH);
	if (keyword_at(p, "func", "(")) {
		p->s += 4;
		return parse_signature(p);
	}
	if (accept(p, "struct{"))
		return parse_struct(p);
	if (accept(p, "interface{"))
		return parse_interface(p);
	if (accept(p, "invalid type"))
		return ty_invalid;
	if (accept(p, "<nil>"))
		return NULL;
	const char *q = p->s;
	while (typename_char((unsigned char)*q))
		q++;
	if (q == p->s)
		fail(p, "expected a type at \"%.20s\"", p->s);
	const char *name = arena_strndup(fn_arena, p->s, (size_t)(q - p->s));
	p->s = q;
	return lookup_named(p, name);
}

/* "<T>" or "<T1,T2,...>" (a tuple) */
static Type *parse_value_type(Parser *p) {
	expect(p, "<");
	Type *elems[64];
	int n = 0;
	for (;;) {
		if (n == 64)
			fail(p, "tuple too long");
		elems[n++] = parse_type(p);
		if (!accept(p, ","))
			break;
	}
	expect(p, ">");
	return n == 1 ? elems[0] : ssa_tuple_type(elems, n);
}

/* ---------------- values, blocks, symbols ---------------- */

static Value *value_ref(Parser *p, int id) {
	if (id >= p->nvalues) {
		int n = p->nvalues ? p->nvalues : 64;
		while (n <= id)
			n *= 2;
		p->values = realloc(p->values, sizeof(Value *) * (size_t)n);
		memset(p->values + p->nvalues, 0, sizeof(Value *) * (size_t)(n - p->nvalues));
		p->nvalues = n;
	}
	if (!p->values[id]) {
		Value *v = NEW(fn_arena, Value);
		v->id = id;
		v->args = v->argstorage;
		p->values[id] = v;
	}
	return p->values[id];
}

static Block *block_ref(Parser *p, int id) {
	if (id >= p->nblocks) {
		int n = p->nblocks ? p->nblocks : 16;
		while (n <= id)
			n *= 2;
		p->blocks = realloc(p->blocks, sizeof(Block *) * (size_t)n);
		memset(p->blocks + p->nblocks, 0, sizeof(Block *) * (size_t)(n - p->nblocks));
		p->nblocks = n;
	}
	if (!p->blocks[id]) {
		Block *b = NEW(fn_arena, Block);
		b->id = id;
		p->blocks[id] = b;
	}
	return p->blocks[id];
}

/* The Obj for a symbol: kind 'l' locals and parameters, 'g' globals, 'f' functions. */
static Obj *symbol(Parser *p, char kind, const char *name, Type *t) {
	char *key = arena_printf(fn_arena, "%c:%s", kind, name);
	Obj *o = strmap_get(&p->objs, key);
	if (o) {
		if (!o->type)
			o->type = t;
		return o;
	}
	o = NEW(fn_arena, Obj);
	o->kind = kind == 'f' ? OBJ_FUNC : OBJ_VAR;
	o->type = t;
	if (kind == 'g') {
		/* printed as pkg.name: any split at a dot prints the same */
		const char *dot = strrchr(name, '.');
		o->vclass = VC_GLOBAL;
		o->pkg = dot ? arena_strndup(fn_arena, name, (size_t)(dot - name)) : "main";
		o->name = dot ? dot + 1 : name;
	} else if (kind == 'f') {
		o->name = name;
		o->linkname = name;
	} else {
		o->name = name;
		o->vclass = strncmp(name, "~r", 2) == 0 ? VC_RESULT : VC_LOCAL;
	}
	strmap_put(&p->objs, key, o);
	return o;
}

static AuxCall *parse_auxcall(Parser *p) {
	expect(p, "AuxCall{");
	const char *name = parse_braced(p);
	AuxCall *c = NEW(fn_arena, AuxCall);
	if (strcmp(name, "nil") == 0)
		return c;
	int rt = strncmp(name, "runtime.", 8) == 0 ? rt_entry_index(name + 8) : -1;
	c->fn = name; /* "runtime.newobject", as ssagen.c names runtime calls */
	if (rt >= 0)
		c->rt = rt + 1;
	return c;
}

/* Aux and auxint of v (v->op and v->type set), as put_aux prints them. */
static void parse_aux(Parser *p, Value *v) {
	switch (op_info[v->op].aux) {
	case AUX_NONE:
		return;
	case AUX_INT:
		expect(p, " [");
		v->auxint = parse_int(p);
		expect(p, "]");
		return;
	case AUX_BOOL:
		if (accept(p, " [true]"))
			v->auxint = 1;
		else
			expect(p, " [false]");
		return;
	case AUX_FLOAT: {
		expect(p, " [");
		const char *q = p->s;
		while (*q && *q != ']' && *q != '\n')
			q++;
		char *lit = arena_strndup(fn_arena, p->s, (size_t)(q - p->s)), *end;
		double d = strtod(lit, &end);
		if (*end || end == lit)
			fail(p, "bad float %s", lit);
		memcpy(&v->auxint, &d, sizeof d);
		p->s = q;
		expect(p, "]");
		return;
	}
	case AUX_STRING:
		if (accept(p, " {")) {
			SsaString *s = NEW(fn_arena, SsaString);
			s->s = parse_quoted(p, &s->len);
			expect(p, "}");
			v->aux = s;
		}
		return;
	case AUX_TYP:
	case AUX_TYPSIZE:
		if (accept(p, " {")) {
			v->aux = parse_type(p);
			expect(p, "}");
		}
		break;
	case AUX_CALL:
		if (accept(p, " {")) {
			v->aux = parse_auxcall(p);
			expect(p, "}");
		}
		break;
	case AUX_SYM:
	case AUX_SYMOFF: {
		const char *name = NULL;
		if (accept(p, " {")) {
			if (v->op == OpAddr && accept(p, "type.")) {
				v->aux = parse_type(p);
				expect(p, "}");
			} else if (v->op == OpAddr && accept(p, "go.itab.")) {
				ItabSym *is = NEW(perm, ItabSym);
				is->type = parse_type(p);
				expect(p, ",");
				is->iface = parse_type(p);
				expect(p, "}");
				v->aux = is;
			} else {
				name = parse_braced(p);
			}
		}
		if (p->s[0] == ' ' && p->s[1] == '[') {
			p->s += 2;
			v->auxint = parse_int(p);
			expect(p, "]");
		}
		if (!name)
			return;
		Type *t = v->type;
		switch (v->op) {
		case OpArg:
			t = v->auxint == 1 || v->auxint == 2 ? (t && t->elem ? t->elem : NULL) : t;
			v->aux = symbol(p, 'l', name, t);
			if (v->auxint == 2)
				((Obj *)v->aux)->vclass = VC_RESULT;
			else if (v->auxint == 0 || v->auxint == 1)
				((Obj *)v->aux)->vclass = VC_PARAM;
			break;
		case OpLocalAddr:
			v->aux = symbol(p, 'l', name, t && t->kind == TY_POINTER ? t->elem : NULL);
			break;
		case OpAddr: {
			size_t n = strlen(name);
			const char *mid = "\xc2\xb7" "f"; /* ·f */
			if (v->auxint == 0 && n > 3 && strcmp(name + n - 3, mid) == 0)
				v->aux = symbol(p, 'f', arena_strndup(fn_arena, name, n - 3), t);
			else if (v->auxint == 1)
				v->aux = symbol(p, 'f', name, NULL);
			else
				v->aux = symbol(p, 'g', name, t && t->kind == TY_POINTER ? t->elem : NULL);
			break;
		}
		default: /* VarDef, FwdRef */
			v->aux = symbol(p, 'l', name, v->op == OpFwdRef ? t : NULL);
			break;
		}
		return;
	}
	}
	/* AUX_TYPSIZE, AUX_CALL: an optional auxint */
	if (p->s[0] == ' ' && p->s[1] == '[') {
		p->s += 2;
		v->auxint = parse_int(p);
		expect(p, "]");
	}
}

static bool needs_tuple(Op op) {
	return op == OpStaticLECall || op == OpClosureLECall || op == OpInterLECall || op == OpMakeResult ||
	       ssa_op_is_atomic(op);
}

static const Op *op_by_name(const char *name, size_t n) {
	static StrMap ops;
	static Op codes[OP_COUNT];
	if (!ops.len)
		for (int i = 1; i < OP_COUNT; i++) {
			codes[i] = (Op)i;
			strmap_put(&ops, op_info[i].name, &codes[i]);
		}
	char buf[64];
	if (n >= sizeof buf)
		return NULL;
	memcpy(buf, name, n);
	buf[n] = 0;
	return strmap_get(&ops, buf);
}

/* "    (+5) v3 = Load <int> v2 v1 (x[int]) DEAD" */
static void parse_value(Parser *p, Block *b) {
	expect(p, "(");
	Pos pos = {0};
	bool stmt = false;
	if (!accept(p, "?")) {
		stmt = accept(p, "+");
		if (!stmt)
			accept(p, "-");
		int64_t line = parse_int(p);
		if (line <= 0 || line > UINT32_MAX)
			fail(p, "bad line number");
		pos.line = (uint32_t)line;
	}
	expect(p, ") ");
	Value *v = value_ref(p, parse_id(p, 'v'));
	if (v->block)
		fail(p, "v%d defined twice", v->id);
	expect(p, " = ");
	const char *q = p->s;
	while (isalnum((unsigned char)*q))
		q++;
	const Op *op = op_by_name(p->s, (size_t)(q - p->s));
	if (!op)
		fail(p, "unknown op %.*s", (int)(q - p->s), p->s);
	p->s = q;
	v->op = *op;
	v->pos = pos;
	v->is_stmt = stmt;
	v->block = b;
	expect(p, " ");
	v->type = parse_value_type(p);
	if (needs_tuple(v->op) && v->type && v->type->kind != TY_TUPLE)
		v->type = ssa_tuple_type(&v->type, 1);
	parse_aux(p, v);
	while (p->s[0] == ' ' && p->s[1] == 'v') {
		p->s++;
		ssa_add_arg(v, value_ref(p, parse_id(p, 'v')));
	}
	if (accept(p, " (")) { /* the names the printer adds */
		int depth = 0;
		for (; !at_eol(p); p->s++) {
			if (*p->s == '(')
				depth++;
			else if (*p->s == ')' && depth-- == 0)
				break;
		}
		expect(p, ")");
	}
	accept(p, " DEAD");
	vec_push(&b->values, v);
}

/* "    If v4 -> b2 b3 (likely)" */
static void parse_block_end(Parser *p, Block *b) {
	const char *q = p->s;
	while (isalpha((unsigned char)*q))
		q++;
	b->kind = BlockInvalid;
	for (int k = BlockPlain; k <= BlockFirst; k++)
		if ((size_t)(q - p->s) == strlen(block_kind_name[k]) && strncmp(p->s, block_kind_name[k], (size_t)(q - p->s)) == 0)
			b->kind = (BlockKind)k;
	if (b->kind == BlockInvalid)
		fail(p, "unknown block kind %.*s", (int)(q - p->s), p->s);
	p->s = q;
	if (p->s[0] == ' ' && p->s[1] == 'v') {
		p->s++;
		ssa_set_control(b, value_ref(p, parse_id(p, 'v')));
	}
	if (accept(p, " ->"))
		while (p->s[0] == ' ' && p->s[1] == 'b') {
			p->s++;
			vec_push(&b->succs, block_ref(p, parse_id(p, 'b')));
		}
	if (accept(p, " (likely)"))
		b->likely = LIKELY_YES;
	else if (accept(p, " (unlikely)"))
		b->likely = LIKELY_NO;
}

/* "name x[int]: [v3 v7]" */
static void parse_name(Parser *p) {
	const char *q = p->s;
	while (*q && *q != '[' && *q != '\n')
		q++;
	const char *name = arena_strndup(fn_arena, p->s, (size_t)(q - p->s));
	p->s = q;
	expect(p, "[");
	Type *t = parse_type(p);
	expect(p, "]: [");
	/* the variable x of that type, shared with the values naming x if it is theirs */
	Obj *o = symbol(p, 'l', name, t);
	if (o->type != t) {
		Arena tmp = {0};
		bool same = t && o->type && strcmp(type_string(&tmp, o->type, false), type_string(&tmp, t, false)) == 0;
		arena_reset(&tmp);
		if (!same) { /* another variable of the same name */
			Obj *o2 = NEW(fn_arena, Obj);
			*o2 = *o;
			o2->type = t;
			o = o2;
		}
	}
	NamedValue *nv = NEW(fn_arena, NamedValue);
	nv->var = o;
	while (*p->s != ']') {
		if (nv->values.len)
			expect(p, " ");
		vec_push(&nv->values, value_ref(p, parse_id(p, 'v')));
	}
	expect(p, "]");
	vec_push(&p->f->names, nv);
}

static bool skip_line(const char *s) {
	while (*s == ' ' || *s == '\t')
		s++;
	return *s == '\n' || *s == 0 || (s[0] == '/' && s[1] == '/') || strncmp(s, "dependency cycle!", 17) == 0;
}

static void next_line(Parser *p) {
	const char *e = strchr(p->s, '\n');
	p->s = e ? e + 1 : p->s + strlen(p->s);
	p->line = p->s;
	p->lineno++;
}

static int count_block(Vec *v, Block *b) {
	int n = 0;
	for (int i = 0; i < v->len; i++)
		n += VEC_AT(*v, i) == b;
	return n;
}

static void parse_func(Parser *p) {
	while (*p->s && skip_line(p->s))
		next_line(p);
	if (!*p->s)
		fail(p, "no function");
	/* header: name, then the type */
	const char *q = p->s;
	while (*q && *q != ' ' && *q != '\n')
		q++;
	if (*q != ' ')
		fail(p, "expected \"NAME TYPE\"");
	Func *f = p->f = ssa_func_new(arena_strndup(fn_arena, p->s, (size_t)(q - p->s)));
	f->symbol = f->name;
	p->s = q + 1;
	f->type = parse_type(p);
	if (!at_eol(p))
		fail(p, "junk after the function's type");
	next_line(p);

	Block *b = NULL; /* the block whose values are being read */
	for (; *p->s; next_line(p)) {
		if (skip_line(p->s))
			continue;
		if (accept(p, "  b")) {
			if (b)
				fail(p, "block b%d has no end", b->id);
			p->s--;
			b = block_ref(p, parse_id(p, 'b'));
			if (b->func)
				fail(p, "b%d defined twice", b->id);
			b->func = f;
			vec_push(&f->blocks, b);
			expect(p, ":");
			if (accept(p, " <-"))
				while (p->s[0] == ' ' && p->s[1] == 'b') {
					p->s++;
					vec_push(&b->preds, block_ref(p, parse_id(p, 'b')));
				}
			accept(p, " DEAD");
		} else if (accept(p, "    (")) {
			if (!b)
				fail(p, "value outside a block");
			p->s--;
			parse_value(p, b);
		} else if (accept(p, "    ")) {
			if (!b)
				fail(p, "block end outside a block");
			parse_block_end(p, b);
			b = NULL;
		} else if (accept(p, "name ")) {
			if (b)
				fail(p, "block b%d has no end", b->id);
			parse_name(p);
		} else {
			fail(p, "unexpected line");
		}
		if (!at_eol(p))
			fail(p, "junk at \"%.20s\"", p->s);
	}
	p->line = NULL;
	if (b)
		fail(p, "block b%d has no end", b->id);
	if (!f->blocks.len)
		fail(p, "no blocks");

	/* everything used is defined; edges agree */
	f->entry = VEC_AT(f->blocks, 0);
	for (int id = 1; id < p->nblocks; id++) {
		Block *x = p->blocks[id];
		if (!x)
			continue;
		if (!x->func)
			fail(p, "b%d used but not defined", id);
		f->next_block_id = id + 1;
		for (int i = 0; i < x->succs.len; i++) {
			Block *s = VEC_AT(x->succs, i);
			if (count_block(&s->preds, x) != count_block(&x->succs, s))
				fail(p, "b%d -> b%d is not among b%d's predecessors", x->id, s->id, s->id);
		}
		for (int i = 0; i < x->preds.len; i++) {
			Block *s = VEC_AT(x->preds, i);
			if (count_block(&s->succs, x) != count_block(&x->preds, s))
				fail(p, "b%d <- b%d is not among b%d's successors", x->id, s->id, s->id);
		}
	}
	for (int id = 1; id < p->nvalues; id++) {
		Value *v = p->values[id];
		if (!v)
			continue;
		if (!v->block)
			fail(p, "v%d used but not defined", id);
		f->next_value_id = id + 1;
		Obj *o = v->aux;
		if (v->op == OpArg && v->auxint == 3)
			f->is_closure = true;
		if (v->op == OpArg && v->auxint == 2)
			f->has_result_ptrs = true;
		if (v->op == OpLocalAddr && o && o->vclass == VC_LOCAL) {
			bool found = false;
			for (int i = 0; i < f->autos.len && !found; i++)
				found = VEC_AT(f->autos, i) == o;
			if (!found)
				vec_push(&f->autos, o);
		}
	}
	/* a Copy of a one-element tuple printed as <mem> is that tuple */
	for (int id = 1; id < p->nvalues; id++) {
		Value *v = p->values[id];
		if (!v || v->op != OpCopy || v->nargs != 1)
			continue;
		Value *a = v->args[0];
		for (int n = 0; a->op == OpCopy && a->nargs == 1 && n < p->nvalues; n++)
			a = a->args[0];
		if (a->type && a->type->kind == TY_TUPLE && v->type && v->type->kind != TY_TUPLE)
			v->type = a->type;
	}
}

Func *ssa_parse(const char *text, StrMap *named, char **err) {
	Parser p = {.s = text, .line = text, .lineno = 1, .named = named};
	*err = NULL;
	if (setjmp(p.fail) == 0)
		parse_func(&p);
	Func *f = p.err.len ? NULL : p.f;
	if (p.err.len)
		*err = arena_strdup(fn_arena, sb_cstr(&p.err));
	free(p.values);
	free(p.blocks);
	free(p.objs.e);
	sb_free(&p.err);
	return f;
}

Type *ssa_parse_type(const char *text, StrMap *named, char **err) {
	Parser p = {.s = text, .line = text, .lineno = 1, .named = named};
	*err = NULL;
	if (setjmp(p.fail) == 0) {
		p.type = parse_type(&p);
		if (!at_eol(&p))
			fail(&p, "junk after the type");
	}
	if (p.err.len)
		*err = arena_strdup(fn_arena, sb_cstr(&p.err));
	sb_free(&p.err);
	free(p.objs.e);
	return p.err.len ? NULL : p.type;
}

/* ---------------- -d=ssa/roundtrip ---------------- */

static void collect_type(StrMap *m, Type *t) {
	if (!t)
		return;
	if (t->named) {
		Arena tmp = {0};
		for (int q = 0; q < 2; q++) {
			char *s = type_string(&tmp, t, q);
			if (!strmap_get(m, s))
				strmap_put(m, arena_strdup(fn_arena, s), t);
		}
		arena_reset(&tmp);
		return;
	}
	collect_type(m, t->elem);
	collect_type(m, t->key);
	Vec *fields[] = {&t->fields, &t->params, &t->results};
	for (int k = 0; k < 3; k++)
		for (int i = 0; i < fields[k]->len; i++)
			collect_type(m, ((Field *)VEC_AT(*fields[k], i))->type);
	for (int i = 0; i < t->methods.len; i++)
		collect_type(m, ((Method *)VEC_AT(t->methods, i))->type);
	for (int i = 0; i < t->embeddeds.len; i++)
		collect_type(m, VEC_AT(t->embeddeds, i));
}

void ssa_named_types(Func *f, StrMap *m) {
	collect_type(m, f->type);
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			collect_type(m, v->type);
			if (!v->aux || (unsigned)v->op >= OP_COUNT)
				continue;
			switch (op_info[v->op].aux) {
			case AUX_TYP:
			case AUX_TYPSIZE:
				collect_type(m, v->aux);
				break;
			case AUX_SYM:
			case AUX_SYMOFF:
				if (v->op == OpAddr && v->auxint == 2) {
					collect_type(m, v->aux);
				} else if (v->op == OpAddr && v->auxint == 3) {
					collect_type(m, ((ItabSym *)v->aux)->type);
					collect_type(m, ((ItabSym *)v->aux)->iface);
				}
				break;
			default:
				break;
			}
		}
	}
	for (int i = 0; i < f->names.len; i++) {
		NamedValue *nv = VEC_AT(f->names, i);
		if (nv->var)
			collect_type(m, nv->var->type);
	}
}

static char *print_to_string(Func *f) {
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	if (!out)
		ice("open_memstream failed");
	ssa_print(out, f);
	fclose(out);
	return buf;
}

void ssa_roundtrip(Func *f) {
	char *want = print_to_string(f);
	/* the copy lives in an arena of its own, dropped at the end */
	Arena tmp = {0}, *saved = fn_arena;
	fn_arena = &tmp;
	StrMap named = {0};
	ssa_named_types(f, &named);
	char *err;
	Func *g = ssa_parse(want, &named, &err);
	char *got = g ? print_to_string(g) : NULL;
	if (g) {
		for (int bi = 0; bi < g->blocks.len; bi++) {
			Block *b = VEC_AT(g->blocks, bi);
			free(b->values.data);
			free(b->preds.data);
			free(b->succs.data);
		}
		for (int i = 0; i < g->names.len; i++)
			free(((NamedValue *)VEC_AT(g->names, i))->values.data);
		free(g->names.data);
		free(g->autos.data);
		free(g->blocks.data);
	}
	free(named.e);
	char *msg = NULL;
	if (!g) {
		msg = strdup(err);
	} else if (strcmp(want, got) != 0) {
		/* the first line that differs */
		const char *a = want, *b = got;
		int line = 1;
		while (*a && *a == *b) {
			if (*a == '\n')
				line++;
			a++, b++;
		}
		while (a > want && a[-1] != '\n')
			a--, b--;
		int na = (int)strcspn(a, "\n"), nb = (int)strcspn(b, "\n");
		StrBuf sb = {0};
		sb_printf(&sb, "line %d printed back differently:\n\twas: %.*s\n\tnow: %.*s", line, na, a, nb, b);
		msg = strdup(sb_cstr(&sb));
		sb_free(&sb);
	}
	fn_arena = saved;
	arena_reset(&tmp);
	free(got);
	free(want);
	if (msg)
		ssa_fatalf(f, "SSA text does not parse back after pass \"%s\": %s", f->pass ? f->pass : "start", msg);
}
