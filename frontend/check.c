/* check.c — the type checker's package level (go/types check.go, resolver.go,
 * decl.go, initorder.go): collect the package's objects from all files,
 * resolve their declarations lazily in dependency order with cycle
 * detection, check function bodies, compute the variable initialisation
 * order, name functions and closures as gc does, and finally sweep the tree
 * so that it honours the contract in frontend.h (no N_PAREN in expressions,
 * no untyped types).
 *
 * Errors use types2's wording as cmd/compile configures it
 * (CompilerErrorMessages); diag.c sorts them and stops after ten.
 */
#include "check.h"

bool check_complete;

Checker chk;


/* ---------------- errors ---------------- */

static void verr(Pos p, const char *fmt, va_list ap) {
	StrBuf b = {0};
	sb_vprintf(&b, fmt, ap);
	char *msg = sb_cstr(&b);
	/* types2's cheap trick: "invalid operand"/"invalid type" in the middle of a
	 * message after a first error is a follow-on error */
	if (chk.any_error) {
		char *s1 = strstr(msg, "invalid operand"), *s2 = strstr(msg, "invalid type");
		if ((s1 && s1 > msg) || (s2 && s2 > msg)) {
			sb_free(&b);
			return;
		}
	}
	if (chk.has_errpos)
		p = chk.errpos;
	chk.any_error = true;
	if (!(p.file < chk.nmuted && chk.muted[p.file]))
		diag_errorf(p, "%s", msg);
	sb_free(&b);
}

void check_errorf(Pos p, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	verr(p, fmt, ap);
	va_end(ap);
}

void check_soft_errorf(Pos p, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	verr(p, fmt, ap);
	va_end(ap);
}

char *check_sprintf(const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	StrBuf b = {0};
	sb_vprintf(&b, fmt, ap);
	va_end(ap);
	char *s = arena_strdup(perm, sb_cstr(&b));
	sb_free(&b);
	return s;
}

const char *tstr(Type *t) { return type_string(perm, t, false); }

Node *unparen(Node *n) {
	while (n && n->kind == N_PAREN && n->x)
		n = n->x;
	return n;
}

Node *check_unparen(Node *n) { return unparen(n); }

/* syntax.StartPos: the leftmost position of an expression or statement,
 * exactly as gc computes it (it does not look into key:value pairs or slice
 * expressions, for instance). */
Pos start_pos(Node *n) {
	for (int guard = 0; n && guard < 100000; guard++) {
		switch (n->kind) {
		case N_COMPOSITE:
			if (!n->x)
				return n->pos;
			n = n->x;
			break;
		case N_SELECTOR:
		case N_INDEX:
		case N_TYPEASSERT:
		case N_BINARY:
		case N_CALL:
		case N_BUILTINCALL:
		case N_SEND:
		case N_INCDEC:
			if (!n->x)
				return n->pos;
			n = n->x;
			break;
		case N_EXPRSTMT:
			return n->x ? n->x->pos : n->pos;
		case N_CONV:
			if (n->implicit && n->x)
				n = n->x;
			else if (!n->implicit && n->y)
				n = n->y;
			else
				return n->pos;
			break;
		case N_ASSIGN:
			if (n->list.len == 0)
				return n->pos;
			n = n->list.data[0];
			break;
		default:
			return n->pos;
		}
	}
	return n ? n->pos : (Pos){0};
}

/* ---------------- expression printing (syntax.String, ShortForm) ---------------- */

static void expr_to(StrBuf *b, Node *n);

static void exprlist_to(StrBuf *b, Vec *v) {
	for (int i = 0; i < v->len; i++) {
		if (i > 0)
			sb_puts(b, ", ");
		expr_to(b, v->data[i]);
	}
}

static void params_to(StrBuf *b, Vec *fields) {
	sb_putc(b, '(');
	bool first = true;
	for (int i = 0; i < fields->len; i++) {
		Node *f = fields->data[i];
		if (f->list.len == 0) {
			if (!first)
				sb_puts(b, ", ");
			first = false;
			expr_to(b, unparen(f->x));
			continue;
		}
		for (int j = 0; j < f->list.len; j++) {
			if (!first)
				sb_puts(b, ", ");
			first = false;
			Node *nm = f->list.data[j];
			sb_puts(b, nm->name ? nm->name : "_");
			if (j == f->list.len - 1) {
				sb_putc(b, ' ');
				expr_to(b, unparen(f->x));
			}
		}
	}
	sb_putc(b, ')');
}

static void signature_to(StrBuf *b, Node *ft) {
	params_to(b, &ft->list);
	if (ft->list2.len == 0)
		return;
	sb_putc(b, ' ');
	Node *r0 = ft->list2.data[0];
	if (ft->list2.len == 1 && r0->list.len == 0)
		expr_to(b, r0->x);
	else
		params_to(b, &ft->list2);
}

static void expr_to(StrBuf *b, Node *n) {
	if (!n) {
		return;
	}
	switch (n->kind) {
	case N_BAD:
		sb_puts(b, "<bad expr>");
		break;
	case N_NAME:
		sb_puts(b, n->name ? n->name : "_");
		break;
	case N_BASICLIT:
		sb_puts(b, n->lit ? n->lit : "");
		break;
	case N_FUNCLIT:
		expr_to(b, n->x);
		sb_puts(b, n->body && n->body->list.len ? " {…}" : " {}");
		break;
	case N_COMPOSITE:
		if (n->x)
			expr_to(b, n->x);
		sb_puts(b, n->list.len ? "{…}" : "{}");
		break;
	case N_KEYVALUE:
		expr_to(b, n->x);
		sb_puts(b, ": ");
		expr_to(b, n->y);
		break;
	case N_PAREN:
		sb_putc(b, '(');
		expr_to(b, n->x);
		sb_putc(b, ')');
		break;
	case N_SELECTOR:
		expr_to(b, n->x);
		sb_putc(b, '.');
		sb_puts(b, n->name ? n->name : "_");
		break;
	case N_INDEX:
		expr_to(b, n->x);
		sb_putc(b, '[');
		expr_to(b, n->y);
		sb_putc(b, ']');
		break;
	case N_SLICEEXPR:
		expr_to(b, n->x);
		sb_putc(b, '[');
		expr_to(b, n->y);
		sb_putc(b, ':');
		expr_to(b, n->z);
		if (n->slice3 || n->w) {
			sb_putc(b, ':');
			expr_to(b, n->w);
		}
		sb_putc(b, ']');
		break;
	case N_TYPEASSERT:
		expr_to(b, n->x);
		sb_puts(b, ".(");
		if (n->y)
			expr_to(b, n->y);
		else
			sb_puts(b, "type");
		sb_putc(b, ')');
		break;
	case N_CALL:
	case N_BUILTINCALL:
		expr_to(b, n->x);
		sb_putc(b, '(');
		exprlist_to(b, &n->list);
		if (n->has_dots)
			sb_puts(b, "...");
		sb_putc(b, ')');
		break;
	case N_CONV:
		if (n->implicit) {
			expr_to(b, n->x);
		} else {
			expr_to(b, n->y);
			sb_putc(b, '(');
			expr_to(b, n->x);
			sb_putc(b, ')');
		}
		break;
	case N_STAR:
	case N_DEREF:
		sb_putc(b, '*');
		expr_to(b, n->x);
		break;
	case N_UNARY:
		if (n->op > 0 && n->op < TK_COUNT)
			sb_puts(b, tok_text[n->op]);
		expr_to(b, n->x);
		break;
	case N_BINARY:
		expr_to(b, n->x);
		sb_putc(b, ' ');
		if (n->op > 0 && n->op < TK_COUNT)
			sb_puts(b, tok_text[n->op]);
		sb_putc(b, ' ');
		expr_to(b, n->y);
		break;
	case N_ARRAYTYPE:
		sb_putc(b, '[');
		if (n->x && n->x->kind == N_ELLIPSIS)
			sb_puts(b, "...");
		else if (n->x)
			expr_to(b, n->x);
		sb_putc(b, ']');
		expr_to(b, n->y);
		break;
	case N_ELLIPSIS:
		sb_puts(b, "...");
		expr_to(b, n->x);
		break;
	case N_STRUCTTYPE:
		sb_puts(b, "struct{");
		for (int i = 0; i < n->list.len; i++) {
			Node *f = n->list.data[i];
			if (i > 0)
				sb_puts(b, "; ");
			for (int j = 0; j < f->list.len; j++) {
				Node *nm = f->list.data[j];
				if (j > 0)
					sb_puts(b, ", ");
				sb_puts(b, nm->name ? nm->name : "_");
			}
			if (f->list.len)
				sb_putc(b, ' ');
			expr_to(b, f->x);
			if (f->lit) {
				sb_putc(b, ' ');
				sb_puts(b, f->lit);
			}
		}
		sb_putc(b, '}');
		break;
	case N_FUNCTYPE:
		sb_puts(b, "func");
		signature_to(b, n);
		break;
	case N_INTERFACETYPE:
		sb_puts(b, "interface{");
		for (int i = 0; i < n->list.len; i++) {
			Node *f = n->list.data[i];
			if (i > 0)
				sb_puts(b, "; ");
			if (f->list.len && f->x && f->x->kind == N_FUNCTYPE) {
				Node *nm = f->list.data[0];
				sb_puts(b, nm->name ? nm->name : "_");
				signature_to(b, f->x);
			} else {
				expr_to(b, f->x);
			}
		}
		sb_putc(b, '}');
		break;
	case N_MAPTYPE:
		sb_puts(b, "map[");
		expr_to(b, n->x);
		sb_putc(b, ']');
		expr_to(b, n->y);
		break;
	case N_CHANTYPE: {
		Node *e = n->y ? n->y : n->x;
		if (n->op == CHAN_RECV)
			sb_puts(b, "<-chan ");
		else if (n->op == CHAN_SEND)
			sb_puts(b, "chan<- ");
		else
			sb_puts(b, "chan ");
		if (n->op != CHAN_SEND && n->op != CHAN_RECV && e && e->kind == N_CHANTYPE && e->op == CHAN_RECV) {
			sb_putc(b, '(');
			expr_to(b, e);
			sb_putc(b, ')');
		} else {
			expr_to(b, e);
		}
		break;
	}
	default:
		sb_puts(b, "?");
		break;
	}
}

const char *estr(Node *n) {
	StrBuf b = {0};
	expr_to(&b, n);
	char *s = arena_strdup(perm, b.s ? b.s : "");
	sb_free(&b);
	return s;
}

/* operandString (go/types operand.go) */
static const char *const mode_names[] = {
	[OM_INVALID] = "invalid operand", [OM_NOVALUE] = "no value",    [OM_BUILTIN] = "built-in",
	[OM_TYPEXPR] = "type",            [OM_CONST] = "constant",      [OM_VAR] = "variable",
	[OM_MAPINDEX] = "map index expression", [OM_VALUE] = "value",   [OM_NIL] = "nil",
	[OM_COMMAOK] = "comma, ok expression",
};

static const char *builtin_name(BuiltinKind b) {
	switch (b) {
	case BI_APPEND: return "append";
	case BI_CAP: return "cap";
	case BI_CLOSE: return "close";
	case BI_COMPLEX: return "complex";
	case BI_COPY: return "copy";
	case BI_DELETE: return "delete";
	case BI_IMAG: return "imag";
	case BI_LEN: return "len";
	case BI_MAKE: return "make";
	case BI_NEW: return "new";
	case BI_PANIC: return "panic";
	case BI_PRINT: return "print";
	case BI_PRINTLN: return "println";
	case BI_REAL: return "real";
	case BI_RECOVER: return "recover";
	case BI_ALIGNOF: return "Alignof";
	case BI_OFFSETOF: return "Offsetof";
	case BI_SIZEOF: return "Sizeof";
	case BI_UNSAFE_ADD: return "Add";
	case BI_UNSAFE_SLICE: return "Slice";
	default: return "?";
	}
}

const char *opstr(Operand *x) {
	if (x->mode == OM_NIL) {
		if (!x->type || x->type == ty_invalid)
			return "nil (with invalid type)";
		if (x->type == ty_untyped_nil)
			return "nil";
		return check_sprintf("nil (of type %s)", tstr(x->type));
	}
	StrBuf b = {0};
	const char *expr = NULL;
	if (x->expr)
		expr = estr(x->expr);
	else if (x->mode == OM_BUILTIN)
		expr = builtin_name(x->id);
	else if (x->mode == OM_TYPEXPR)
		expr = tstr(x->type);
	else if (x->mode == OM_CONST && x->val)
		expr = const_string(perm, x->val);
	if (expr && *expr) {
		sb_puts(&b, expr);
		sb_puts(&b, " (");
	}
	bool has_type = false;
	switch (x->mode) {
	case OM_INVALID: case OM_NOVALUE: case OM_BUILTIN: case OM_TYPEXPR:
		break;
	default:
		if (x->type) {
			if (type_is_untyped(x->type)) {
				sb_puts(&b, x->type->named->name);
				sb_putc(&b, ' ');
				break;
			}
			has_type = true;
		}
	}
	sb_puts(&b, mode_names[x->mode]);
	if (x->mode == OM_CONST && x->val) {
		const char *s = const_string(perm, x->val);
		if (!expr || strcmp(s, expr) != 0) {
			sb_putc(&b, ' ');
			sb_puts(&b, s);
		}
	}
	if (has_type) {
		if (x->type != ty_invalid) {
			sb_puts(&b, " of type ");
			sb_puts(&b, tstr(x->type));
		} else {
			sb_puts(&b, " with invalid type");
		}
	}
	if (expr && *expr)
		sb_putc(&b, ')');
	char *s = arena_strdup(perm, sb_cstr(&b));
	sb_free(&b);
	return s;
}

/* ---------------- scopes ---------------- */

Scope *scope_new(Scope *parent, bool is_func) {
	Scope *s = NEW(perm, Scope);
	s->parent = parent;
	s->is_func = is_func;
	return s;
}

Obj *scope_lookup_local(Scope *s, const char *name) {
	if (s->map.cap)
		return strmap_get(&s->map, name);
	for (int i = 0; i < s->objs.len; i++) {
		Obj *o = s->objs.data[i];
		if (o->name == name || strcmp(o->name, name) == 0)
			return o;
	}
	return NULL;
}

Obj *scope_insert(Scope *s, Obj *o) {
	Obj *alt = scope_lookup_local(s, o->name);
	if (alt)
		return alt;
	vec_push(&s->objs, o);
	if (s->map.cap) {
		strmap_put(&s->map, o->name, o);
	} else if (s->objs.len > 12) {
		for (int i = 0; i < s->objs.len; i++) {
			Obj *p = s->objs.data[i];
			strmap_put(&s->map, p->name, p);
		}
	}
	return NULL;
}

Obj *check_lookup(const char *name) {
	for (Scope *s = chk.scope; s; s = s->parent) {
		Obj *o = scope_lookup_local(s, name);
		if (o)
			return o;
	}
	return universe_lookup(name);
}

void check_open_scope(bool is_func) { chk.scope = scope_new(chk.scope, is_func); }

void check_close_scope(void) {
	if (chk.scope && chk.scope->parent)
		chk.scope = chk.scope->parent;
}

void check_declare(Scope *s, Node *id, Obj *o) {
	if (id)
		id->obj = o;
	if (!o->name || strcmp(o->name, "_") == 0)
		return;
	Obj *alt = scope_insert(s, o);
	if (alt && alt != o) {
		o->used = true; /* never visible: no "declared but not used" for it */
		if (alt->pos.line)
			check_errorf(o->pos, "%s redeclared in this block\n\t%s: other declaration of %s", o->name,
			             pos_str(alt->pos), o->name);
		else
			check_errorf(o->pos, "%s redeclared in this block", o->name);
	}
}

Obj *check_new_var(const char *name, Pos p, Type *t, VarClass vc) {
	Obj *o = obj_new(OBJ_VAR, name, p);
	o->type = t;
	o->vclass = vc;
	o->pkg = chk.pkg->path;
	if (vc != VC_GLOBAL && chk.func) {
		o->owner = chk.func;
		vec_push(&chk.func->locals, o);
	}
	return o;
}

/* ---------------- dependencies ---------------- */

void check_add_dep(Obj *o) {
	DeclInfo *d = chk.decl;
	if (!d || !o)
		return;
	if (o->kind != OBJ_CONST && o->kind != OBJ_VAR && o->kind != OBJ_FUNC)
		return;
	if (!ptrmap_get(&chk.decls, o))
		return; /* not a package-level object */
	for (int i = 0; i < d->deps.len; i++)
		if (d->deps.data[i] == o)
			return;
	vec_push(&d->deps, o);
}

/* ---------------- environments ---------------- */

typedef struct Env {
	DeclInfo *decl;
	Scope *scope;
	Const *iota;
	Pos errpos;
	bool has_errpos;
	Type *sig;
	Node *func;
	int funcdepth;
	bool has_call_or_recv;
	bool has_label;
} Env;

static Env env_save(void) {
	return (Env){chk.decl, chk.scope, chk.iota, chk.errpos, chk.has_errpos, chk.sig, chk.func, chk.funcstack.len,
	             chk.has_call_or_recv, chk.has_label};
}

static void env_restore(Env e) {
	chk.decl = e.decl;
	chk.scope = e.scope;
	chk.iota = e.iota;
	chk.errpos = e.errpos;
	chk.has_errpos = e.has_errpos;
	chk.sig = e.sig;
	chk.func = e.func;
	chk.funcstack.len = e.funcdepth;
	chk.has_call_or_recv = e.has_call_or_recv;
	chk.has_label = e.has_label;
}

/* ---------------- object declarations ---------------- */

static void const_decl(Obj *o, Node **typ, Node **init, bool inherited, int iota);
static void var_decl(Obj *o, Obj **lhs, int nlhs, Node **typ, Node **init);
static void func_decl(Obj *o, DeclInfo *d);
static void collect_methods(Obj *o, DeclInfo *d);

/* A cycle through objpath[start:] reached obj again: is it allowed? */
static bool valid_cycle(int start) {
	int nval = 0, ndef = 0, n = chk.objpath.len - start;
	for (int i = start; i < chk.objpath.len; i++) {
		Obj *o = chk.objpath.data[i];
		if (o->kind == OBJ_CONST || o->kind == OBJ_VAR)
			nval++;
		else if (o->kind == OBJ_TYPE) {
			DeclInfo *d = ptrmap_get(&chk.decls, o);
			bool alias = d && d->spec && d->spec->is_alias;
			if (!alias)
				ndef++;
		}
	}
	if (nval == n)
		return true; /* reported by the initialisation order check */
	if (nval == 0 && ndef > 0)
		return true;
	return false;
}

static void cycle_error(Obj **cycle, int n) {
	int first = 0;
	for (int i = 1; i < n; i++) {
		Pos a = cycle[i]->pos, b = cycle[first]->pos;
		if (a.file < b.file || (a.file == b.file && (a.line < b.line || (a.line == b.line && a.col < b.col))))
			first = i;
	}
	Obj *o = cycle[first];
	StrBuf b = {0};
	if (o->kind == OBJ_TYPE)
		sb_printf(&b, "invalid recursive type %s", o->name);
	else
		sb_printf(&b, "illegal cycle in declaration of %s", o->name);
	int i = first;
	for (int k = 0; k < n; k++) {
		sb_printf(&b, "\n\t%s: %s refers to", pos_str(o->pos), o->name);
		i = (i + 1) % n;
		o = cycle[i];
	}
	sb_printf(&b, "\n\t%s: %s", pos_str(o->pos), o->name);
	check_errorf(cycle[first]->pos, "%s", sb_cstr(&b));
	sb_free(&b);
}

static void report_cycle_from(int start) {
	int n = chk.objpath.len - start;
	if (n <= 0)
		return;
	cycle_error((Obj **)&chk.objpath.data[start], n);
}

void check_obj_decl(Obj *o, Type *def) {
	DeclInfo *d = ptrmap_get(&chk.decls, o);
	if (!d)
		return; /* local or predeclared object: already done */
	if (d->color == 1)
		return;
	if (o->generic) {
		/* generic declarations are not checked (see collect_objects) */
		d->color = 1;
		if (!o->type)
			o->type = ty_invalid;
		return;
	}
	if (d->color == 0 && o->type && (o->kind == OBJ_VAR || o->kind == OBJ_CONST)) {
		/* typed as a side effect (n:1 variable declarations) */
		d->color = 1;
		Node *spec = d->spec;
		for (int i = 0; spec && i < spec->list.len; i++) {
			Node *nm = spec->list.data[i];
			if (nm && nm->obj == o)
				nm->type = o->type;
		}
		return;
	}
	if (d->color >= 2) {
		/* grey: a cycle */
		int start = d->color - 2;
		switch (o->kind) {
		case OBJ_CONST:
		case OBJ_VAR:
			if (!valid_cycle(start) || !o->type)
				o->type = ty_invalid;
			break;
		case OBJ_TYPE:
			if (!valid_cycle(start)) {
				report_cycle_from(start);
				o->type = ty_invalid;
			}
			break;
		case OBJ_FUNC:
			if (!valid_cycle(start))
				report_cycle_from(start);
			break;
		default:
			break;
		}
		if (!o->type)
			o->type = ty_invalid;
		return;
	}
	/* white */
	d->color = 2 + chk.objpath.len;
	vec_push(&chk.objpath, o);
	Env saved = env_save();
	chk.decl = NULL;
	chk.scope = d->fscope;
	chk.iota = NULL;
	chk.has_errpos = false;
	chk.sig = NULL;
	chk.func = NULL;
	chk.funcstack.len = 0;
	chk.has_call_or_recv = false;
	switch (o->kind) {
	case OBJ_CONST:
		chk.decl = d;
		const_decl(o, d->typ ? &d->spec->x : NULL, d->init, d->inherited, d->iota);
		break;
	case OBJ_VAR:
		chk.decl = d;
		if (d->lhs.len > 1)
			var_decl(o, (Obj **)d->lhs.data, d->lhs.len, d->typ ? &d->spec->x : NULL, d->init);
		else
			var_decl(o, NULL, 0, d->typ ? &d->spec->x : NULL, d->init);
		break;
	case OBJ_TYPE:
		check_type_decl(o, d->spec, def);
		collect_methods(o, d);
		break;
	case OBJ_FUNC:
		func_decl(o, d);
		break;
	default:
		break;
	}
	env_restore(saved);
	chk.objpath.len--;
	d->color = 1;
	if (o->kind == OBJ_VAR || o->kind == OBJ_CONST) {
		/* the declaring name node carries the object's type */
		Node *spec = d->spec;
		for (int i = 0; spec && i < spec->list.len; i++) {
			Node *nm = spec->list.data[i];
			if (nm && nm->obj == o)
				nm->type = o->type;
		}
	}
}

/* ---------------- constants ---------------- */

static void init_const(Obj *lhs, Operand *x) {
	if (x->mode == OM_INVALID || x->type == ty_invalid || lhs->type == ty_invalid) {
		if (!lhs->type)
			lhs->type = ty_invalid;
		return;
	}
	if (x->mode != OM_CONST) {
		check_errorf(start_pos(x->expr), "%s is not constant", opstr(x));
		if (!lhs->type)
			lhs->type = ty_invalid;
		return;
	}
	if (!lhs->type)
		lhs->type = x->type;
	check_assignment(x, lhs->type, "constant declaration");
	if (x->mode == OM_INVALID)
		return;
	lhs->val = x->val;
}

static void const_decl(Obj *o, Node **typ, Node **init, bool inherited, int iota) {
	Const *saved_iota = chk.iota;
	Pos saved_errpos = chk.errpos;
	bool saved_has = chk.has_errpos;
	chk.iota = const_make_int64(iota);
	chk.has_errpos = false;
	o->val = const_unknown();
	o->iota = iota;
	o->type = NULL;
	if (typ && *typ) {
		Type *t = check_typ(typ);
		if (!type_is_const_type(t)) {
			if (type_under(t) != ty_invalid)
				check_errorf(start_pos(*typ), "invalid constant type %s", tstr(t));
			o->type = ty_invalid;
			goto done;
		}
		o->type = t;
	}
	Operand x = {0};
	if (init && *init) {
		if (inherited) {
			chk.errpos = o->pos;
			chk.has_errpos = true;
		}
		check_expr(&x, init);
	}
	init_const(o, &x);
done:
	chk.iota = saved_iota;
	chk.errpos = saved_errpos;
	chk.has_errpos = saved_has;
}

/* ---------------- variables ---------------- */

static void var_decl(Obj *o, Obj **lhs, int nlhs, Node **typ, Node **init) {
	if (typ && *typ)
		o->type = check_var_type(typ);
	if (!init || !*init) {
		if (!typ || !*typ)
			o->type = ty_invalid;
		goto done;
	}
	if (nlhs <= 1) {
		Operand x = {0};
		check_expr(&x, init);
		Pos savec = check_convpos_const;
		if (!savec.line)
			check_convpos_const = o->pos;  // (gc's place for a constant's conversion)
		check_init_var(o, &x, "variable declaration");
		check_convpos_const = savec;
		goto done;
	}
	if (typ && *typ)
		for (int i = 0; i < nlhs; i++)
			lhs[i]->type = o->type;
	Node **rhs[1] = {init};
	check_init_vars(lhs, nlhs, rhs, 1, NULL);
done:
	if (o->type == ty_invalid)
		o->used = true;
	for (int i = 0; i < nlhs; i++)
		if (lhs[i]->type == ty_invalid)
			lhs[i]->used = true;
}

/* ---------------- types ---------------- */

/* type A B where B's declaration is still being resolved: A's underlying
 * type is known only once B's is (types2 resolves Named.under lazily). */
typedef struct PendingUnder {
	Type *T, *rhs;
} PendingUnder;
static Vec pending_under; /* PendingUnder* */

static bool is_pending_under(Type *t) {
	for (int i = 0; i < pending_under.len; i++)
		if (((PendingUnder *)pending_under.data[i])->T == t)
			return true;
	return false;
}

static bool is_incomplete(Type *t) {
	if (!t || !t->named || t == ty_invalid || t->under != ty_invalid)
		return false;
	DeclInfo *d = ptrmap_get(&chk.decls, t->named);
	return (d && d->color >= 2) || is_pending_under(t);
}

static void resolve_pending_under(void) {
	bool progress = true;
	while (progress) {
		progress = false;
		for (int i = 0; i < pending_under.len; i++) {
			PendingUnder *p = pending_under.data[i];
			if (is_incomplete(p->rhs))
				continue;
			pending_under.data[i] = pending_under.data[--pending_under.len];
			type_set_underlying(p->T, p->rhs);
			progress = true;
			break;
		}
	}
}

/* whatever is still pending refers to itself: type A B; type B A */
static void report_pending_under(void) {
	while (pending_under.len > 0) {
		PendingUnder *p = pending_under.data[0];
		Vec chain = {0}; /* Type* walked from p->T */
		int cycle_start = -1;
		Type *t = p->T;
		for (int guard = 0; t && guard < 10000; guard++) {
			for (int k = 0; k < chain.len; k++)
				if (chain.data[k] == t) {
					cycle_start = k;
					break;
				}
			if (cycle_start >= 0)
				break;
			vec_push(&chain, t);
			Type *next = NULL;
			for (int k = 0; k < pending_under.len; k++) {
				PendingUnder *q = pending_under.data[k];
				if (q->T == t)
					next = q->rhs;
			}
			t = next;
		}
		if (cycle_start >= 0) {
			int n = chain.len - cycle_start;
			Obj **objs = NEWARRAY(perm, Obj *, n);
			for (int k = 0; k < n; k++)
				objs[k] = ((Type *)chain.data[cycle_start + k])->named;
			cycle_error(objs, n);
		}
		/* everything on the chain becomes invalid; its dependents can resolve */
		for (int k = 0; k < chain.len; k++) {
			Type *c = chain.data[k];
			for (int j = 0; j < pending_under.len; j++)
				if (((PendingUnder *)pending_under.data[j])->T == c) {
					pending_under.data[j] = pending_under.data[--pending_under.len];
					break;
				}
			type_set_underlying(c, ty_invalid);
		}
		if (chain.len == 0)
			pending_under.data[0] = pending_under.data[--pending_under.len];
		free(chain.data);
		resolve_pending_under();
	}
}

void check_type_decl(Obj *o, Node *spec, Type *def) {
	(void)def;
	if (spec->is_alias) {
		o->type = ty_invalid; /* guard against cycles through the alias */
		Type *rhs = check_typ(&spec->x);
		o->type = rhs;
		return;
	}
	Type *T = type_new_named(o);
	o->type = T;
	vec_push(&chk.named, T); /* validity is checked in declaration order */
	vec_push(&chk.pkg->types, T);
	Type *rhs = check_defined_type(&spec->x, T);
	if (is_incomplete(rhs)) {
		PendingUnder *p = NEW(perm, PendingUnder);
		p->T = T;
		p->rhs = rhs;
		vec_push(&pending_under, p);
		return;
	}
	type_set_underlying(T, rhs);
	resolve_pending_under();
}

static void unpack_recv(Node *rt, bool *ptr, Node **base) {
	*ptr = false;
	rt = unparen(rt);
	if (rt && (rt->kind == N_STAR || rt->kind == N_DEREF)) {
		*ptr = true;
		rt = unparen(rt->x);
	}
	*base = rt;
}

static void collect_methods(Obj *o, DeclInfo *d) {
	if (d->methods.len == 0)
		return;
	Type *T = o->type;
	bool valid_base = T && T->named == o && T->kind != TY_INTERFACE && T->kind != TY_POINTER;
	for (int i = 0; i < d->methods.len; i++) {
		DeclInfo *md = d->methods.data[i];
		Obj *m = md->obj;
		check_obj_decl(m, NULL);
		if (!valid_base)
			continue;
		/* duplicates */
		bool dup = false;
		for (int j = 0; j < T->methods.len; j++) {
			Method *alt = T->methods.data[j];
			if (strcmp(alt->name, m->name) == 0) {
				check_errorf(m->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s", o->name,
				             m->name, pos_str(alt->pos), m->name);
				dup = true;
				break;
			}
		}
		if (dup)
			continue;
		Method *meth = NEW(perm, Method);
		meth->name = m->name;
		meth->func = m;
		meth->pos = m->pos;
		meth->pkg = chk.pkg->path;
		bool ptr;
		Node *base;
		unpack_recv(md->spec->recv ? md->spec->recv->x : NULL, &ptr, &base);
		meth->ptr_recv = ptr;
		Type *ft = m->type;
		if (ft && ft->kind == TY_FUNC) {
			meth->type = type_func(&ft->params, &ft->results, ft->variadic);
		} else {
			meth->type = type_func(NULL, NULL, false);
		}
		vec_push(&T->methods, meth);
	}
}

/* field and method with the same name */
static void check_field_uniqueness(Type *T) {
	if (T->kind != TY_STRUCT)
		return;
	for (int i = 0; i < T->methods.len; i++) {
		Method *m = T->methods.data[i];
		if (!m->func)
			continue;
		for (int j = 0; j < T->fields.len; j++) {
			Field *f = T->fields.data[j];
			if (f->name && strcmp(f->name, "_") != 0 && strcmp(f->name, m->name) == 0) {
				check_errorf(m->pos, "field and method with the same name %s\n\t%s: other declaration of %s",
				             m->name, pos_str(f->pos), m->name);
				break;
			}
		}
	}
}

/* after a group of type declarations: finish underlying types and
 * interfaces; then (for package-level types only after all other
 * declarations, as types2 delays validType) check validity */
static int named_checked;
static void finish_types(bool validate) {
	resolve_pending_under();
	report_pending_under();
	check_complete_interfaces();
	if (!validate)
		return;
	for (; named_checked < chk.named.len; named_checked++) {
		Type *T = chk.named.data[named_checked];
		check_valid_type(T);
		if (T->kind == TY_INTERFACE && T->under)
			T->methods = T->under->methods;
		check_field_uniqueness(T);
	}
}

void check_local_types_done(void) { finish_types(true); }

/* ---------------- functions ---------------- */

static const char *method_linkname(Obj *f, Type *base, bool ptr) {
	const char *tn = base && base->named ? base->named->name : "?";
	if (ptr)
		return check_sprintf("%s.(*%s).%s", chk.pkg->path, tn, f->name);
	return check_sprintf("%s.%s.%s", chk.pkg->path, tn, f->name);
}

static void func_decl(Obj *o, DeclInfo *d) {
	Node *fn = d->spec;
	o->type = type_func(NULL, NULL, false); /* guard against cycles */
	DeclInfo *saved = chk.decl;
	chk.decl = NULL;
	Node *saved_func = chk.func;
	chk.func = NULL;
	fn->locals.len = 0;
	bool ok = true;
	Type *sig = check_func_type(fn->x, fn->recv, &fn->locals, &ok);
	chk.func = saved_func;
	chk.decl = saved;
	o->type = sig;
	for (int i = 0; i < fn->locals.len; i++)
		((Obj *)fn->locals.data[i])->owner = fn;
	if (fn->recv) {
		bool ptr;
		Node *base;
		unpack_recv(fn->recv->x, &ptr, &base);
		Type *rt = sig->recv ? sig->recv->type : ty_invalid;
		Type *bt = rt;
		if (bt && bt->kind == TY_POINTER && !bt->named)
			bt = bt->elem;
		o->recv_base = bt;
		o->linkname = method_linkname(o, bt, ptr);
		/* receiver validity (signature.go) */
		if (bt && bt != ty_invalid && type_under(bt) != ty_invalid) {
			Pos rp = fn->recv->list.len ? ((Node *)fn->recv->list.data[0])->pos : start_pos(fn->recv->x);
			if (bt->named) {
				if (!bt->named->pkg || strcmp(bt->named->pkg, chk.pkg->path) != 0) {
					check_errorf(rp, "cannot define new methods on non-local type %s", tstr(bt));
				} else {
					const char *cause = NULL;
					if (bt->kind == TY_UNSAFEPTR)
						cause = "unsafe.Pointer";
					else if (bt->kind == TY_POINTER || bt->kind == TY_INTERFACE)
						cause = "pointer or interface type";
					if (cause)
						check_errorf(rp, "invalid receiver type %s (%s)", tstr(bt), cause);
				}
			} else {
				check_errorf(rp, "invalid receiver type %s", tstr(rt));
			}
		}
	} else if (!o->linkname) {
		o->linkname = check_sprintf("%s.%s", chk.pkg->path, o->name);
	}
}

/* ---------------- local declarations ---------------- */

static void arity(Node *spec, bool is_const) {
	int l = spec->list.len, r = spec->list2.len;
	if (l < r) {
		Node *n = spec->list2.data[l];
		if (is_const && spec->implicit)
			check_errorf(spec->pos, "extra init expr at %s", pos_str(n->pos));
		else
			check_errorf(start_pos(n), "extra init expr %s", estr(n));
	} else if (l > r && (is_const || r != 1)) {
		Node *n = spec->list.data[r];
		check_errorf(n->pos, "missing init expr for %s", n->name);
	}
}

void check_decl_stmt(Node *n) {
	for (int si = 0; si < n->list.len; si++) {
		Node *s = n->list.data[si];
		switch (s->kind) {
		case N_CONSTSPEC: {
			Obj **lhs = NEWARRAY(perm, Obj *, s->list.len + 1);
			for (int i = 0; i < s->list.len; i++) {
				Node *nm = s->list.data[i];
				Obj *o = obj_new(OBJ_CONST, nm->name, nm->pos);
				o->pkg = chk.pkg->path;
				o->decl = s;
				lhs[i] = o;
				Node **init = i < s->list2.len ? (Node **)&s->list2.data[i] : NULL;
				const_decl(o, s->x ? &s->x : NULL, init, s->implicit, s->iota);
			}
			arity(s, true);
			for (int i = 0; i < s->list.len; i++)
				check_declare(chk.scope, s->list.data[i], lhs[i]);
			break;
		}
		case N_VARSPEC: {
			int nn = s->list.len;
			Obj **lhs = NEWARRAY(perm, Obj *, nn + 1);
			for (int i = 0; i < nn; i++) {
				Node *nm = s->list.data[i];
				lhs[i] = check_new_var(nm->name, nm->pos, NULL, VC_LOCAL);
				lhs[i]->decl = s;
				nm->obj = lhs[i];
			}
			int nv = s->list2.len;
			Pos save = check_convpos, savec = check_convpos_const;
			if (nn > 1 && nv == nn)  // var x, y T = v, w: gc places conversions at v
				check_convpos = check_convpos_const = node_start_pos(s->list2.data[0]);
			for (int i = 0; i < nn; i++) {
				Obj *o = lhs[i];
				if (nv == nn) {
					var_decl(o, NULL, 0, s->x ? &s->x : NULL, (Node **)&s->list2.data[i]);
				} else if (nv == 1) {
					if (nn == 1)
						var_decl(o, NULL, 0, s->x ? &s->x : NULL, (Node **)&s->list2.data[0]);
					else
						var_decl(o, lhs, nn, s->x ? &s->x : NULL, (Node **)&s->list2.data[0]);
					break;
				} else {
					var_decl(o, NULL, 0, s->x ? &s->x : NULL, i < nv ? (Node **)&s->list2.data[i] : NULL);
				}
			}
			check_convpos = save;
			check_convpos_const = savec;
			if (!s->x || nv)
				arity(s, false);
			for (int i = 0; i < nn; i++) {
				if (!lhs[i]->type)
					lhs[i]->type = ty_invalid;
				((Node *)s->list.data[i])->type = lhs[i]->type;
				check_declare(chk.scope, s->list.data[i], lhs[i]);
			}
			break;
		}
		case N_TYPESPEC: {
			Obj *o = obj_new(OBJ_TYPE, s->name, s->pos);
			o->pkg = chk.pkg->path;
			o->decl = s;
			check_declare(chk.scope, NULL, o);
			if (is_generic_spec(s)) {
				o->generic = true; /* not checked; uses are reported */
				o->type = ty_invalid;
				mark_generic_imports(s, chk.scope);
				break;
			}
			/* a local DeclInfo so that cycles through it are detected */
			DeclInfo *d = NEW(perm, DeclInfo);
			d->obj = o;
			d->spec = s;
			d->color = 2 + chk.objpath.len;
			ptrmap_put(&chk.decls, o, d);
			vec_push(&chk.objpath, o);
			check_type_decl(o, s, NULL);
			chk.objpath.len--;
			d->color = 1;
			check_local_types_done();
			break;
		}
		default:
			break;
		}
	}
}

/* ---------------- collecting the package's objects ---------------- */

static const char *import_path(Node *imp) {
	const char *lit = imp->lit ? imp->lit : "";
	if (lit[0] == '"' || lit[0] == '`') {
		Const *c = const_from_literal(TK_STRING, lit);
		if (c)
			return arena_strndup(perm, c->s, (size_t)c->slen);
	}
	return lit;
}

/* validatedImportPath: NULL if the path is fine, else why not */
static const char *invalid_import_path(const char *path) {
	if (!*path)
		return "empty string";
	static const char illegal[] = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
	const unsigned char *p = (const unsigned char *)path;
	while (*p) {
		unsigned r = *p;
		int len = 1;
		if (r >= 0x80) {
			/* decode UTF-8 (invalid bytes are U+FFFD) */
			int n = r >= 0xF0 ? 4 : r >= 0xE0 ? 3 : r >= 0xC0 ? 2 : 0;
			unsigned v = n ? r & (0x7F >> n) : 0xFFFD;
			for (int k = 1; k < n; k++) {
				if ((p[k] & 0xC0) != 0x80) {
					n = 0;
					v = 0xFFFD;
					break;
				}
				v = (v << 6) | (p[k] & 0x3F);
			}
			len = n ? n : 1;
			r = n ? v : 0xFFFD;
			if (r == 0xFFFD)
				return check_sprintf("invalid character U+FFFD '\xEF\xBF\xBD'");
		} else if (r < 0x20 || r == 0x7F) {
			return check_sprintf("invalid character U+%04X", r);
		} else if (r == ' ' || strchr(illegal, (int)r)) {
			return r == ' ' ? "invalid character U+0020 ' '" : check_sprintf("invalid character U+%04X '%c'", r, (char)r);
		}
		p += len;
	}
	return NULL;
}

/* The checked package an import path names, NULL if it was not loaded. */
static Package *find_import(Package *pkg, const char *path) {
	for (int i = 0; i < pkg->imports.len; i++) {
		Package *q = pkg->imports.data[i];
		if (!q->importpath)
			continue;
		/* the loader resolved a standard package's golang.org/x/... to
		 * GOROOT's vendor/golang.org/x/... (pkg/load.c's resolve_vendor) */
		const char *ip = q->importpath;
		if (strcmp(ip, path) == 0 || (strncmp(ip, "vendor/", 7) == 0 && strcmp(ip + 7, path) == 0))
			return q->scope ? q : NULL;
	}
	return NULL;
}

static DeclInfo *new_decl(Obj *o, Node *spec, Scope *fs, int file) {
	DeclInfo *d = NEW(perm, DeclInfo);
	d->obj = o;
	d->spec = spec;
	d->fscope = fs;
	d->file = file;
	d->order = chk.decl_list.len;
	ptrmap_put(&chk.decls, o, d);
	vec_push(&chk.decl_list, d);
	return d;
}

static void declare_pkg_obj(Node *id, Obj *o) {
	if (strcmp(o->name, "init") == 0) {
		check_errorf(o->pos, "cannot declare init - must be func");
		return;
	}
	if (strcmp(o->name, "main") == 0 && strcmp(chk.pkg->name, "main") == 0) {
		check_errorf(o->pos, "cannot declare main - must be func");
		return;
	}
	check_declare(chk.pkgscope, id, o);
}

typedef struct MethodInfo {
	DeclInfo *d;
	const char *base;  // receiver base type name
	Scope *fscope;
} MethodInfo;

static Vec fscopes;     /* Scope* per file */
static Vec blank_funcs; /* func _() {...}: checked, never compiled */

/* ---------------- generic declarations ----------------
 * goc does not compile generic code yet, but the standard library declares
 * some (sync/atomic.Pointer[T]). A generic function or type, a method of a
 * generic type and a constraint interface are declared (their names are in
 * scope, redeclarations are reported) but neither checked nor compiled: an
 * unused one costs nothing, and any use (check_ident, imported members,
 * instantiations) is reported as not supported. */

/* A constraint interface: interface{ ~int | string; ... } (type-set
 * elements written directly in it). */
static bool is_constraint_iface(Node *t) {
	t = unparen(t);
	if (!t || t->kind != N_INTERFACETYPE)
		return false;
	for (int i = 0; i < t->list.len; i++) {
		Node *f = t->list.data[i];
		if (!f || f->kind != N_FIELD || f->list.len)
			continue;
		Node *e = unparen(f->x);
		if (e && ((e->kind == N_BINARY && e->op == TK_OR) || (e->kind == N_UNARY && e->op == TK_TILDE)))
			return true;
		if (e && e->kind == N_NAME && e->name && strcmp(e->name, "comparable") == 0)
			return true;
	}
	return false;
}

bool is_generic_spec(Node *s) {
	return s->tparams.len > 0 || (!s->is_alias && is_constraint_iface(s->x));
}

/* Imports used only inside generic code are used: mark every package name
 * that appears in selectors of the declaration (lexically; the code is not
 * resolved). */
static void mark_generic_imports_rec(Node *n, Scope *s, int depth) {
	if (!n || depth > 1000)
		return;
	if (n->kind == N_NAME && n->name) {
		for (Scope *sc = s; sc; sc = sc->parent) {
			Obj *o = scope_lookup_local(sc, n->name);
			if (!o)
				continue;
			if (o->kind == OBJ_PKG)
				o->used = true;
			Obj *po = chk.dot_imports.len ? ptrmap_get(&chk.dot_imports, o) : NULL;
			if (po)
				vec_push(&chk.dot_used, po);
			break;
		}
		return;
	}
	Node *kids[] = {n->recv, n->init, n->x, n->cond, n->post, n->y, n->z, n->w, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		mark_generic_imports_rec(kids[i], s, depth + 1);
	for (int i = 0; i < n->list.len; i++)
		mark_generic_imports_rec(n->list.data[i], s, depth + 1);
	for (int i = 0; i < n->list2.len; i++)
		mark_generic_imports_rec(n->list2.data[i], s, depth + 1);
}

void mark_generic_imports(Node *decl, Scope *s) { mark_generic_imports_rec(decl, s, 0); }

void check_generic_use(Pos p, Obj *o) {
	const char *what = "generic type";
	if (o->kind == OBJ_FUNC)
		what = "generic function";
	else if (o->decl && o->decl->kind == N_TYPESPEC && !o->decl->tparams.len)
		what = "constraint interface";
	check_errorf(p, "%s %s not supported yet by goc", what, o->name);
}

/* The receiver base of a method declared as func (r *T[P]) m(): T's name
 * node, else NULL. */
static Node *instance_recv_base(Node *base) {
	if (!base || base->kind != N_INDEX || !base->is_instance)
		return NULL;
	Node *b = unparen(base->x);
	return b && b->kind == N_NAME ? b : NULL;
}

static void collect_objects(void) {
	Package *pkg = chk.pkg;
	Vec methods = {0};
	Vec generic_methods = {0};
	for (int fi = 0; fi < pkg->files.len; fi++) {
		Node *file = pkg->files.data[fi];
		Scope *fs = scope_new(chk.pkgscope, false);
		vec_push(&fscopes, fs);
		if (!file)
			continue;
		int fileno = file->pos.file;
		bool failed_import = false;
		for (int i = 0; i < file->list.len; i++) {
			Node *imp = file->list.data[i];
			if (!imp || imp->kind != N_IMPORT)
				continue;
			const char *path = import_path(imp);
			const char *bad = invalid_import_path(path);
			if (bad) {
				check_errorf(imp->pos, "invalid import path (%s)", bad);
				failed_import = true;
				continue;
			}
			Package *ip = strcmp(path, "unsafe") != 0 ? find_import(pkg, path) : NULL;
			if (strcmp(path, "unsafe") != 0 && !ip) {
				check_errorf(imp->pos, "could not import %s (goc: standard library not supported yet)", path);
				failed_import = true;
			}
			/* the import binds the package's declared name unless renamed */
			const char *name = imp->name;
			const char *elem = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
			if (!name)
				name = ip ? intern(ip->name, strlen(ip->name)) : intern(elem, strlen(elem));
			if (strcmp(name, "_") == 0)
				continue;
			Obj *po = obj_new(OBJ_PKG, name, imp->pos);
			po->pkg = path;
			po->decl = imp;
			po->type = ty_invalid;
			po->imported = ip;
			if (strcmp(path, "unsafe") != 0 && !ip)
				po->used = true; /* fake package: no follow-on errors */
			if (strcmp(name, ".") == 0) {
				if (strcmp(path, "unsafe") == 0) {
					static const char *const members[] = {"Pointer", "Alignof", "Offsetof", "Sizeof", "Add", "Slice"};
					for (size_t k = 0; k < sizeof members / sizeof members[0]; k++) {
						Obj *m = unsafe_lookup(intern(members[k], strlen(members[k])));
						scope_insert(fs, m);
						ptrmap_put(&chk.dot_imports, m, po);
					}
					vec_push(&chk.imports, po);
				} else if (ip && ip->scope) {
					/* the exported members of the package join the file scope */
					Scope *ps = ip->scope;
					for (int k = 0; k < ps->objs.len; k++) {
						Obj *m = ps->objs.data[k];
						if (!ident_exported(m->name))
							continue;
						scope_insert(fs, m);
						ptrmap_put(&chk.dot_imports, m, po);
					}
					vec_push(&chk.imports, po);
				}
				continue;
			}
			vec_push(&chk.imports, po);
			check_declare(fs, NULL, po);
		}
		if (failed_import && fileno < chk.nmuted)
			chk.muted[fileno] = true;
		for (int i = 0; i < file->list2.len; i++) {
			Node *s = file->list2.data[i];
			if (!s)
				continue;
			switch (s->kind) {
			case N_CONSTSPEC:
				for (int j = 0; j < s->list.len; j++) {
					Node *nm = s->list.data[j];
					Obj *o = obj_new(OBJ_CONST, nm->name, nm->pos);
					o->pkg = chk.pkg->path;
					o->decl = s;
					DeclInfo *d = new_decl(o, s, fs, fileno);
					d->typ = s->x;
					d->init = j < s->list2.len ? (Node **)&s->list2.data[j] : NULL;
					d->inherited = s->implicit;
					d->iota = s->iota;
					declare_pkg_obj(nm, o);
				}
				arity(s, true);
				break;
			case N_VARSPEC: {
				int nn = s->list.len, nv = s->list2.len;
				DeclInfo *d1 = NULL;
				for (int j = 0; j < nn; j++) {
					Node *nm = s->list.data[j];
					Obj *o = check_new_var(nm->name, nm->pos, NULL, VC_GLOBAL);
					o->decl = s;
					o->linkname = check_sprintf("%s.%s", pkg->path, nm->name);
					if (nv == 1) {
						if (!d1) {
							d1 = new_decl(o, s, fs, fileno);
							d1->typ = s->x;
							d1->init = (Node **)&s->list2.data[0];
						} else {
							DeclInfo *d = NEW(perm, DeclInfo);
							*d = *d1;
							d->obj = o;
							d->order = chk.decl_list.len;
							d->deps = (Vec){0};
							d->lhs = (Vec){0};
							ptrmap_put(&chk.decls, o, d);
							vec_push(&chk.decl_list, d);
						}
						vec_push(&d1->lhs, o);
					} else {
						DeclInfo *d = new_decl(o, s, fs, fileno);
						d->typ = s->x;
						d->init = j < nv ? (Node **)&s->list2.data[j] : NULL;
						if (nn > 1 && nv == nn) {
							/* one initialisation step per variable (spec order) */
							Node *one = node_new(N_VARSPEC, s->pos);
							vec_push(&one->list, nm);
							one->x = s->x;
							vec_push(&one->list2, s->list2.data[j]);
							d->spec = one;
							d->init = (Node **)&one->list2.data[0];
							o->decl = one;
						}
					}
					vec_push(&pkg->globals, o);
					declare_pkg_obj(nm, o);
				}
				/* all lhs of an n:1 declaration share the lhs list */
				if (d1)
					for (int j = 0; j < d1->lhs.len; j++) {
						DeclInfo *d = ptrmap_get(&chk.decls, d1->lhs.data[j]);
						if (d && d != d1)
							d->lhs = d1->lhs;
					}
				if (!s->x || nv)
					arity(s, false);
				break;
			}
			case N_TYPESPEC: {
				Obj *o = obj_new(OBJ_TYPE, s->name, s->pos);
				o->pkg = chk.pkg->path;
				o->decl = s;
				new_decl(o, s, fs, fileno);
				declare_pkg_obj(NULL, o);
				if (is_generic_spec(s)) {
					o->generic = true;
					mark_generic_imports(s, fs);
				}
				break;
			}
			case N_FUNCDECL: {
				const char *name = s->name ? s->name : "_";
				Obj *o = obj_new(OBJ_FUNC, name, s->pos);
				o->pkg = chk.pkg->path;
				o->decl = s;
				s->obj = o;
				DeclInfo *d = new_decl(o, s, fs, fileno);
				if (s->tparams.len && !s->recv) {
					/* a generic function: declared, not checked or compiled */
					o->generic = true;
					o->linkname = check_sprintf("%s.%s", pkg->path, name);
					if (strcmp(name, "init") == 0 || (strcmp(name, "main") == 0 && strcmp(pkg->name, "main") == 0))
						check_errorf(o->pos, "func %s must have no type parameters", name);
					else if (strcmp(name, "_") != 0)
						check_declare(chk.pkgscope, NULL, o);
					mark_generic_imports(s, fs);
					break;
				}
				if (!s->recv) {
					if (strcmp(name, "init") == 0 || (strcmp(name, "main") == 0 && strcmp(pkg->name, "main") == 0)) {
						Node *ft = s->x;
						if (ft && (ft->list.len || ft->list2.len))
							check_soft_errorf(s->pos, "func %s must have no arguments and no return values", name);
					}
					if (strcmp(name, "init") == 0) {
						o->linkname = check_sprintf("%s.init.%d", pkg->path, pkg->inits.len);
						vec_push(&pkg->inits, o);
						if (!s->body)
							check_soft_errorf(o->pos, "missing function body");
					} else if (strcmp(name, "_") != 0) {
						o->linkname = check_sprintf("%s.%s", pkg->path, name);
						check_declare(chk.pkgscope, NULL, o);
						// gc: only assembly or a linkname may provide a body; goc's
						// overlay packages get theirs from the C runtime.
						if (!s->body && check_complete && !pkg->goc_overlay && !pkg->has_asm &&
						    !(lex_pragmas_before(s->pos) & PRAGMA_LINKNAME))
							check_soft_errorf(o->pos, "missing function body");
					} else {
						o->linkname = check_sprintf("%s._", pkg->path);
					}
				} else {
					bool ptr;
					Node *base;
					unpack_recv(s->recv->x, &ptr, &base);
					Node *gbase = instance_recv_base(base);
					if (gbase) {
						/* func (r *T[P]) m(): a method of a generic type
						 * (checked below that T is one) */
						o->generic = true;
						MethodInfo *mi = NEW(perm, MethodInfo);
						mi->d = d;
						mi->base = gbase->name;
						mi->fscope = fs;
						vec_push(&generic_methods, mi);
						mark_generic_imports(s, fs);
						break;
					}
					if (base && base->kind == N_NAME && strcmp(name, "_") != 0) {
						MethodInfo *mi = NEW(perm, MethodInfo);
						mi->d = d;
						mi->base = base->name;
						mi->fscope = fs;
						vec_push(&methods, mi);
					}
				}
				/* a body-less func is fine for gc's compile step (it may be
				 * implemented in assembly); init must have a body */
				if (s->body && strcmp(name, "_") != 0)
					vec_push(&pkg->funcs, s);
				else if (s->body)
					vec_push(&blank_funcs, s);
				break;
			}
			default:
				break;
			}
		}
	}
	/* objects in file scopes (imports) and the package scope must differ */
	for (int fi = 0; fi < fscopes.len; fi++) {
		Scope *fs = fscopes.data[fi];
		for (int i = 0; i < fs->objs.len; i++) {
			Obj *po = fs->objs.data[i];
			Obj *alt = scope_lookup_local(chk.pkgscope, po->name);
			if (!alt)
				continue;
			if (po->kind == OBJ_PKG) {
				check_errorf(alt->pos, "%s already declared through import of package %s (\"%s\")\n\t%s: other declaration of %s",
				             alt->name, po->name, po->pkg, pos_str(po->pos), alt->name);
			} else if (po->pkg && strcmp(po->pkg, "unsafe") != 0) { /* dot-imported */
				check_errorf(alt->pos, "%s already declared through dot-import of package %s (\"%s\")\n\t%s: other declaration of %s",
				             alt->name, types_pkg_name(po->pkg), po->pkg, pos_str(po->pos), alt->name);
			}
		}
	}
	/* associate methods with their receiver base types (through aliases, as
	 * types2's resolveBaseTypeName does) */
	for (int i = 0; i < methods.len; i++) {
		MethodInfo *mi = methods.data[i];
		const char *name = mi->base;
		DeclInfo *td = NULL;
		for (int guard = 0; guard < 100 && name; guard++) {
			Obj *tn = scope_lookup_local(chk.pkgscope, name);
			if (!tn || tn->kind != OBJ_TYPE)
				break;
			DeclInfo *d = ptrmap_get(&chk.decls, tn);
			if (!d || !d->spec)
				break;
			if (!d->spec->is_alias) {
				td = d;
				break;
			}
			Node *rhs = unparen(d->spec->x);
			name = rhs && rhs->kind == N_NAME ? rhs->name : NULL;
		}
		if (td)
			vec_push(&td->methods, mi->d);
	}
	free(methods.data);
	/* methods declared with an instantiated receiver: their type must be generic */
	for (int i = 0; i < generic_methods.len; i++) {
		MethodInfo *mi = generic_methods.data[i];
		Obj *tn = scope_lookup_local(chk.pkgscope, mi->base);
		if (tn && tn->kind == OBJ_TYPE && !tn->generic) {
			Node *recv = mi->d->spec->recv;
			check_errorf(start_pos(recv->x), "%s is not a generic type", tn->name);
		}
	}
	free(generic_methods.data);
}

static void package_objects(void) {
	/* types first (non-alias, then aliases), then everything else */
	for (int pass = 0; pass < 3; pass++) {
		for (int i = 0; i < chk.decl_list.len; i++) {
			DeclInfo *d = chk.decl_list.data[i];
			bool is_type = d->obj->kind == OBJ_TYPE;
			bool alias = is_type && d->spec && d->spec->is_alias;
			if ((pass == 0 && is_type && !alias) || (pass == 1 && alias) || (pass == 2 && !is_type))
				check_obj_decl(d->obj, NULL);
		}
		if (pass == 1)
			finish_types(false);
	}
	finish_types(true);
}

/* ---------------- function bodies ---------------- */

static void check_bodies(Vec *funcs) {
	for (int i = 0; i < funcs->len; i++) {
		Node *fn = funcs->data[i];
		Obj *o = fn->obj;
		if (!o || !fn->body)
			continue;
		DeclInfo *d = ptrmap_get(&chk.decls, o);
		Env saved = env_save();
		chk.decl = d;
		chk.scope = d ? d->fscope : chk.pkgscope;
		chk.iota = NULL;
		chk.has_errpos = false;
		chk.funcstack.len = 0;
		Type *sig = o->type && o->type->kind == TY_FUNC ? o->type : type_func(NULL, NULL, false);
		check_func_body(fn, sig, fn->body);
		env_restore(saved);
	}
}

/* ---------------- unused imports ---------------- */

static void unused_imports(void) {
	for (int i = 0; i < chk.imports.len; i++) {
		Obj *po = chk.imports.data[i];
		if (po->used || strcmp(po->name, "_") == 0)
			continue;
		if (strcmp(po->name, ".") == 0) {
			bool used = false;
			for (int k = 0; k < chk.dot_used.len; k++)
				used |= chk.dot_used.data[k] == po;
			if (used)
				continue;
		}
		const char *path = po->pkg;
		const char *elem = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
		/* the name the import binds: renamed, or the package's own */
		if (strcmp(po->name, elem) == 0 || strcmp(po->name, ".") == 0)
			check_soft_errorf(po->pos, "imported and not used: \"%s\"", path);
		else
			check_soft_errorf(po->pos, "imported and not used: \"%s\" as %s", path, po->name);
	}
}

/* ---------------- initialisation order (initorder.go) ---------------- */

typedef struct GNode {
	Obj *obj;
	DeclInfo *d;
	Vec pred, succ; /* GNode* sets */
	int ndeps;
	int index;      /* position in the heap */
	int order;
} GNode;

static void set_add(Vec *s, void *x) {
	for (int i = 0; i < s->len; i++)
		if (s->data[i] == x)
			return;
	vec_push(s, x);
}

static void set_del(Vec *s, void *x) {
	for (int i = 0; i < s->len; i++)
		if (s->data[i] == x) {
			s->data[i] = s->data[--s->len];
			return;
		}
}

static bool gless(GNode *a, GNode *b) { return a->ndeps < b->ndeps || (a->ndeps == b->ndeps && a->order < b->order); }

static void heap_swap(GNode **h, int i, int j) {
	GNode *t = h[i];
	h[i] = h[j];
	h[j] = t;
	h[i]->index = i;
	h[j]->index = j;
}

static void heap_down(GNode **h, int n, int i) {
	for (;;) {
		int l = 2 * i + 1, r = l + 1, m = i;
		if (l < n && gless(h[l], h[m]))
			m = l;
		if (r < n && gless(h[r], h[m]))
			m = r;
		if (m == i)
			return;
		heap_swap(h, i, m);
		i = m;
	}
}

static void heap_up(GNode **h, int i) {
	while (i > 0) {
		int p = (i - 1) / 2;
		if (!gless(h[i], h[p]))
			return;
		heap_swap(h, i, p);
		i = p;
	}
}

static bool find_path(Obj *from, Obj *to, PtrMap *seen, Vec *path) {
	if (ptrmap_get(seen, from))
		return false;
	ptrmap_put(seen, from, (void *)1);
	DeclInfo *d0 = ptrmap_get(&chk.decls, from);
	if (!d0)
		return false;
	Vec deps = {0};
	int nd = d0->lhs.len > 1 ? d0->lhs.len : 1;
	for (int k = 0; k < nd; k++) {
		DeclInfo *d = d0->lhs.len > 1 ? ptrmap_get(&chk.decls, d0->lhs.data[k]) : d0;
		for (int j = 0; d && j < d->deps.len; j++)
			set_add(&deps, d->deps.data[j]);
	}
	bool found = false;
	for (int i = 0; i < deps.len && !found; i++) {
		Obj *dep = deps.data[i];
		if (dep == to || find_path(dep, to, seen, path)) {
			vec_push(path, dep);
			found = true;
		}
	}
	free(deps.data);
	return found;
}

static void report_init_cycle(Vec *cycle) {
	Obj *o = cycle->data[0];
	StrBuf b = {0};
	sb_printf(&b, "initialization loop for %s", o->name);
	Obj *cur = o;
	for (int i = cycle->len - 1; i >= 0; i--) {
		sb_printf(&b, "\n\t%s: %s refers to", pos_str(cur->pos), cur->name);
		cur = cycle->data[i];
	}
	sb_printf(&b, "\n\t%s: %s", pos_str(cur->pos), cur->name);
	check_errorf(o->pos, "%s", sb_cstr(&b));
	sb_free(&b);
}

static int cmp_cost(const void *a, const void *b) {
	GNode *x = *(GNode *const *)a, *y = *(GNode *const *)b;
	long cx = (long)x->pred.len * x->succ.len, cy = (long)y->pred.len * y->succ.len;
	return cx < cy ? -1 : cx > cy;
}

static void init_order(void) {
	PtrMap M = {0};
	Vec all = {0};
	for (int i = 0; i < chk.decl_list.len; i++) {
		DeclInfo *d = chk.decl_list.data[i];
		Obj *o = d->obj;
		if (o->kind != OBJ_CONST && o->kind != OBJ_VAR && o->kind != OBJ_FUNC)
			continue;
		GNode *n = NEW(perm, GNode);
		n->obj = o;
		n->d = d;
		n->order = d->order;
		ptrmap_put(&M, o, n);
		vec_push(&all, n);
	}
	for (int i = 0; i < all.len; i++) {
		GNode *n = all.data[i];
		/* the variables of an n:1 declaration share one initializer and its deps */
		int nd = n->d->lhs.len > 1 ? n->d->lhs.len : 1;
		for (int k = 0; k < nd; k++) {
			DeclInfo *d = n->d->lhs.len > 1 ? ptrmap_get(&chk.decls, n->d->lhs.data[k]) : n->d;
			if (!d)
				continue;
			for (int j = 0; j < d->deps.len; j++) {
				GNode *s = ptrmap_get(&M, d->deps.data[j]);
				if (!s)
					continue;
				set_add(&n->succ, s);
				set_add(&s->pred, n);
			}
		}
	}
	Vec G = {0}, F = {0};
	for (int i = 0; i < all.len; i++) {
		GNode *n = all.data[i];
		vec_push(n->obj->kind == OBJ_FUNC ? &F : &G, n);
	}
	if (F.len > 1)
		qsort(F.data, (size_t)F.len, sizeof(void *), cmp_cost);
	for (int i = 0; i < F.len; i++) {
		GNode *n = F.data[i];
		for (int pi = 0; pi < n->pred.len; pi++) {
			GNode *p = n->pred.data[pi];
			if (p == n)
				continue;
			for (int si = 0; si < n->succ.len; si++) {
				GNode *s = n->succ.data[si];
				if (s == n)
					continue;
				set_add(&p->succ, s);
				set_add(&s->pred, p);
			}
			set_del(&p->succ, n);
		}
		for (int si = 0; si < n->succ.len; si++) {
			GNode *s = n->succ.data[si];
			set_del(&s->pred, n);
		}
	}
	GNode **h = (GNode **)G.data;
	int hn = G.len;
	for (int i = 0; i < hn; i++) {
		h[i]->index = i;
		h[i]->ndeps = h[i]->succ.len;
	}
	for (int i = hn / 2 - 1; i >= 0; i--)
		heap_down(h, hn, i);
	PtrMap emitted = {0};
	while (hn > 0) {
		GNode *n = h[0];
		heap_swap(h, 0, hn - 1);
		hn--;
		heap_down(h, hn, 0);
		if (n->ndeps > 0) {
			Vec cycle = {0};
			PtrMap seen = {0};
			if (find_path(n->obj, n->obj, &seen, &cycle))
				report_init_cycle(&cycle);
			free(cycle.data);
			free(seen.keys);
			free(seen.vals);
		}
		for (int pi = 0; pi < n->pred.len; pi++) {
			GNode *p = n->pred.data[pi];
			if (p->index >= hn)
				continue;
			p->ndeps--;
			heap_up(h, p->index);
		}
		if (n->obj->kind != OBJ_VAR || !n->d->init || !*n->d->init)
			continue;
		Node *spec = n->d->spec;
		if (ptrmap_get(&emitted, spec))
			continue;
		ptrmap_put(&emitted, spec, (void *)1);
		vec_push(&chk.pkg->init_order, spec);
	}
	free(all.data);
	free(G.data);
	free(F.data);
}

/* ---------------- naming closures (gc's closureName) ---------------- */

static int glob_closgen;

static void name_funclits(Node *n, Node *outer, const char *outer_name, bool outer_is_closure, int *gen);

static void name_children(Node *n, Node *outer, const char *outer_name, bool outer_is_closure, int *gen) {
	Node *kids[] = {n->recv, n->init, n->x, n->cond, n->post, n->y, n->z, n->w};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (kids[i])
			name_funclits(kids[i], outer, outer_name, outer_is_closure, gen);
	for (int i = 0; i < n->list.len; i++)
		if (n->list.data[i])
			name_funclits(n->list.data[i], outer, outer_name, outer_is_closure, gen);
	for (int i = 0; i < n->list2.len; i++)
		if (n->list2.data[i])
			name_funclits(n->list2.data[i], outer, outer_name, outer_is_closure, gen);
	if (n->body)
		name_funclits(n->body, outer, outer_name, outer_is_closure, gen);
	if (n->els)
		name_funclits(n->els, outer, outer_name, outer_is_closure, gen);
}

static void name_funclits(Node *n, Node *outer, const char *outer_name, bool outer_is_closure, int *gen) {
	if (!n)
		return;
	if (n->val && n->kind >= N_NAME && n->kind <= N_DEREF)
		return; /* constant: never evaluated, so gc compiles no closure in it */
	if (n->kind == N_FUNCLIT) {
		(*gen)++;
		const char *name = check_sprintf("%s.%s%d", outer_name, outer_is_closure ? "" : "func", *gen);
		Obj *o = n->obj;
		if (!o) {
			o = obj_new(OBJ_FUNC, intern(name, strlen(name)), n->pos);
			o->pkg = chk.pkg->path;
			o->type = n->type;
			o->decl = n;
			n->obj = o;
		}
		o->linkname = check_sprintf("%s.%s", chk.pkg->path, name);
		if (outer)
			vec_push(&outer->funclits, n);
		int inner = 0;
		if (n->x)
			name_funclits(n->x, n, name, true, &inner);
		if (n->body)
			name_funclits(n->body, n, name, true, &inner);
		return;
	}
	name_children(n, outer, outer_name, outer_is_closure, gen);
}

static void name_functions(void) {
	for (int fi = 0; fi < chk.pkg->files.len; fi++) {
		Node *file = chk.pkg->files.data[fi];
		if (!file)
			continue;
		for (int i = 0; i < file->list2.len; i++) {
			Node *s = file->list2.data[i];
			if (!s)
				continue;
			if (s->kind == N_VARSPEC) {
				for (int j = 0; j < s->list2.len; j++)
					name_funclits(s->list2.data[j], NULL, "glob.", false, &glob_closgen);
			} else if (s->kind == N_FUNCDECL) {
				Obj *o = s->obj;
				s->funclits.len = 0;
				if (o && o->generic)
					continue;
				if (!o || strcmp(o->name, "_") == 0) {
					if (s->body)
						name_funclits(s->body, s, "_", false, &glob_closgen);
					continue;
				}
				const char *ln = o->linkname ? o->linkname : "?";
				size_t pl = strlen(chk.pkg->path);
				const char *outer = strncmp(ln, chk.pkg->path, pl) == 0 && ln[pl] == '.' ? ln + pl + 1 : ln;
				int gen = 0;
				if (s->body)
					name_funclits(s->body, s, outer, false, &gen);
			}
		}
	}
}

/* ---------------- the final sweep ---------------- */

static bool is_expr_kind(NodeKind k) { return k >= N_NAME && k <= N_DEREF; }

static void finalize(Node **np, int depth);

static void finalize_slot(Node **np, int depth) {
	while (*np && (*np)->kind == N_PAREN && (*np)->x)
		*np = (*np)->x;
	finalize(np, depth);
}

static PtrMap finalized;

/* byte → uint8 and rune → int32 everywhere (see ty_byte in types.c) */
static PtrMap canon_seen;
static void canon_obj(Obj *o);

static Type *canon(Type *t) {
	if (!t)
		return t;
	if (t == ty_byte || t == ty_rune)
		return type_alias_canon(t);
	if (ptrmap_get(&canon_seen, t))
		return t;
	ptrmap_put(&canon_seen, t, (void *)1);
	t->elem = canon(t->elem);
	t->key = canon(t->key);
	if (t->under && t->under != t)
		t->under = canon(t->under);
	Vec *vs[] = {&t->fields, &t->params, &t->results};
	for (size_t k = 0; k < sizeof vs / sizeof vs[0]; k++)
		for (int i = 0; i < vs[k]->len; i++) {
			Field *f = vs[k]->data[i];
			f->type = canon(f->type);
		}
	if (t->recv)
		t->recv->type = canon(t->recv->type);
	for (int i = 0; i < t->methods.len; i++) {
		Method *m = t->methods.data[i];
		m->type = canon(m->type);
		if (m->func)
			canon_obj(m->func);
	}
	for (int i = 0; i < t->embeddeds.len; i++)
		t->embeddeds.data[i] = canon(t->embeddeds.data[i]);
	return t;
}

static void canon_obj(Obj *o) {
	if (!o || ptrmap_get(&canon_seen, o))
		return;
	ptrmap_put(&canon_seen, o, (void *)1);
	o->type = canon(o->type);
	o->recv_base = canon(o->recv_base);
}

static void finalize(Node **np, int depth) {
	Node *n = *np;
	if (!n || depth > 10000)
		return;
	if (ptrmap_get(&finalized, n))
		return;
	ptrmap_put(&finalized, n, (void *)1);
	if (is_expr_kind(n->kind) && n->type && type_is_untyped(n->type)) {
		Type *t = check_default(n->type);
		if (n->type == ty_untyped_nil)
			t = ty_unsafeptr; /* cannot happen in a correct program */
		if (n->val) {
			Const *r;
			if (const_representable(n->val, t, &r))
				n->val = r;
		}
		n->type = t;
	}
	n->type = canon(n->type);
	canon_obj(n->obj);
	for (int i = 0; i < n->locals.len; i++)
		canon_obj(n->locals.data[i]);
	for (int i = 0; i < n->captures.len; i++)
		canon_obj(n->captures.data[i]);
	Node **kids[] = {&n->recv, &n->init, &n->x, &n->cond, &n->post, &n->y, &n->z, &n->w, &n->body, &n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (*kids[i])
			finalize_slot(kids[i], depth + 1);
	for (int i = 0; i < n->list.len; i++)
		if (n->list.data[i])
			finalize_slot((Node **)&n->list.data[i], depth + 1);
	for (int i = 0; i < n->list2.len; i++)
		if (n->list2.data[i])
			finalize_slot((Node **)&n->list2.data[i], depth + 1);
}

/* ---------------- the driver ---------------- */

bool check_package(Package *pkg) {
	universe_init();
	universe_byte->type = ty_byte; /* spelled as written while checking */
	universe_rune->type = ty_rune;
	memset(&chk, 0, sizeof chk);
	chk.pkg = pkg;
	if (!pkg->name && pkg->files.len && pkg->files.data[0] && ((Node *)pkg->files.data[0])->name)
		pkg->name = ((Node *)pkg->files.data[0])->name;
	if (!pkg->name)
		pkg->name = "main";
	if (!pkg->path)
		pkg->path = "main";
	if (!pkg->importpath)
		pkg->importpath = pkg->path;
	types_register_pkg(pkg->path, pkg->name);
	types_local_pkg = pkg->path;
	chk.pkgscope = scope_new(NULL, false);
	pkg->scope = chk.pkgscope;
	chk.nmuted = diag_files.len + 1;
	chk.muted = NEWARRAY(perm, bool, chk.nmuted);
	fscopes.len = 0;
	blank_funcs.len = 0;
	pending_under.len = 0;
	named_checked = 0;
	glob_closgen = 0;
	int errors_before = diag_nerrors;

	for (int i = 0; i < pkg->files.len; i++) {
		Node *f = pkg->files.data[i];
		if (f && f->name && strcmp(f->name, pkg->name) != 0)
			check_errorf(f->pos, "package %s; expected %s", f->name, pkg->name);
		if (f && f->name && strcmp(f->name, "_") == 0)
			check_errorf((Pos){f->pos.line, (uint16_t)(f->pos.col + 8), f->pos.file}, "invalid package name _");
		check_all_branches(f);
	}
	collect_objects();
	package_objects();
	check_bodies(&pkg->funcs);
	check_bodies(&blank_funcs);
	check_complete_interfaces();
	init_order();
	unused_imports();

	name_functions();
	memset(&finalized, 0, sizeof finalized);
	memset(&canon_seen, 0, sizeof canon_seen);
	for (int i = 0; i < pkg->files.len; i++)
		if (pkg->files.data[i])
			finalize((Node **)&pkg->files.data[i], 0);
	for (int i = 0; i < pkg->globals.len; i++)
		canon_obj(pkg->globals.data[i]);
	for (int i = 0; i < pkg->inits.len; i++)
		canon_obj(pkg->inits.data[i]);
	for (int i = 0; i < pkg->types.len; i++)
		pkg->types.data[i] = canon(pkg->types.data[i]);
	universe_byte->type = ty_uint8;
	universe_rune->type = ty_int32;
	free(finalized.keys);
	free(finalized.vals);
	memset(&finalized, 0, sizeof finalized);
	free(canon_seen.keys);
	free(canon_seen.vals);
	memset(&canon_seen, 0, sizeof canon_seen);
	return !chk.any_error && diag_nerrors == errors_before;
}
