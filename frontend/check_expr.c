/* check_expr.c — expressions (go/types expr.go, operand.go, assignments.go'
 * assignment, index.go, and composite literals).
 *
 * Expressions are checked top down by check_raw_expr, which records each
 * node's type and constant value as it returns. Untyped results (constants,
 * comparisons, shifts of untyped constants) keep their untyped type until a
 * context fixes it: check_convert_untyped then walks the expression again
 * (check_update_expr_type) to give the nodes their final type. Leftovers
 * get their default type in check.c's final sweep.
 */
#include "check.h"

#include <strings.h>

static Pos xpos(Operand *x) { return x->expr ? start_pos(x->expr) : (Pos){0}; }

static bool is_comparison(int op) {
	return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}
static bool is_shift(int op) { return op == TK_SHL || op == TK_SHR; }

static Type *untyped_for_lit(int tok) {
	switch (tok) {
	case TK_INT: return ty_untyped_int;
	case TK_FLOAT: return ty_untyped_float;
	case TK_IMAG: return ty_untyped_complex;
	case TK_CHAR: return ty_untyped_rune;
	case TK_STRING: return ty_untyped_string;
	default: return ty_invalid;
	}
}

/* record x's type and value on its node (types2 record) */
void check_set_node(Operand *x) {
	Node *n = x->expr;
	if (!n)
		return;
	switch (x->mode) {
	case OM_INVALID:
		n->type = ty_invalid;
		n->val = NULL;
		break;
	case OM_NOVALUE:
		n->type = NULL;
		n->val = NULL;
		break;
	case OM_BUILTIN:
		break;
	case OM_CONST:
		n->type = x->type;
		n->val = x->val;
		break;
	default:
		n->type = x->type;
		n->val = NULL;
		break;
	}
}

/* ---------------- untyped conversions ---------------- */

enum { CODE_OK, CODE_TRUNCATED, CODE_OVERFLOW, CODE_INVALID_CONST, CODE_INVALID_UNTYPED };

static int representation(Operand *x, Type *t, Const **out) {
	Const *v = x->val;
	if (!v)
		return CODE_INVALID_CONST;
	if (!const_representable(v, t, out)) {
		if (type_is_numeric(x->type) && type_is_numeric(t)) {
			if (!type_is_integer(x->type) && type_is_integer(t))
				return CODE_TRUNCATED;
			return CODE_OVERFLOW;
		}
		return CODE_INVALID_CONST;
	}
	if (v->kind == CV_UNKNOWN && out)
		*out = v;
	return CODE_OK;
}

static void invalid_conversion(int code, Operand *x, Type *target) {
	const char *xs = opstr(x), *ts = tstr(target);
	switch (code) {
	case CODE_TRUNCATED:
		check_errorf(xpos(x), "%s truncated to %s", xs, ts);
		break;
	case CODE_OVERFLOW:
		check_errorf(xpos(x), "%s overflows %s", xs, ts);
		break;
	default:
		check_errorf(xpos(x), "cannot convert %s to %s", xs, ts);
		break;
	}
}

static int untyped_rank(Type *t) {
	switch (t->kind) {
	case TY_UNTYPED_INT: return 1;
	case TY_UNTYPED_RUNE: return 2;
	case TY_UNTYPED_FLOAT: return 3;
	case TY_UNTYPED_COMPLEX: return 4;
	default: return 0;
	}
}

/* implicitTypeAndValue */
static int implicit_type_and_value(Operand *x, Type *target, Type **nt, Const **nv) {
	*nt = x->type;
	*nv = NULL;
	if (x->mode == OM_INVALID || !type_is_untyped(x->type) || target == ty_invalid)
		return CODE_OK;
	if (type_is_untyped(target)) {
		if (type_is_numeric(x->type) && type_is_numeric(target)) {
			if (untyped_rank(x->type) < untyped_rank(target))
				*nt = target;
			return CODE_OK;
		}
		if (x->type->kind != target->kind) {
			*nt = NULL;
			return CODE_INVALID_UNTYPED;
		}
		return CODE_OK;
	}
	if (x->mode == OM_NIL) {
		if (type_has_nil(target)) {
			*nt = target;
			return CODE_OK;
		}
		*nt = NULL;
		return CODE_INVALID_UNTYPED;
	}
	Type *u = type_under(target);
	if (type_is_basic(u) && u->kind != TY_UNSAFEPTR) {
		if (x->mode == OM_CONST) {
			Const *v = NULL;
			int code = representation(x, u, &v);
			if (code) {
				*nt = NULL;
				return code;
			}
			*nt = target;
			*nv = v;
			return CODE_OK;
		}
		switch (x->type->kind) {
		case TY_UNTYPED_BOOL:
			if (!type_is_boolean(target))
				goto bad;
			break;
		case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT: case TY_UNTYPED_COMPLEX:
			if (!type_is_numeric(target))
				goto bad;
			break;
		case TY_UNTYPED_STRING:
			if (!type_is_string(target))
				goto bad;
			break;
		default:
			goto bad;
		}
		*nt = target;
		return CODE_OK;
	}
	if (u->kind == TY_INTERFACE) {
		if (u->methods.len != 0)
			goto bad;
		*nt = check_default(x->type);
		return CODE_OK;
	}
bad:
	*nt = NULL;
	return CODE_INVALID_UNTYPED;
}

void check_convert_untyped(Operand *x, Type *target) {
	Type *nt;
	Const *nv;
	int code = implicit_type_and_value(x, target, &nt, &nv);
	if (code) {
		invalid_conversion(code, x, type_under(target) != ty_invalid ? type_under(target) : target);
		x->mode = OM_INVALID;
		return;
	}
	if (nv) {
		x->val = nv;
		if (x->expr && x->expr->type && type_is_untyped(x->expr->type))
			x->expr->val = nv;
	}
	if (nt != x->type) {
		x->type = nt;
		check_update_expr_type(x->expr, nt, false);
	}
}

static void update0(Node *parent, Node *n, Type *t, bool final) {
	if (!n || !n->type || !type_is_untyped(n->type))
		return;
	switch (n->kind) {
	case N_PAREN:
		update0(n, n->x, t, final);
		break;
	case N_UNARY:
		if (!n->val)
			update0(n, n->x, t, final);
		break;
	case N_BINARY:
		if (n->val)
			break;
		if (is_comparison(n->op)) {
			/* operands have their final types */
		} else if (is_shift(n->op)) {
			update0(n, n->x, t, final);
		} else {
			update0(n, n->x, t, final);
			update0(n, n->y, t, final);
		}
		break;
	default:
		break;
	}
	if (!final && type_is_untyped(t)) {
		n->type = t;
		return;
	}
	Type *old = n->type;
	n->type = t; /* no longer untyped: later updates leave it alone */
	if (ptrmap_get(&chk.lhs_shift, n)) {
		if (!type_is_integer(t)) {
			check_errorf(start_pos(n), "invalid operation: %s (shift of type %s)", estr(parent ? parent : n), tstr(t));
			return;
		}
	}
	if (n->val) {
		Operand c = {OM_CONST, n, NULL, old, n->val, BI_NONE};
		Type *nt;
		Const *nv;
		int code = implicit_type_and_value(&c, t, &nt, &nv);
		if (code) {
			c.expr = n;
			invalid_conversion(code, &c, type_under(t));
			return;
		}
		if (nv)
			n->val = nv;
	}
}

void check_update_expr_type(Node *n, Type *t, bool final) { update0(NULL, n, t, final); }

/* ---------------- assignability ---------------- */

char *missing_method_reason(Type *V, Type *T, Method *m, Method *alt, bool ptrrecv) {
	const char *mname = check_sprintf("%s method", m->name);
	if (alt) {
		if (strcmp(m->name, alt->name) != 0) {
			StrBuf a = {0}, w = {0};
			sb_puts(&a, alt->name);
			type_signature_to(&a, alt->type, false);
			sb_puts(&w, m->name);
			type_signature_to(&w, m->type, false);
			char *s = check_sprintf("(missing %s)\n\t\thave %s\n\t\twant %s", mname, sb_cstr(&a), sb_cstr(&w));
			sb_free(&a);
			sb_free(&w);
			return s;
		}
		if (ptrrecv || type_identical(m->type, alt->type))
			return check_sprintf("(%s has pointer receiver)", mname);
		StrBuf a = {0}, w = {0};
		sb_puts(&a, alt->name);
		type_signature_to(&a, alt->type, false);
		sb_puts(&w, m->name);
		type_signature_to(&w, m->type, false);
		char *s = check_sprintf("(wrong type for %s)\n\t\thave %s\n\t\twant %s", mname, sb_cstr(&a), sb_cstr(&w));
		sb_free(&a);
		sb_free(&w);
		return s;
	}
	Type *vu = type_under(V), *tu = type_under(T);
	if (vu->kind == TY_POINTER && type_is_interface(vu->elem))
		return check_sprintf("(type %s is pointer to interface, not interface)", tstr(V));
	if (tu->kind == TY_POINTER && type_is_interface(tu->elem))
		return check_sprintf("(type %s is pointer to interface, not interface)", tstr(T));
	return check_sprintf("(missing %s)", mname);
}

/* The methods of t and of the types embedded in it, nearest first. */
static void method_candidates(Type *t, Vec *out, Vec *seen, int depth) {
	if (!t || depth > 16)
		return;
	if (!t->named && t->kind == TY_POINTER)
		t = t->elem;
	for (int i = 0; i < seen->len; i++)
		if (seen->data[i] == t)
			return;
	vec_push(seen, t);
	Type *u = type_under(t);
	if (u->kind == TY_INTERFACE) {
		for (int i = 0; i < u->methods.len; i++)
			vec_push(out, u->methods.data[i]);
		return;
	}
	if (t->named)
		for (int i = 0; i < t->methods.len; i++)
			vec_push(out, t->methods.data[i]);
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->fields.len; i++) {
			Field *f = u->fields.data[i];
			if (f->embedded)
				method_candidates(f->type, out, seen, depth + 1);
		}
}

/* case-insensitive alternative for a missing method (missingMethod's
 * foldCase lookup): a method of V, maybe promoted, whose name equals the
 * missing one's up to case and that the missing method's package may name */
static Method *fold_case_alt(Type *V, Method *missing) {
	Vec cands = {0}, seen = {0};
	method_candidates(V, &cands, &seen, 0);
	Method *alt = NULL;
	for (int i = 0; i < cands.len && !alt; i++) {
		Method *m = cands.data[i];
		if (strcasecmp(m->name, missing->name) != 0 || !same_ident(m->name, m->pkg, m->name, missing->pkg))
			continue;
		LookupResult r = type_lookup(V, false, m->pkg, m->name, NULL, NULL, NULL, NULL);
		if (r == LOOKUP_METHOD || r == LOOKUP_PTRRECV)
			alt = m;
	}
	free(cands.data);
	free(seen.data);
	return alt;
}

/* implements(V, T): NULL if ok, else the reason */
static char *implements(Type *V, Type *T) {
	Type *vu = type_under(V), *tu = type_under(T);
	if (vu == ty_invalid || tu == ty_invalid)
		return NULL;
	if (vu->kind == TY_POINTER && type_under(vu->elem) == ty_invalid)
		return NULL;
	if (tu->kind != TY_INTERFACE) {
		if (tu->kind == TY_POINTER && type_is_interface(tu->elem))
			return check_sprintf("%s does not implement %s (type %s is pointer to interface, not interface)", tstr(V),
			                     tstr(T), tstr(T));
		return check_sprintf("%s does not implement %s (%s is not an interface)", tstr(V), tstr(T), tstr(T));
	}
	if (tu->methods.len == 0)
		return NULL;
	Method *missing, *alt;
	bool ptrrecv;
	if (type_implements(V, T, &missing, &alt, &ptrrecv))
		return NULL;
	if (!alt)
		alt = fold_case_alt(V, missing);
	return check_sprintf("%s does not implement %s %s", tstr(V), tstr(T),
	                     missing_method_reason(V, T, missing, alt, ptrrecv && alt && strcmp(alt->name, missing->name) == 0 && type_identical(alt->type, missing->type)));
}

bool check_assignable_to(Operand *x, Type *T, char **reason) {
	if (x->mode == OM_INVALID || T == ty_invalid)
		return true;
	Type *V = x->type;
	if (type_identical(V, T))
		return true;
	Type *vu = type_under(V), *tu = type_under(T);
	if (type_is_untyped(vu)) {
		Type *nt;
		Const *nv;
		implicit_type_and_value(x, T, &nt, &nv);
		return nt != NULL;
	}
	if (type_identical(vu, tu) && (!type_is_named(V) || !type_is_named(T)))
		return true;
	if (tu->kind == TY_INTERFACE || (tu->kind == TY_POINTER && type_is_interface(tu->elem))) {
		char *r = implements(V, T);
		if (r) {
			if (reason)
				*reason = r;
			return false;
		}
		return true;
	}
	if (vu->kind == TY_INTERFACE) {
		if (!implements(T, V)) {
			if (reason)
				*reason = "need type assertion";
			return false;
		}
	}
	if (vu->kind == TY_CHAN && vu->chandir == CHAN_BOTH && tu->kind == TY_CHAN && type_identical(vu->elem, tu->elem))
		return !type_is_named(V) || !type_is_named(T);
	return false;
}

Pos check_convpos, check_convpos_const;

void check_implicit_conv(Operand *x, Type *T) {
	if (!T || x->mode == OM_INVALID || !x->slot || !*x->slot || !x->type)
		return;
	if (type_identical(x->type, T) || T == ty_invalid || x->type == ty_invalid)
		return;
	if (x->type->kind == TY_TUPLE)
		return;
	Node *inner = *x->slot;
	Pos at = x->mode == OM_CONST ? check_convpos_const : check_convpos;
	Node *c = node_new(N_CONV, at.line ? at : inner->pos);
	c->implicit = true;
	c->x = inner;
	c->type = T;
	*x->slot = c;
	x->expr = c;
}

void check_assignment(Operand *x, Type *T, const char *context) {
	check_single_value(x);
	switch (x->mode) {
	case OM_INVALID:
		return;
	case OM_CONST: case OM_VAR: case OM_MAPINDEX: case OM_VALUE: case OM_NIL: case OM_COMMAOK:
		break;
	default:
		check_errorf(xpos(x), "cannot assign %s to %s in %s", opstr(x), T ? tstr(T) : "_", context);
		x->mode = OM_INVALID;
		return;
	}
	if (type_is_untyped(x->type)) {
		Type *target = T;
		if (x->mode == OM_NIL) {
			if (!T) {
				check_errorf(xpos(x), "use of untyped nil in %s", context);
				x->mode = OM_INVALID;
				return;
			}
		} else if (!T || type_is_interface(T)) {
			target = check_default(x->type);
		}
		Type *nt;
		Const *nv;
		int code = implicit_type_and_value(x, target, &nt, &nv);
		if (code) {
			const char *suffix = code == CODE_TRUNCATED ? " (truncated)" : code == CODE_OVERFLOW ? " (overflows)" : "";
			check_errorf(xpos(x), "cannot use %s as %s value in %s%s", opstr(x), tstr(target), context, suffix);
			x->mode = OM_INVALID;
			return;
		}
		if (nv) {
			x->val = nv;
			if (x->expr && x->expr->type && type_is_untyped(x->expr->type))
				x->expr->val = nv;
		}
		if (nt != x->type) {
			x->type = nt;
			check_update_expr_type(x->expr, nt, false);
		}
	}
	if (!T)
		return;
	char *reason = NULL;
	if (!check_assignable_to(x, T, &reason)) {
		if (reason)
			check_errorf(xpos(x), "cannot use %s as type %s in %s:\n\t%s", opstr(x), tstr(T), context, reason);
		else
			check_errorf(xpos(x), "cannot use %s as type %s in %s", opstr(x), tstr(T), context);
		x->mode = OM_INVALID;
		return;
	}
	check_implicit_conv(x, T);
}

/* ---------------- operand helpers ---------------- */

void check_single_value(Operand *x) {
	if (x->mode == OM_VALUE && x->type && x->type->kind == TY_TUPLE) {
		check_errorf(xpos(x), "multiple-value %s in single-value context", opstr(x));
		x->mode = OM_INVALID;
	}
}

static void exclude(Operand *x, unsigned modeset) {
	if (!(modeset & (1u << x->mode)))
		return;
	const char *msg;
	switch (x->mode) {
	case OM_NOVALUE:
		msg = (modeset & (1u << OM_TYPEXPR)) ? "%s used as value" : "%s used as value or type";
		break;
	case OM_BUILTIN:
		msg = "%s must be called";
		break;
	case OM_TYPEXPR:
		msg = "%s is not an expression";
		break;
	default:
		return;
	}
	check_errorf(xpos(x), msg, opstr(x));
	x->mode = OM_INVALID;
}

void check_expr(Operand *x, Node **np) {
	check_raw_expr(x, np, NULL);
	exclude(x, 1u << OM_NOVALUE | 1u << OM_BUILTIN | 1u << OM_TYPEXPR);
	check_single_value(x);
}

void check_multi_expr(Operand *x, Node **np) {
	check_raw_expr(x, np, NULL);
	exclude(x, 1u << OM_NOVALUE | 1u << OM_BUILTIN | 1u << OM_TYPEXPR);
}

void check_expr_with_hint(Operand *x, Node **np, Type *hint) {
	check_raw_expr(x, np, hint);
	exclude(x, 1u << OM_NOVALUE | 1u << OM_BUILTIN | 1u << OM_TYPEXPR);
	check_single_value(x);
}

void check_expr_or_type(Operand *x, Node **np) {
	check_raw_expr(x, np, NULL);
	exclude(x, 1u << OM_NOVALUE);
	check_single_value(x);
}

void check_use(Node **np) {
	if (!np || !*np)
		return;
	Node *n = *np;
	if (n->kind == N_NAME && (n->is_blank || (n->name && strcmp(n->name, "_") == 0)))
		return;
	Operand x = {0};
	check_raw_expr(&x, np, NULL);
}

void check_use_list(Vec *list) {
	for (int i = 0; i < list->len; i++)
		check_use((Node **)&list->data[i]);
}

/* ---------------- identifiers ---------------- */

static void capture(Obj *o) {
	if (o->vclass == VC_GLOBAL || !o->owner || o->owner == chk.func)
		return;
	for (int i = chk.funcstack.len - 1; i >= 0; i--) {
		Node *f = chk.funcstack.data[i];
		if (f == o->owner)
			break;
		if (f->kind != N_FUNCLIT)
			continue;
		o->captured = true;
		bool have = false;
		for (int j = 0; j < f->captures.len && !have; j++)
			have = f->captures.data[j] == o;
		if (!have)
			vec_push(&f->captures, o);
	}
}

void check_ident(Operand *x, Node **np, Type *def, bool want_type) {
	Node *e = *np;
	x->mode = OM_INVALID;
	x->expr = e;
	x->slot = np;
	x->type = ty_invalid;
	if (!e->name || e->is_blank || strcmp(e->name, "_") == 0) {
		e->obj = NULL;
		check_errorf(e->pos, "cannot use _ as value or type");
		return;
	}
	Obj *o = check_lookup(e->name);
	if (!o) {
		check_errorf(e->pos, "undefined: %s", e->name);
		return;
	}
	e->obj = o;
	if (chk.dot_imports.len) {
		Obj *po = ptrmap_get(&chk.dot_imports, o);
		if (po)
			vec_push(&chk.dot_used, po);
	}
	if (o->generic) {
		check_generic_use(e->pos, o);
		return;
	}
	if (!o->type || (o->kind == OBJ_TYPE && want_type))
		check_obj_decl(o, def);
	Type *typ = o->type;
	if (!typ)
		typ = o->type = ty_invalid;
	switch (o->kind) {
	case OBJ_PKG:
		check_errorf(e->pos, "use of package %s not in selector", o->name);
		return;
	case OBJ_CONST:
		check_add_dep(o);
		if (typ == ty_invalid)
			return;
		if (o == universe_iota) {
			if (!chk.iota) {
				check_errorf(e->pos, "cannot use iota outside constant declaration");
				return;
			}
			x->val = chk.iota;
		} else {
			x->val = o->val ? o->val : const_unknown();
		}
		x->mode = OM_CONST;
		break;
	case OBJ_TYPE:
		x->mode = OM_TYPEXPR;
		break;
	case OBJ_VAR:
		if (o->pkg)
			o->used = true;
		check_add_dep(o);
		capture(o);
		if (typ == ty_invalid)
			return;
		x->mode = OM_VAR;
		break;
	case OBJ_FUNC:
		check_add_dep(o);
		x->mode = OM_VALUE;
		break;
	case OBJ_BUILTIN:
		x->id = o->builtin;
		x->mode = OM_BUILTIN;
		break;
	case OBJ_NIL:
		x->mode = OM_NIL;
		break;
	default:
		return;
	}
	x->type = typ;
}

/* ---------------- unary expressions ---------------- */

/* the variable whose address &e (or e[:]) takes, if any */
static void mark_addrtaken(Node *e) {
	for (int guard = 0; e && guard < 1000; guard++) {
		e = unparen(e);
		if (!e)
			return;
		switch (e->kind) {
		case N_NAME:
			if (e->obj && e->obj->kind == OBJ_VAR)
				e->obj->addrtaken = true;
			return;
		case N_SELECTOR:
			if (e->sel_kind != SEL_FIELD || e->sel_indirect)
				return;
			if (e->x && e->x->type && type_under(e->x->type)->kind == TY_POINTER)
				return;
			e = e->x;
			break;
		case N_INDEX:
			if (!e->x || !e->x->type || type_under(e->x->type)->kind != TY_ARRAY)
				return;
			e = e->x;
			break;
		case N_CONV:
			if (!e->implicit)
				return;
			e = e->x;
			break;
		default:
			return;
		}
	}
}

static void check_overflow(Operand *x, Pos oppos, const char *opname) {
	if (x->val->kind == CV_UNKNOWN) {
		check_errorf(oppos, "constant result is not representable");
		return;
	}
	if (!type_is_untyped(x->type)) {
		Const *v = NULL;
		Type *u = type_under(x->type);
		int code = representation(x, u, &v);
		if (code) {
			invalid_conversion(code, x, u);
			x->mode = OM_INVALID;
			return;
		}
		x->val = v;
		return;
	}
	if (x->val->kind == CV_INT && const_bitlen(x->val) > CONST_PREC) {
		check_errorf(oppos, "constant %s overflow", opname ? opname : "");
		x->val = const_unknown();
	}
}

static const char *opname2(int op) {
	switch (op) {
	case TK_ADD: return "addition";
	case TK_SUB: return "subtraction";
	case TK_XOR: return "bitwise XOR";
	case TK_MUL: return "multiplication";
	case TK_SHL: return "shift";
	default: return "";
	}
}

static void unary(Operand *x, Node **np) {
	Node *e = *np;
	check_expr(x, &e->x);
	if (x->mode == OM_INVALID)
		return;
	switch (e->op) {
	case TK_AND: {
		Node *inner = unparen(e->x);
		if (!(inner && inner->kind == N_COMPOSITE) && x->mode != OM_VAR) {
			check_errorf(xpos(x), "invalid operation: cannot take address of %s", opstr(x));
			x->mode = OM_INVALID;
			return;
		}
		mark_addrtaken(e->x);
		x->mode = OM_VALUE;
		x->type = type_ptr(x->type);
		return;
	}
	case TK_ARROW: {
		Type *u = type_under(x->type);
		if (u->kind != TY_CHAN) {
			check_errorf(xpos(x), "invalid operation: cannot receive from non-channel %s", opstr(x));
			x->mode = OM_INVALID;
			return;
		}
		if (u->chandir == CHAN_SEND) {
			check_errorf(xpos(x), "invalid operation: cannot receive from send-only channel %s", opstr(x));
			x->mode = OM_INVALID;
			return;
		}
		x->mode = OM_COMMAOK;
		x->type = u->elem;
		chk.has_call_or_recv = true;
		return;
	}
	case TK_TILDE:
		check_errorf(e->pos, "cannot use ~ outside of interface or type constraint");
		x->mode = OM_INVALID;
		return;
	}
	bool ok;
	switch (e->op) {
	case TK_ADD: case TK_SUB: ok = type_is_numeric(x->type); break;
	case TK_XOR: ok = type_is_integer(x->type); break;
	case TK_NOT: ok = type_is_boolean(x->type); break;
	default: ok = false; break;
	}
	if (!ok) {
		const char *ops = e->op > 0 && e->op < TK_COUNT ? tok_text[e->op] : "?";
		check_errorf(xpos(x), "invalid operation: operator %s not defined on %s", ops, opstr(x));
		x->mode = OM_INVALID;
		return;
	}
	if (x->mode == OM_CONST) {
		if (x->val->kind == CV_UNKNOWN)
			return;
		int prec = 0;
		if (type_is_unsigned(x->type))
			prec = (int)types_size(type_under(x->type)) * 8;
		x->val = const_unary(e->op, x->val, prec);
		x->expr = e;
		x->slot = np;
		check_overflow(x, e->pos, e->op == TK_XOR ? "bitwise complement" : "");
		return;
	}
	x->mode = OM_VALUE;
}

/* ---------------- binary expressions ---------------- */

static const char *kind_string(Type *t) {
	switch (type_under(t)->kind) {
	case TY_ARRAY: return "array";
	case TY_SLICE: return "slice";
	case TY_STRUCT: return "struct";
	case TY_POINTER: return "pointer";
	case TY_FUNC: return "func";
	case TY_INTERFACE: return "interface";
	case TY_MAP: return "map";
	case TY_CHAN: return "chan";
	default: return tstr(t);
	}
}

static const char *incomparable_cause(Type *t) {
	Type *u = type_under(t);
	if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_MAP)
		return check_sprintf("%s can only be compared to nil", kind_string(t));
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->fields.len; i++) {
			Field *f = u->fields.data[i];
			if (!type_comparable(f->type))
				return check_sprintf("struct containing %s cannot be compared", tstr(f->type));
		}
	}
	if (u->kind == TY_ARRAY && !type_comparable(u->elem))
		return check_sprintf("%s cannot be compared", tstr(t));
	return "";
}

static bool is_nil(Operand *x) { return x->mode == OM_NIL; }

void check_comparison(Operand *x, Operand *y, int op, bool switch_case) {
	if (switch_case)
		op = TK_EQL;
	Operand *err_op = x;
	const char *cause = "";
	bool ok = check_assignable_to(x, y->type, NULL) || check_assignable_to(y, x->type, NULL);
	if (!ok) {
		err_op = y;
		cause = check_sprintf("mismatched types %s and %s", tstr(x->type), tstr(y->type));
		goto error;
	}
	switch (op) {
	case TK_EQL:
	case TK_NEQ:
		if (is_nil(x) || is_nil(y)) {
			Type *t = is_nil(x) ? y->type : x->type;
			if (!type_has_nil(t)) {
				err_op = y;
				goto error;
			}
		} else if (!type_comparable(x->type)) {
			err_op = x;
			cause = incomparable_cause(x->type);
			goto error;
		} else if (!type_comparable(y->type)) {
			err_op = y;
			cause = incomparable_cause(y->type);
			goto error;
		}
		break;
	default:
		if (!type_is_ordered(x->type)) {
			err_op = x;
			goto error;
		}
		if (!type_is_ordered(y->type)) {
			err_op = y;
			goto error;
		}
		break;
	}
	if (x->mode == OM_CONST && y->mode == OM_CONST) {
		x->val = const_make_bool(const_compare(op, x->val, y->val));
	} else {
		x->mode = OM_VALUE;
		check_update_expr_type(x->expr, check_default(x->type), true);
		check_update_expr_type(y->expr, check_default(y->type), true);
		/* make mixed comparisons explicit: convert one side to the other's type */
		Type *xt = check_default(x->type), *yt = check_default(y->type);
		if (!is_nil(x) && !is_nil(y) && !type_identical(xt, yt) && xt != ty_invalid && yt != ty_invalid) {
			Operand xx = *x, yy = *y;
			xx.type = xt;
			yy.type = yt;
			if (check_assignable_to(&xx, yt, NULL))
				check_implicit_conv(&xx, yt);
			else
				check_implicit_conv(&yy, xt);
		}
	}
	x->type = ty_untyped_bool;
	return;
error:
	if (!*cause) {
		const char *ops = tok_text[op];
		cause = check_sprintf("operator %s not defined on %s", ops, kind_string(err_op->type));
	}
	if (switch_case)
		check_errorf(xpos(x), "invalid case %s in switch on %s (%s)", estr(x->expr), estr(y->expr), cause);
	else
		check_errorf(xpos(err_op), "invalid operation: %s %s %s (%s)", estr(x->expr), tok_text[op], estr(y->expr), cause);
	x->mode = OM_INVALID;
}

static void shift(Operand *x, Operand *y, Node *e, Node **np, int op) {
	Const *xval = NULL;
	if (x->mode == OM_CONST)
		xval = const_to_int(x->val);
	if (type_is_integer(x->type) || (type_is_untyped(x->type) && xval && xval->kind == CV_INT)) {
		/* ok */
	} else {
		check_errorf(xpos(x), "invalid operation: shifted operand %s must be integer", opstr(x));
		x->mode = OM_INVALID;
		return;
	}
	if (y->mode == OM_CONST) {
		Const *yval = const_to_int(y->val);
		if (yval->kind == CV_INT && const_sign(yval) < 0) {
			check_errorf(xpos(y), "invalid operation: negative shift count %s", opstr(y));
			x->mode = OM_INVALID;
			return;
		}
		if (type_is_untyped(y->type)) {
			Const *v = NULL;
			int code = representation(y, ty_uint, &v);
			if (code) {
				invalid_conversion(code, y, ty_uint);
				x->mode = OM_INVALID;
				return;
			}
			if (x->mode != OM_CONST) /* the count of a run-time shift: uint(1.0) */
				check_convert_untyped(y, ty_uint);
		}
	} else {
		if (type_is_integer(y->type)) {
			/* ok */
		} else if (type_is_untyped(y->type)) {
			check_convert_untyped(y, ty_uint);
			if (y->mode == OM_INVALID) {
				x->mode = OM_INVALID;
				return;
			}
		} else {
			check_errorf(xpos(y), "invalid operation: shift count %s must be integer", opstr(y));
			x->mode = OM_INVALID;
			return;
		}
	}
	if (x->mode == OM_CONST) {
		if (y->mode == OM_CONST) {
			if (x->val->kind == CV_UNKNOWN || y->val->kind == CV_UNKNOWN) {
				x->val = const_unknown();
				if (!type_is_integer(x->type))
					x->type = ty_untyped_int;
				return;
			}
			Const *yi = const_to_int(y->val);
			if (!const_is_uint64(yi) || const_uint64(yi) > 1023 - 1 + 52) {
				check_errorf(xpos(y), "invalid operation: invalid shift count %s", opstr(y));
				x->mode = OM_INVALID;
				return;
			}
			if (!type_is_integer(x->type))
				x->type = ty_untyped_int;
			x->val = const_shift(op, xval, (unsigned)const_uint64(yi));
			x->expr = e;
			x->slot = np;
			check_overflow(x, e ? e->pos : (Pos){0}, "shift");
			return;
		}
		if (type_is_untyped(x->type)) {
			if (x->expr)
				ptrmap_put(&chk.lhs_shift, x->expr, (void *)1);
			x->mode = OM_VALUE;
			return;
		}
	}
	if (!type_is_integer(x->type)) {
		check_errorf(xpos(x), "invalid operation: shifted operand %s must be integer", opstr(x));
		x->mode = OM_INVALID;
		return;
	}
	x->mode = OM_VALUE;
}

static bool binary_op_ok(int op, Type *t) {
	switch (op) {
	case TK_ADD: return type_is_numeric(t) || type_is_string(t);
	case TK_SUB: case TK_MUL: case TK_QUO: return type_is_numeric(t);
	case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT: return type_is_integer(t);
	case TK_LAND: case TK_LOR: return type_is_boolean(t);
	default: return false;
	}
}

/* assignment operators map to their binary operator */
static int assign_op_base(int op) {
	switch (op) {
	case TK_ADD_ASSIGN: return TK_ADD;
	case TK_SUB_ASSIGN: return TK_SUB;
	case TK_MUL_ASSIGN: return TK_MUL;
	case TK_QUO_ASSIGN: return TK_QUO;
	case TK_REM_ASSIGN: return TK_REM;
	case TK_AND_ASSIGN: return TK_AND;
	case TK_OR_ASSIGN: return TK_OR;
	case TK_XOR_ASSIGN: return TK_XOR;
	case TK_SHL_ASSIGN: return TK_SHL;
	case TK_SHR_ASSIGN: return TK_SHR;
	case TK_AND_NOT_ASSIGN: return TK_AND_NOT;
	default: return op;
	}
}

void check_binary(Operand *x, Node *e, Node **lhs, Node **rhs, int op) {
	op = assign_op_base(op);
	Operand y = {0};
	check_expr(x, lhs);
	check_expr(&y, rhs);
	Node **np = NULL;
	if (!e)
		x->slot = NULL; /* x op= y: the result is never converted in place */
	if (x->mode == OM_INVALID)
		return;
	if (y.mode == OM_INVALID) {
		x->mode = OM_INVALID;
		x->expr = y.expr;
		return;
	}
	if (is_shift(op)) {
		shift(x, &y, e, np, op);
		return;
	}
	bool can_mix = true;
	if (type_is_interface(x->type) || type_is_interface(y.type)) {
		can_mix = true;
	} else {
		if (type_is_boolean(x->type) != type_is_boolean(y.type))
			can_mix = false;
		if (type_is_string(x->type) != type_is_string(y.type))
			can_mix = false;
		if (is_nil(x) && !type_has_nil(y.type))
			can_mix = false;
		if (is_nil(&y) && !type_has_nil(x->type))
			can_mix = false;
	}
	if (can_mix) {
		check_convert_untyped(x, y.type);
		if (x->mode == OM_INVALID)
			return;
		check_convert_untyped(&y, x->type);
		if (y.mode == OM_INVALID) {
			x->mode = OM_INVALID;
			return;
		}
	}
	if (is_comparison(op)) {
		check_comparison(x, &y, op, false);
		return;
	}
	if (!type_identical(x->type, y.type)) {
		if (x->type != ty_invalid && y.type != ty_invalid) {
			if (e)
				check_errorf(xpos(x), "invalid operation: %s (mismatched types %s and %s)", estr(e), tstr(x->type),
				             tstr(y.type));
			else
				check_errorf(xpos(x), "invalid operation: %s %s= %s (mismatched types %s and %s)", estr(*lhs),
				             tok_text[op], estr(*rhs), tstr(x->type), tstr(y.type));
		}
		x->mode = OM_INVALID;
		return;
	}
	if (!binary_op_ok(op, x->type)) {
		check_errorf(xpos(x), "invalid operation: operator %s not defined on %s", tok_text[op], opstr(x));
		x->mode = OM_INVALID;
		return;
	}
	if (op == TK_QUO || op == TK_REM) {
		if ((x->mode == OM_CONST || type_is_integer(x->type)) && y.mode == OM_CONST && const_sign(y.val) == 0) {
			check_errorf(xpos(&y), "invalid operation: division by zero");
			x->mode = OM_INVALID;
			return;
		}
		if (x->mode == OM_CONST && y.mode == OM_CONST && type_is_complex(x->type)) {
			Const *re = const_real(y.val), *im = const_imag(y.val);
			Const *re2 = const_binary(TK_MUL, re, re, false), *im2 = const_binary(TK_MUL, im, im, false);
			if (const_sign(re2) == 0 && const_sign(im2) == 0) {
				check_errorf(xpos(&y), "invalid operation: division by zero");
				x->mode = OM_INVALID;
				return;
			}
		}
	}
	if (x->mode == OM_CONST && y.mode == OM_CONST) {
		if (x->val->kind == CV_UNKNOWN || y.val->kind == CV_UNKNOWN) {
			x->val = const_unknown();
			return;
		}
		x->val = const_binary(op, x->val, y.val, op == TK_QUO && type_is_integer(x->type));
		if (e) {
			x->expr = e;
			x->slot = NULL;
		}
		check_overflow(x, e ? e->pos : xpos(x), opname2(op));
		return;
	}
	x->mode = OM_VALUE;
}

/* ---------------- index expressions ---------------- */

bool check_is_valid_index(Operand *x, const char *what, bool allow_negative) {
	if (x->mode == OM_INVALID)
		return false;
	check_convert_untyped(x, ty_int);
	if (x->mode == OM_INVALID)
		return false;
	if (!type_is_integer(x->type)) {
		check_errorf(xpos(x), "invalid argument: %s %s must be integer", what, opstr(x));
		return false;
	}
	if (x->mode == OM_CONST) {
		if (!allow_negative && const_sign(x->val) < 0) {
			check_errorf(xpos(x), "invalid argument: %s %s must not be negative", what, opstr(x));
			return false;
		}
		Const *r = NULL;
		if (!const_representable(x->val, ty_int, &r)) {
			check_errorf(xpos(x), "invalid argument: %s %s overflows int", what, opstr(x));
			return false;
		}
	}
	return true;
}

Type *check_index(Node **np, int64_t max, int64_t *val) {
	*val = -1;
	Operand x = {0};
	check_expr(&x, np);
	if (!check_is_valid_index(&x, "index", false))
		return ty_invalid;
	if (x.mode != OM_CONST)
		return x.type;
	if (x.val->kind == CV_UNKNOWN)
		return ty_invalid;
	Const *iv = const_to_int(x.val);
	int64_t v = const_int64(iv);
	if (max >= 0 && v >= max) {
		check_errorf(xpos(&x), "invalid argument: index %s out of bounds [0:%lld]", const_string(perm, x.val),
		             (long long)max);
		return ty_invalid;
	}
	*val = v;
	return x.type;
}

static void index_expr(Operand *x, Node **np) {
	Node *e = *np;
	check_expr_or_type(x, &e->x);
	if (x->mode == OM_INVALID) {
		check_use(&e->y);
		return;
	}
	if (x->mode == OM_TYPEXPR) {
		check_errorf(start_pos(e), "%s not supported yet by goc", "generic type instantiation");
		x->mode = OM_INVALID;
		return;
	}
	if (e->is_instance && e->list.len) {
		check_errorf(start_pos(e->list.data[0]), "invalid operation: more than one index");
		check_use_list(&e->list);
	}
	bool valid = false;
	int64_t length = -1;
	Type *u = type_under(x->type);
	switch (u->kind) {
	case TY_STRING:
	case TY_UNTYPED_STRING:
		valid = true;
		if (x->mode == OM_CONST)
			length = x->val->slen;
		x->mode = OM_VALUE;
		x->type = ty_byte;
		break;
	case TY_ARRAY:
		valid = true;
		length = u->len;
		if (x->mode != OM_VAR)
			x->mode = OM_VALUE;
		x->type = u->elem;
		break;
	case TY_POINTER:
		if (type_under(u->elem)->kind == TY_ARRAY) {
			valid = true;
			length = type_under(u->elem)->len;
			x->mode = OM_VAR;
			x->type = type_under(u->elem)->elem;
		}
		break;
	case TY_SLICE:
		valid = true;
		x->mode = OM_VAR;
		x->type = u->elem;
		break;
	case TY_MAP: {
		Operand key = {0};
		check_expr(&key, &e->y);
		check_assignment(&key, u->key, "map index");
		x->mode = OM_MAPINDEX;
		x->type = u->elem;
		x->expr = e;
		x->slot = np;
		return;
	}
	default:
		break;
	}
	if (!valid) {
		check_errorf(e->pos, "invalid operation: cannot index %s", opstr(x));
		check_use(&e->y);
		x->mode = OM_INVALID;
		return;
	}
	if (!e->y) {
		check_errorf(e->pos, "invalid AST: missing index for %s", estr(e->x));
		x->mode = OM_INVALID;
		return;
	}
	int64_t v;
	check_index(&e->y, length, &v);
}

static void slice_expr(Operand *x, Node **np) {
	Node *e = *np;
	check_expr(x, &e->x);
	if (x->mode == OM_INVALID) {
		check_use(&e->y);
		check_use(&e->z);
		check_use(&e->w);
		return;
	}
	bool valid = false;
	int64_t length = -1;
	Type *u = type_under(x->type);
	switch (u->kind) {
	case TY_STRING:
	case TY_UNTYPED_STRING:
		if (e->slice3) {
			check_errorf(e->w ? start_pos(e->w) : e->pos, "invalid operation: 3-index slice of string");
			x->mode = OM_INVALID;
			return;
		}
		valid = true;
		if (x->mode == OM_CONST)
			length = x->val->slen;
		if (type_is_untyped(x->type)) {
			x->type = ty_string;
			check_update_expr_type(x->expr, ty_string, true);
		}
		break;
	case TY_ARRAY:
		valid = true;
		length = u->len;
		if (x->mode != OM_VAR) {
			check_errorf(xpos(x), "invalid operation: %s (slice of unaddressable value)", opstr(x));
			x->mode = OM_INVALID;
			return;
		}
		mark_addrtaken(e->x);
		x->type = type_slice(u->elem);
		break;
	case TY_POINTER:
		if (type_under(u->elem)->kind == TY_ARRAY) {
			valid = true;
			length = type_under(u->elem)->len;
			x->type = type_slice(type_under(u->elem)->elem);
		}
		break;
	case TY_SLICE:
		valid = true;
		break;
	default:
		break;
	}
	if (!valid) {
		check_errorf(xpos(x), "invalid operation: cannot slice %s", opstr(x));
		x->mode = OM_INVALID;
		return;
	}
	x->mode = OM_VALUE;
	if (e->slice3 && (!e->z || !e->w)) {
		check_errorf(e->pos, "invalid AST: 2nd and 3rd index required in 3-index slice");
		x->mode = OM_INVALID;
		return;
	}
	int64_t ind[3];
	Node **idx[3] = {&e->y, &e->z, &e->w};
	for (int i = 0; i < 3; i++) {
		int64_t v = -1;
		if (*idx[i]) {
			int64_t max = length >= 0 ? length + 1 : -1;
			int64_t r;
			check_index(idx[i], max, &r);
			if (r >= 0)
				v = r;
		} else if (i == 0) {
			v = 0;
		} else if (length >= 0) {
			v = length;
		}
		ind[i] = v;
	}
	for (int i = 0; i < 2; i++) {
		if (ind[i] > 0) {
			for (int j = i + 1; j < 3; j++) {
				if (ind[j] >= 0 && ind[j] < ind[i] && *idx[j]) {
					check_errorf(start_pos(*idx[j]), "invalid slice indices: %lld < %lld", (long long)ind[j],
					             (long long)ind[i]);
					return;
				}
			}
		}
	}
}

/* ---------------- type assertions ---------------- */

void check_type_assertion(Node *e, Operand *x, Type *T, bool type_switch) {
	if (type_is_interface(T))
		return;
	Method *missing, *alt;
	bool ptrrecv;
	if (type_implements(T, x->type, &missing, &alt, &ptrrecv))
		return;
	if (!alt)
		alt = fold_case_alt(T, missing);
	const char *cause = missing_method_reason(T, x->type, missing, alt, ptrrecv && alt && type_identical(alt->type, missing->type));
	if (type_switch)
		check_errorf(start_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s", estr(e),
		             opstr(x), tstr(T), cause);
	else
		check_errorf(start_pos(e), "impossible type assertion: %s\n\t%s does not implement %s %s", estr(e), tstr(T),
		             tstr(x->type), cause);
}

/* ---------------- composite literals ---------------- */

static int64_t indexed_elts(Vec *elts, Type *typ, int64_t length) {
	Vec visited = {0}; /* int64 values as pointers (boxed) */
	int64_t index = 0, max = 0;
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->data[i];
		if (!e)
			continue;
		bool valid_index = false;
		Node **eval = (Node **)&elts->data[i];
		if (e->kind == N_KEYVALUE) {
			int64_t v;
			Type *t = check_index(&e->x, length, &v);
			if (t != ty_invalid) {
				if (v >= 0) {
					index = v;
					valid_index = true;
				} else {
					check_errorf(start_pos(e), "index %s must be integer constant", estr(e->x));
				}
			}
			eval = &e->y;
		} else if (length >= 0 && index >= length) {
			check_errorf(start_pos(e), "index %lld is out of bounds (>= %lld)", (long long)index, (long long)length);
		} else {
			valid_index = true;
		}
		if (valid_index) {
			bool dup = false;
			for (int k = 0; k < visited.len; k++)
				if (*(int64_t *)visited.data[k] == index)
					dup = true;
			if (dup) {
				check_errorf(start_pos(e), "duplicate index %lld in array or slice literal", (long long)index);
			} else {
				int64_t *b = NEW(perm, int64_t);
				*b = index;
				vec_push(&visited, b);
			}
		}
		index++;
		if (index > max)
			max = index;
		Operand x = {0};
		check_expr_with_hint(&x, eval, typ);
		check_assignment(&x, typ, "array or slice literal");
	}
	free(visited.data);
	return max;
}

static void composite_lit(Operand *x, Node **np, Type *hint) {
	Node *e = *np;
	Type *typ = NULL, *base = NULL;
	Node *ae = e->x ? unparen(e->x) : NULL;
	if (e->x) {
		if (ae && ae->kind == N_ARRAYTYPE && ae->x && ae->x->kind == N_ELLIPSIS) {
			Type *elem = check_var_type(&ae->y);
			typ = type_array(elem, -1);
			base = typ;
		} else {
			typ = check_typ(&e->x);
			base = typ;
		}
	} else if (hint) {
		typ = hint;
		base = typ;
		Type *hu = type_under(typ);
		if (hu->kind == TY_POINTER && !typ->named)
			base = hu->elem;
	} else {
		check_errorf(e->pos, "missing type in composite literal");
		goto error;
	}
	Type *u = type_under(base);
	switch (u->kind) {
	case TY_STRUCT: {
		if (e->list.len == 0)
			break;
		Vec *fields = &u->fields;
		Node *first = e->list.data[0];
		if (first && first->kind == N_KEYVALUE) {
			bool *visited = NEWARRAY(perm, bool, fields->len + 1);
			for (int i = 0; i < e->list.len; i++) {
				Node *kv = e->list.data[i];
				if (!kv || kv->kind != N_KEYVALUE) {
					check_errorf(start_pos(kv), "mixture of field:value and value elements in struct literal");
					continue;
				}
				Node *key = kv->x;
				Operand v = {0};
				check_expr(&v, &kv->y);
				if (!key || key->kind != N_NAME) {
					check_errorf(start_pos(kv), "invalid field name %s in struct literal", estr(key));
					continue;
				}
				int fi = -1;
				if (strcmp(key->name, "_") != 0)
					for (int k = 0; k < fields->len; k++) {
						Field *f = fields->data[k];
						if (f->name && same_ident(f->name, f->pkg, key->name, chk.pkg->path)) {
							fi = k;
							break;
						}
					}
				if (fi < 0) {
					check_errorf(key->pos, "unknown field '%s' in struct literal of type %s", key->name, tstr(base));
					continue;
				}
				Field *fld = fields->data[fi];
				key->type = fld->type;
				check_assignment(&v, fld->type, "struct literal");
				if (visited[fi]) {
					check_errorf(start_pos(kv), "duplicate field name %s in struct literal", key->name);
					continue;
				}
				visited[fi] = true;
			}
		} else {
			for (int i = 0; i < e->list.len; i++) {
				Node *el = e->list.data[i];
				if (el && el->kind == N_KEYVALUE) {
					check_errorf(start_pos(el), "mixture of field:value and value elements in struct literal");
					continue;
				}
				Operand v = {0};
				check_expr(&v, (Node **)&e->list.data[i]);
				if (i >= fields->len) {
					check_errorf(xpos(&v), "too many values in %s{…}", tstr(base));
					break;
				}
				Field *fld = fields->data[i];
				if (!same_ident(fld->name, fld->pkg, fld->name, chk.pkg->path)) {
					check_errorf(xpos(&v), "implicit assignment to unexported field %s in %s literal", fld->name, tstr(typ));
					continue;
				}
				check_assignment(&v, fld->type, "struct literal");
			}
			if (e->list.len < fields->len)
				check_errorf(e->epos.line ? e->epos : e->pos, "too few values in %s{…}", tstr(base));
		}
		break;
	}
	case TY_ARRAY: {
		if (!u->elem) {
			check_errorf(e->pos, "illegal cycle in type declaration");
			goto error;
		}
		int64_t n = indexed_elts(&e->list, u->elem, u->len);
		if (u->len < 0) {
			u->len = n;
			if (base != u)
				base->len = n;
			if (e->x)
				e->x->type = typ;
			if (ae)
				ae->type = typ;
		}
		break;
	}
	case TY_SLICE:
		indexed_elts(&e->list, u->elem, -1);
		break;
	case TY_MAP: {
		bool key_iface = type_is_interface(u->key);
		Vec seen = {0}, seen_types = {0};
		for (int i = 0; i < e->list.len; i++) {
			Node *kv = e->list.data[i];
			if (!kv || kv->kind != N_KEYVALUE) {
				check_errorf(start_pos(kv), "missing key in map literal");
				continue;
			}
			Operand k = {0};
			check_expr_with_hint(&k, &kv->x, u->key);
			check_assignment(&k, u->key, "map literal");
			if (k.mode == OM_INVALID)
				continue;
			if (k.mode == OM_CONST && k.val) {
				bool dup = false;
				for (int j = 0; j < seen.len; j++) {
					if (const_equal_key(seen.data[j], k.val) &&
					    (!key_iface || type_identical(seen_types.data[j], k.type))) {
						dup = true;
						break;
					}
				}
				if (dup) {
					check_errorf(xpos(&k), "duplicate key %s in map literal", const_string(perm, k.val));
					continue;
				}
				vec_push(&seen, k.val);
				vec_push(&seen_types, k.type);
			}
			Operand v = {0};
			check_expr_with_hint(&v, &kv->y, u->elem);
			check_assignment(&v, u->elem, "map literal");
		}
		free(seen.data);
		free(seen_types.data);
		break;
	}
	default:
		for (int i = 0; i < e->list.len; i++) {
			Node *el = e->list.data[i];
			if (el && el->kind == N_KEYVALUE)
				check_use(&el->y);
			else
				check_use((Node **)&e->list.data[i]);
		}
		if (u != ty_invalid) {
			check_errorf(start_pos(e), "invalid composite literal type %s", tstr(typ));
			goto error;
		}
		goto error;
	}
	x->mode = OM_VALUE;
	x->type = typ;
	return;
error:
	x->mode = OM_INVALID;
}

/* ---------------- the dispatcher ---------------- */

static ExprKind expr_internal(Operand *x, Node **np, Type *hint) {
	Node *e = *np;
	x->mode = OM_INVALID;
	x->type = ty_invalid;
	x->expr = e;
	x->slot = np;
	x->val = NULL;
	if (!e)
		return EK_STATEMENT;
	switch (e->kind) {
	case N_BAD:
		goto error;
	case N_NAME:
		check_ident(x, np, NULL, false);
		break;
	case N_ELLIPSIS:
		check_errorf(e->pos, "invalid use of '...'");
		goto error;
	case N_BASICLIT: {
		if ((e->op == TK_INT || e->op == TK_FLOAT || e->op == TK_IMAG) && e->lit && strlen(e->lit) > 10000) {
			check_errorf(e->pos, "excessively long constant: %.10s... (%zu chars)", e->lit, strlen(e->lit));
			goto error;
		}
		Const *v = const_from_literal(e->op, e->lit);
		if (!v || v->kind == CV_UNKNOWN) {
			/* the lexer already reported what is wrong with the literal (gc's
			 * types2 skips literals the scanner marked bad) */
			if (!diag_error_on_line(e->pos))
				check_errorf(e->pos, "malformed constant: %s", e->lit ? e->lit : "");
			goto error;
		}
		x->mode = OM_CONST;
		x->type = untyped_for_lit(e->op);
		x->val = v;
		break;
	}
	case N_FUNCLIT:
		check_funclit(x, e);
		break;
	case N_COMPOSITE:
		composite_lit(x, np, hint);
		if (x->mode == OM_INVALID)
			goto error;
		break;
	case N_PAREN: {
		ExprKind k = check_raw_expr(x, &e->x, hint);
		x->expr = e;
		x->slot = np;
		return k;
	}
	case N_SELECTOR:
		check_selector(x, np, NULL);
		break;
	case N_INDEX:
		index_expr(x, np);
		if (x->mode == OM_INVALID)
			goto error;
		break;
	case N_SLICEEXPR:
		slice_expr(x, np);
		if (x->mode == OM_INVALID)
			goto error;
		break;
	case N_TYPEASSERT: {
		if (!e->y) {
			check_errorf(e->pos, "invalid AST: use of .(type) outside type switch");
			check_use(&e->x);
			goto error;
		}
		check_expr(x, &e->x);
		if (x->mode == OM_INVALID)
			goto error;
		if (!type_is_interface(x->type)) {
			check_errorf(xpos(x), "invalid operation: %s is not an interface", opstr(x));
			goto error;
		}
		Type *T = check_var_type(&e->y);
		if (T == ty_invalid)
			goto error;
		check_type_assertion(e, x, T, false);
		x->mode = OM_COMMAOK;
		x->type = T;
		break;
	}
	case N_CALL:
	case N_BUILTINCALL:
		return check_call_expr(x, np);
	case N_CONV:
		if (e->implicit) {
			/* re-checking an already converted subtree (shared nodes) */
			ExprKind k = check_raw_expr(x, &e->x, hint);
			x->expr = e;
			x->slot = np;
			if (x->mode != OM_INVALID && e->type)
				x->type = e->type;
			return k;
		}
		return check_call_expr(x, np);
	case N_STAR:
	case N_DEREF:
		check_expr_or_type(x, &e->x);
		switch (x->mode) {
		case OM_INVALID:
			goto error;
		case OM_TYPEXPR:
			x->type = type_ptr(x->type);
			e->kind = N_STAR;
			break;
		default: {
			Type *u = type_under(x->type);
			if (u->kind != TY_POINTER) {
				check_errorf(xpos(x), "invalid operation: cannot indirect %s", opstr(x));
				goto error;
			}
			x->mode = OM_VAR;
			x->type = u->elem;
			e->kind = N_DEREF;
			break;
		}
		}
		break;
	case N_UNARY:
		unary(x, np);
		if (x->mode == OM_INVALID)
			goto error;
		if (e->op == TK_ARROW) {
			x->expr = e;
			x->slot = np;
			check_set_node(x);
			return EK_STATEMENT;
		}
		break;
	case N_BINARY:
		check_binary(x, e, &e->x, &e->y, e->op);
		if (x->mode == OM_INVALID)
			goto error;
		break;
	case N_KEYVALUE:
		check_errorf(start_pos(e), "invalid AST: no key:value expected");
		goto error;
	case N_ARRAYTYPE:
	case N_STRUCTTYPE:
	case N_FUNCTYPE:
	case N_INTERFACETYPE:
	case N_MAPTYPE:
	case N_CHANTYPE:
		x->mode = OM_TYPEXPR;
		x->type = check_typ(np);
		break;
	default:
		check_errorf(start_pos(e), "%s is not an expression", estr(e));
		goto error;
	}
	x->expr = e;
	x->slot = np;
	return EK_EXPRESSION;
error:
	x->mode = OM_INVALID;
	x->expr = e;
	x->slot = np;
	return EK_STATEMENT;
}

ExprKind check_raw_expr(Operand *x, Node **np, Type *hint) {
	ExprKind k = expr_internal(x, np, hint);
	x->expr = *np;
	x->slot = np;
	check_set_node(x);
	return k;
}
