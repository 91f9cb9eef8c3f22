/* check_stmt.c — statements and function bodies (go/types stmt.go,
 * assignments.go, return.go, and cmd/compile/internal/syntax/branches.go for
 * labels, which gc checks in its parser).
 *
 * A function body is checked in a new scope holding its parameters; function
 * literals are checked where they appear, with the enclosing function on
 * chk.funcstack so that free variables become captures. After the body:
 * branch targets and label errors, "missing return", and unused variables.
 */
#include "check.h"

static Pos xpos(Operand *x) { return x->expr ? start_pos(x->expr) : (Pos){0}; }

static void stmt(Node *s);

void check_stmt_list(int ctxt, Vec *list) {
	(void)ctxt;
	for (int i = 0; i < list->len; i++)
		if (list->data[i])
			stmt(list->data[i]);
}

/* ---------------- assignments ---------------- */

void check_init_var(Obj *lhs, Operand *x, const char *context) {
	if (x->mode == OM_INVALID || x->type == ty_invalid || lhs->type == ty_invalid) {
		if (!lhs->type)
			lhs->type = ty_invalid;
		lhs->used = true;
		return;
	}
	if (!lhs->type) {
		Type *t = x->type;
		if (type_is_untyped(t)) {
			if (t == ty_untyped_nil) {
				check_errorf(xpos(x), "use of untyped nil in %s", context);
				lhs->type = ty_invalid;
				return;
			}
			t = check_default(t);
		}
		lhs->type = t;
	}
	check_assignment(x, lhs->type, context);
	if (x->mode == OM_INVALID)
		lhs->used = true;
}

static const char *measure(int n, const char *unit) { return check_sprintf("%d %s%s", n, unit, n != 1 ? "s" : ""); }

static void assign_error(Node ***rhs, int nrhs, int nvars, int nvals) {
	const char *vars = measure(nvars, "variable"), *vals = measure(nvals, "value");
	Node *rhs0 = nrhs > 0 ? *rhs[0] : NULL;
	Node *u = unparen(rhs0);
	if (nrhs == 1 && u && u->kind == N_CALL) {
		check_errorf(start_pos(rhs0), "assignment mismatch: %s but %s returns %s", vars, estr(u->x), vals);
		return;
	}
	if (nrhs == 1 && u && (u->kind == N_BUILTINCALL || (u->kind == N_CONV && !u->implicit))) {
		check_errorf(start_pos(rhs0), "assignment mismatch: %s but %s returns %s", vars,
		             estr(u->kind == N_CONV ? u->y : u->x), vals);
		return;
	}
	check_errorf(rhs0 ? start_pos(rhs0) : (Pos){0}, "assignment mismatch: %s but %s", vars, vals);
}

static const char *types_summary_ops(Operand *ops, int n) {
	StrBuf b = {0};
	sb_putc(&b, '(');
	for (int i = 0; i < n; i++) {
		if (i > 0)
			sb_puts(&b, ", ");
		Type *t = ops[i].type;
		if (!t || t == ty_invalid)
			sb_puts(&b, "<T>");
		else if (type_is_untyped(t))
			sb_puts(&b, type_is_numeric(t) ? "number" : t->named->name + strlen("untyped "));
		else
			type_string_to(&b, t, false);
	}
	sb_putc(&b, ')');
	char *s = arena_strdup(perm, sb_cstr(&b));
	sb_free(&b);
	return s;
}

static const char *types_summary_objs(Obj **objs, int n) {
	StrBuf b = {0};
	sb_putc(&b, '(');
	for (int i = 0; i < n; i++) {
		if (i > 0)
			sb_puts(&b, ", ");
		Type *t = objs[i]->type;
		if (!t || t == ty_invalid)
			sb_puts(&b, "<T>");
		else
			type_string_to(&b, t, false);
	}
	sb_putc(&b, ')');
	char *s = arena_strdup(perm, sb_cstr(&b));
	sb_free(&b);
	return s;
}

static void set_comma_ok(Node *e) {
	e = unparen(e);
	if (e)
		e->is_comma_ok = true;
}

static void check_init_vars1(Obj **lhs, int nlhs, Operand *ops, bool comma_ok, Node ***rhs, const char *context);

void check_init_vars(Obj **lhs, int nlhs, Node ***rhs, int nrhs, Node *return_stmt) {
	Operand *ops;
	bool comma_ok;
	int n = check_expr_list(rhs, nrhs, nlhs == 2 && !return_stmt, &ops, &comma_ok);
	if (nlhs != n) {
		for (int i = 0; i < nlhs; i++) {
			lhs[i]->used = true;
			if (!lhs[i]->type)
				lhs[i]->type = ty_invalid;
		}
		for (int i = 0; i < n; i++)
			if (ops[i].mode == OM_INVALID)
				return;
		if (return_stmt) {
			Pos at = return_stmt->pos;
			const char *q = "not enough";
			if (n > nlhs) {
				at = xpos(&ops[nlhs]);
				q = "too many";
			} else if (n > 0) {
				at = xpos(&ops[n - 1]);
			}
			check_errorf(at, "%s return values\n\thave %s\n\twant %s", q, types_summary_ops(ops, n),
			             types_summary_objs(lhs, nlhs));
			return;
		}
		assign_error(rhs, nrhs, nlhs, n);
		return;
	}
	const char *context = return_stmt ? "return statement" : "assignment";
	/* gc places conversions in var x T = v at x for a constant v, in
	 * var x, y T = v, w at v, and in return v at v */
	Pos save = check_convpos, savec = check_convpos_const;
	if (!return_stmt && nlhs == 1)
		check_convpos_const = lhs[0]->pos;
	else if (!return_stmt && nrhs > 0)
		check_convpos = check_convpos_const = node_start_pos(*rhs[0]);
	check_init_vars1(lhs, nlhs, ops, comma_ok, rhs, context);
	check_convpos = save;
	check_convpos_const = savec;
}

static void check_init_vars1(Obj **lhs, int nlhs, Operand *ops, bool comma_ok, Node ***rhs, const char *context) {
	if (comma_ok) {
		set_comma_ok(*rhs[0]);
		for (int i = 0; i < 2; i++)
			check_init_var(lhs[i], &ops[i], context);
		return;
	}
	bool ok = true;
	for (int i = 0; i < nlhs; i++) {
		check_init_var(lhs[i], &ops[i], context);
		if (ops[i].mode == OM_INVALID)
			ok = false;
	}
	if (!ok)
		for (int i = 0; i < nlhs; i++)
			lhs[i]->used = true;
}

Type *check_assign_var(Node **lhsp, Operand *x) {
	Node *lhs = *lhsp;
	if (x->mode == OM_INVALID || x->type == ty_invalid) {
		check_use(lhsp);
		return NULL;
	}
	Node *id = unparen(lhs);
	if (id && id->kind != N_NAME)
		id = NULL;
	if (id && (id->is_blank || (id->name && strcmp(id->name, "_") == 0))) {
		id->obj = NULL;
		check_assignment(x, NULL, "assignment to _ identifier");
		if (x->mode == OM_INVALID)
			return NULL;
		id->type = x->type;
		return x->type;
	}
	Obj *v = NULL;
	bool v_used = false;
	if (id) {
		Obj *o = check_lookup(id->name);
		if (o && o->kind == OBJ_VAR) {
			v = o;
			v_used = o->used;
		}
	}
	Operand z = {0};
	check_expr(&z, lhsp);
	if (v)
		v->used = v_used;
	if (z.mode == OM_INVALID || z.type == ty_invalid)
		return NULL;
	switch (z.mode) {
	case OM_VAR:
	case OM_MAPINDEX:
		break;
	default: {
		Node *sel = unparen(z.expr);
		if (sel && sel->kind == N_SELECTOR) {
			Node *base = sel->x;
			Node *bu = unparen(base);
			if (bu && bu->kind == N_INDEX && bu->x && bu->x->type && type_under(bu->x->type)->kind == TY_MAP) {
				check_errorf(xpos(&z), "cannot assign to struct field %s in map", estr(z.expr));
				return NULL;
			}
		}
		check_errorf(xpos(&z), "cannot assign to %s", opstr(&z));
		return NULL;
	}
	}
	Pos save = check_convpos, savec = check_convpos_const;
	if (!check_convpos.line)  // x = v: at x (several: see check_assign_vars)
		check_convpos = check_convpos_const = node_start_pos(z.expr);
	check_assignment(x, z.type, "assignment");
	check_convpos = save;
	check_convpos_const = savec;
	if (x->mode == OM_INVALID)
		return NULL;
	return x->type;
}

static void check_assign_vars1(Node ***lhs, int nlhs, Operand *ops, bool comma_ok, Node ***rhs);

void check_assign_vars(Node ***lhs, int nlhs, Node ***rhs, int nrhs) {
	Operand *ops;
	bool comma_ok;
	int n = check_expr_list(rhs, nrhs, nlhs == 2, &ops, &comma_ok);
	if (nlhs != n) {
		for (int i = 0; i < nlhs; i++)
			check_use(lhs[i]);
		for (int i = 0; i < n; i++)
			if (ops[i].mode == OM_INVALID)
				return;
		assign_error(rhs, nrhs, nlhs, n);
		return;
	}
	/* x, y = v, w: gc places conversions at y */
	Pos save = check_convpos, savec = check_convpos_const;
	if (nlhs > 1)
		check_convpos = check_convpos_const = node_start_pos(*lhs[nlhs - 1]);
	check_assign_vars1(lhs, nlhs, ops, comma_ok, rhs);
	check_convpos = save;
	check_convpos_const = savec;
}

static void check_assign_vars1(Node ***lhs, int nlhs, Operand *ops, bool comma_ok, Node ***rhs) {
	if (comma_ok) {
		set_comma_ok(*rhs[0]);
		for (int i = 0; i < 2; i++)
			check_assign_var(lhs[i], &ops[i]);
		return;
	}
	bool ok = true;
	for (int i = 0; i < nlhs; i++)
		if (!check_assign_var(lhs[i], &ops[i]))
			ok = false;
	if (!ok) {
		for (int i = 0; i < nlhs; i++) {
			Node *id = unparen(*lhs[i]);
			if (id && id->kind == N_NAME && id->name) {
				Obj *o = check_lookup(id->name);
				if (o && o->kind == OBJ_VAR)
					o->used = true;
			}
		}
	}
}

static Obj *dummy_var(Pos p) {
	Obj *o = obj_new(OBJ_VAR, intern("_", 1), p);
	o->vclass = VC_LOCAL;
	o->pkg = chk.pkg->path;
	return o;
}

static void short_var_decl(Node *s) {
	int nl = s->list.len;
	Obj **lhs_vars = NEWARRAY(perm, Obj *, nl + 1);
	Vec new_vars = {0};
	bool has_err = false;
	for (int i = 0; i < nl; i++) {
		Node *l = s->list.data[i];
		if (!l || l->kind != N_NAME) {
			check_use((Node **)&s->list.data[i]);
			check_errorf(start_pos(l), "non-name %s on left side of :=", estr(l));
			has_err = true;
			continue;
		}
		const char *name = l->name ? l->name : "_";
		bool blank = l->is_blank || strcmp(name, "_") == 0;
		if (!blank) {
			bool seen = false;
			for (int j = 0; j < i; j++) {
				Node *p = s->list.data[j];
				if (p && p->kind == N_NAME && p->name && strcmp(p->name, name) == 0)
					seen = true;
			}
			if (seen) {
				check_errorf(l->pos, "%s repeated on left side of :=", name);
				has_err = true;
				continue;
			}
		}
		if (!blank) {
			Obj *alt = scope_lookup_local(chk.scope, name);
			if (alt) {
				l->obj = alt;
				if (alt->kind == OBJ_VAR) {
					lhs_vars[i] = alt;
				} else {
					check_errorf(l->pos, "cannot assign to %s", estr(l));
					has_err = true;
				}
				continue;
			}
		}
		if (blank) {
			l->obj = NULL;
			lhs_vars[i] = dummy_var(l->pos);
			continue;
		}
		Obj *o = check_new_var(name, l->pos, NULL, VC_LOCAL);
		o->decl = s;
		lhs_vars[i] = o;
		l->obj = o;
		vec_push(&new_vars, o);
	}
	for (int i = 0; i < nl; i++)
		if (!lhs_vars[i])
			lhs_vars[i] = dummy_var(s->pos);
	check_init_vars(lhs_vars, nl, slots_of(&s->list2), s->list2.len, NULL);
	for (int i = 0; i < nl; i++) {
		Node *l = s->list.data[i];
		if (l && l->kind == N_NAME)
			l->type = lhs_vars[i]->type;
	}
	if (new_vars.len == 0 && !has_err) {
		check_soft_errorf(s->pos, "no new variables on left side of :=");
		free(new_vars.data);
		return;
	}
	for (int i = 0; i < new_vars.len; i++)
		check_declare(chk.scope, NULL, new_vars.data[i]);
	free(new_vars.data);
}

/* ---------------- switch statements ---------------- */

typedef struct SeenCase {
	Const *val;
	Type *type;
	Pos pos;
} SeenCase;

static bool goval_ok(Const *v) { return v && (v->kind == CV_INT || v->kind == CV_FLOAT || v->kind == CV_STRING); }

static void multiple_defaults(Vec *clauses, bool comm) {
	Node *first = NULL;
	for (int i = 0; i < clauses->len; i++) {
		Node *c = clauses->data[i];
		if (!c)
			continue;
		bool is_default = comm ? c->x == NULL : c->list.len == 0;
		if (!is_default)
			continue;
		if (first)
			check_errorf(c->pos, "multiple defaults (first at %s)", pos_str(first->pos));
		else
			first = c;
	}
}

static void case_values(Operand *x, Vec *values, Vec *seen) {
	for (int i = 0; i < values->len; i++) {
		Operand v = {0};
		check_expr(&v, (Node **)&values->data[i]);
		if (x->mode == OM_INVALID || v.mode == OM_INVALID)
			continue;
		check_convert_untyped(&v, x->type);
		if (v.mode == OM_INVALID)
			continue;
		Operand res = v, tag = *x;
		tag.slot = NULL; /* never convert the tag in place: it is shared by all cases */
		check_comparison(&res, &tag, TK_EQL, true);
		if (res.mode == OM_INVALID)
			continue;
		if (!type_identical(v.type, x->type) && check_assignable_to(&v, x->type, NULL))
			check_implicit_conv(&v, x->type);
		if (v.mode != OM_CONST)
			continue;
		if (!goval_ok(v.val))
			continue;
		bool dup = false;
		for (int k = 0; k < seen->len; k++) {
			SeenCase *sc = seen->data[k];
			if (const_equal_key(sc->val, v.val) && type_identical(sc->type, v.type)) {
				check_errorf(xpos(&v), "duplicate case %s in expression switch\n\t%s: previous case", opstr(&v),
				             pos_str(sc->pos));
				dup = true;
				break;
			}
		}
		if (dup)
			continue;
		SeenCase *sc = NEW(perm, SeenCase);
		sc->val = v.val;
		sc->type = v.type;
		sc->pos = v.expr ? v.expr->pos : xpos(&v); /* gc: the expression's own position */
		vec_push(seen, sc);
	}
}

static void switch_stmt(Node *s) {
	Operand x = {0};
	if (s->x) {
		check_expr(&x, &s->x);
		check_assignment(&x, NULL, "switch expression");
		if (x.mode != OM_INVALID && !type_comparable(x.type) && !type_has_nil(x.type)) {
			check_errorf(xpos(&x), "cannot switch on %s (%s is not comparable)", opstr(&x), tstr(x.type));
			x.mode = OM_INVALID;
		}
	} else {
		x.mode = OM_CONST;
		x.type = ty_bool;
		x.val = const_make_bool(true);
		Node *t = node_new(N_NAME, s->list.len ? ((Node *)s->list.data[0])->pos : s->pos);
		t->name = intern("true", 4);
		t->type = ty_bool;
		t->val = x.val;
		t->obj = universe_true;
		x.expr = t;
	}
	multiple_defaults(&s->list, false);
	Vec seen = {0};
	for (int i = 0; i < s->list.len; i++) {
		Node *c = s->list.data[i];
		if (!c)
			continue;
		case_values(&x, &c->list, &seen);
		check_open_scope(false);
		check_stmt_list(0, &c->list2);
		check_close_scope();
	}
	free(seen.data);
}

static bool is_nil_expr(Node *e) {
	e = unparen(e);
	if (!e || e->kind != N_NAME || !e->name)
		return false;
	Obj *o = check_lookup(e->name);
	return o && o->kind == OBJ_NIL;
}

static void type_switch_stmt(Node *s) {
	const char *lhs = s->name;
	Pos lhs_pos = s->y ? s->y->pos : s->pos;
	if (lhs && strcmp(lhs, "_") == 0) {
		check_soft_errorf(lhs_pos, "no new variable on left side of :=");
		lhs = NULL;
	}
	Node **xp = &s->x;
	if (*xp && (*xp)->kind == N_TYPEASSERT && !(*xp)->y)
		xp = &(*xp)->x;
	if (s->y && lhs)
		s->y->obj = NULL; /* each clause declares its own variable (N_CASE.obj) */
	Operand x = {0};
	check_expr(&x, xp);
	if (x.mode == OM_INVALID) {
		/* still check the clause bodies for declared-but-not-used and the like */
		for (int i = 0; i < s->list.len; i++) {
			Node *c = s->list.data[i];
			if (!c)
				continue;
			check_open_scope(false);
			if (lhs) {
				Obj *o = check_new_var(lhs, lhs_pos, ty_invalid, VC_LOCAL);
				o->used = true;
				c->obj = o;
				check_declare(chk.scope, NULL, o);
			}
			check_stmt_list(0, &c->list2);
			check_close_scope();
		}
		return;
	}
	if (s->x && s->x != *xp)
		s->x->type = x.type;
	Operand *sx = NULL;
	if (type_is_interface(x.type))
		sx = &x;
	else
		check_errorf(xpos(&x), "%s is not an interface", opstr(&x));
	multiple_defaults(&s->list, false);
	Vec lhs_vars = {0};
	Vec seen_t = {0}, seen_pos = {0};
	for (int i = 0; i < s->list.len; i++) {
		Node *c = s->list.data[i];
		if (!c)
			continue;
		Type *T = NULL;
		for (int k = 0; k < c->list.len; k++) {
			Node **ep = (Node **)&c->list.data[k];
			Node *e = *ep;
			if (is_nil_expr(e)) {
				T = NULL;
				Operand d = {0};
				check_expr(&d, ep);
				e->type = ty_untyped_nil;
			} else {
				T = check_var_type(ep);
				if (T == ty_invalid)
					continue;
			}
			bool dup = false;
			for (int j = 0; j < seen_t.len; j++) {
				Type *t = seen_t.data[j];
				if ((!T && !t) || (T && t && type_identical(T, t))) {
					check_errorf(start_pos(e), "duplicate case %s in type switch\n\t%s: previous case", T ? tstr(T) : "nil",
					             pos_str(*(Pos *)seen_pos.data[j]));
					dup = true;
					break;
				}
			}
			if (dup)
				continue;
			vec_push(&seen_t, T);
			Pos *pp = NEW(perm, Pos);
			*pp = start_pos(e);
			vec_push(&seen_pos, pp);
			if (sx && T)
				check_type_assertion(e, sx, T, true);
		}
		check_open_scope(false);
		if (lhs) {
			Type *vt = T;
			if (c->list.len != 1 || !T)
				vt = x.type;
			Obj *o = check_new_var(lhs, lhs_pos, vt, VC_LOCAL);
			o->decl = s;
			c->obj = o;
			check_declare(chk.scope, NULL, o);
			vec_push(&lhs_vars, o);
		}
		check_stmt_list(0, &c->list2);
		check_close_scope();
	}
	if (lhs) {
		bool used = false;
		for (int i = 0; i < lhs_vars.len; i++) {
			Obj *o = lhs_vars.data[i];
			if (o->used)
				used = true;
			o->used = true;
		}
		if (!used)
			check_soft_errorf(lhs_pos, "%s declared but not used", lhs);
	}
	free(lhs_vars.data);
	free(seen_t.data);
	free(seen_pos.data);
}

/* ---------------- range ---------------- */

static void range_stmt(Node *s) {
	Node **keyp = s->x ? &s->x : NULL, **valp = s->y ? &s->y : NULL;
	Operand x = {0};
	check_expr(&x, &s->z);
	Type *key = NULL, *val = NULL;
	if (x.mode != OM_INVALID) {
		const char *cause = NULL;
		Type *u = type_under(x.type);
		if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
			u = type_under(u->elem);
		switch (u->kind) {
		case TY_STRING:
		case TY_UNTYPED_STRING:
			key = ty_int;
			val = ty_rune;
			if (type_is_untyped(x.type))
				check_convert_untyped(&x, ty_string);
			break;
		case TY_ARRAY:
		case TY_SLICE:
			key = ty_int;
			val = u->elem;
			break;
		case TY_MAP:
			key = u->key;
			val = u->elem;
			break;
		case TY_CHAN:
			key = u->elem;
			val = ty_invalid;
			if (valp)
				check_soft_errorf(start_pos(*valp), "range over %s permits only one iteration variable", opstr(&x));
			if (u->chandir == CHAN_SEND)
				cause = "receive from send-only channel";
			break;
		default:
			break;
		}
		if (!key || cause) {
			if (cause)
				check_soft_errorf(xpos(&x), "cannot range over %s (%s)", opstr(&x), cause);
			else
				check_soft_errorf(xpos(&x), "cannot range over %s", opstr(&x));
			key = val = NULL;
		}
	}
	check_open_scope(false);
	Node **lhs[2] = {keyp, valp};
	Type *rhs[2] = {key, val};
	if (s->op == TK_DEFINE) {
		Vec vars = {0};
		for (int i = 0; i < 2; i++) {
			if (!lhs[i])
				continue;
			Node *l = *lhs[i];
			Obj *o;
			if (l->kind == N_NAME) {
				const char *name = l->name ? l->name : "_";
				if (l->is_blank || strcmp(name, "_") == 0) {
					o = dummy_var(l->pos);
					l->obj = NULL;
				} else {
					o = check_new_var(name, l->pos, NULL, VC_LOCAL);
					o->decl = s;
					l->obj = o;
					vec_push(&vars, o);
				}
			} else {
				check_errorf(start_pos(l), "cannot declare %s", estr(l));
				o = dummy_var(l->pos);
			}
			if (rhs[i]) {
				Operand v = {OM_VALUE, l, NULL, rhs[i], NULL, BI_NONE};
				check_init_var(o, &v, "range clause");
			} else {
				o->type = ty_invalid;
				o->used = true;
			}
			l->type = o->type;
		}
		if (vars.len > 0) {
			for (int i = 0; i < vars.len; i++)
				check_declare(chk.scope, NULL, vars.data[i]);
		} else {
			check_errorf(s->pos, "no new variables on left side of :=");
		}
		free(vars.data);
	} else {
		for (int i = 0; i < 2; i++) {
			if (!lhs[i])
				continue;
			if (rhs[i]) {
				Operand v = {OM_VALUE, *lhs[i], NULL, rhs[i], NULL, BI_NONE};
				check_assign_var(lhs[i], &v);
			}
		}
	}
	if (s->body)
		stmt(s->body);
	check_close_scope();
}

/* ---------------- statements ---------------- */

static void suspended_call(const char *keyword, Node **callp) {
	Operand x = {0};
	const char *msg;
	Node *call = unparen(*callp);
	if (!call || (call->kind != N_CALL && call->kind != N_BUILTINCALL && call->kind != N_CONV)) {
		check_errorf(start_pos(*callp), "expression in %s must be function call", keyword);
		check_use(callp);
		return;
	}
	switch (check_raw_expr(&x, callp, NULL)) {
	case EK_CONVERSION:
		msg = "requires function call, not conversion";
		break;
	case EK_EXPRESSION:
		msg = "discards result of";
		break;
	default:
		return;
	}
	check_errorf(xpos(&x), "%s %s %s", keyword, msg, opstr(&x));
}

static void stmt(Node *s) {
	switch (s->kind) {
	case N_EMPTY:
	case N_BAD:
		break;
	case N_DECLSTMT:
		check_decl_stmt(s);
		break;
	case N_LABELED:
		chk.has_label = true;
		if (s->body)
			stmt(s->body);
		break;
	case N_EXPRSTMT: {
		Operand x = {0};
		ExprKind kind = check_raw_expr(&x, &s->x, NULL);
		const char *msg;
		switch (x.mode) {
		case OM_BUILTIN:
			msg = "must be called";
			break;
		case OM_TYPEXPR:
			msg = "is not an expression";
			break;
		default:
			if (kind == EK_STATEMENT)
				return;
			msg = "is not used";
			break;
		}
		check_errorf(xpos(&x), "%s %s", opstr(&x), msg);
		break;
	}
	case N_SEND: {
		Operand ch = {0}, val = {0};
		check_expr(&ch, &s->x);
		check_expr(&val, &s->y);
		if (ch.mode == OM_INVALID || val.mode == OM_INVALID)
			return;
		Type *u = type_under(ch.type);
		if (u->kind != TY_CHAN) {
			check_errorf(start_pos(s), "invalid operation: cannot send to non-channel %s", opstr(&ch));
			return;
		}
		if (u->chandir == CHAN_RECV) {
			check_errorf(start_pos(s), "invalid operation: cannot send to receive-only channel %s", opstr(&ch));
			return;
		}
		check_assignment(&val, u->elem, "send");
		break;
	}
	case N_INCDEC: {
		Operand x = {0};
		check_expr(&x, &s->x);
		if (x.mode == OM_INVALID)
			return;
		if (!type_is_numeric(x.type)) {
			const char *op = s->op == TK_DEC ? "--" : "++";
			check_errorf(start_pos(s->x), "invalid operation: %s%s (non-numeric type %s)", estr(s->x), op, tstr(x.type));
			return;
		}
		x.slot = NULL;
		check_assign_var(&s->x, &x);
		break;
	}
	case N_ASSIGN: {
		if (s->op == TK_ASSIGN) {
			check_assign_vars(slots_of(&s->list), s->list.len, slots_of(&s->list2), s->list2.len);
			break;
		}
		if (s->op == TK_DEFINE) {
			short_var_decl(s);
			break;
		}
		if (s->list.len != 1 || s->list2.len != 1) {
			check_errorf(start_pos(s), "assignment operation %s requires single-valued expressions",
			             s->op > 0 && s->op < TK_COUNT ? tok_text[s->op] : "?");
			return;
		}
		Operand x = {0};
		check_binary(&x, NULL, (Node **)&s->list.data[0], (Node **)&s->list2.data[0], s->op);
		x.slot = NULL;
		check_assign_var((Node **)&s->list.data[0], &x);
		break;
	}
	case N_GO:
		suspended_call("go", &s->x);
		break;
	case N_DEFER:
		suspended_call("defer", &s->x);
		break;
	case N_RETURN: {
		Type *sig = chk.sig;
		Node *fn = chk.func;
		int nres = sig ? sig->results.len : 0;
		Obj **res = NEWARRAY(perm, Obj *, nres + 1);
		int k = 0;
		if (fn)
			for (int i = 0; i < fn->locals.len && k < nres; i++) {
				Obj *o = fn->locals.data[i];
				if (o->vclass == VC_RESULT)
					res[k++] = o;
			}
		for (; k < nres; k++) {
			Field *f = sig->results.data[k];
			res[k] = obj_new(OBJ_VAR, intern("~r", 2), f->pos);
			res[k]->type = f->type;
			res[k]->vclass = VC_RESULT;
		}
		Field *r0 = nres ? sig->results.data[0] : NULL;
		if (s->list.len == 0 && nres > 0 && r0->name && *r0->name) {
			for (int i = 0; i < nres; i++) {
				Obj *o = res[i];
				if (!o->name || strcmp(o->name, "_") == 0 || o->name[0] == '~')
					continue;
				Obj *alt = check_lookup(o->name);
				if (alt && alt != o)
					check_errorf(s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of %s",
					             o->name, pos_str(alt->pos), alt->kind == OBJ_VAR ? check_sprintf("var %s %s", alt->name, tstr(alt->type)) : alt->name);
			}
		} else {
			check_init_vars(res, nres, slots_of(&s->list), s->list.len, s);
		}
		break;
	}
	case N_BRANCH:
		if (s->name)
			chk.has_label = true;
		break;
	case N_BLOCK:
		check_open_scope(false);
		check_stmt_list(0, &s->list);
		check_close_scope();
		break;
	case N_IF: {
		check_open_scope(false);
		if (s->init)
			stmt(s->init);
		Operand x = {0};
		check_expr(&x, &s->cond);
		if (x.mode != OM_INVALID && !type_is_boolean(x.type))
			check_errorf(start_pos(s->cond), "non-boolean condition in if statement");
		if (s->body)
			stmt(s->body);
		if (s->els)
			stmt(s->els);
		check_close_scope();
		break;
	}
	case N_SWITCH:
		check_open_scope(false);
		if (s->init)
			stmt(s->init);
		switch_stmt(s);
		check_close_scope();
		break;
	case N_TYPESWITCH:
		check_open_scope(false);
		if (s->init)
			stmt(s->init);
		type_switch_stmt(s);
		check_close_scope();
		break;
	case N_SELECT:
		multiple_defaults(&s->list, true);
		for (int i = 0; i < s->list.len; i++) {
			Node *c = s->list.data[i];
			if (!c)
				continue;
			bool valid = false;
			Node *rhs = NULL;
			Node *comm = c->x;
			if (!comm || comm->kind == N_SEND)
				valid = true;
			else if (comm->kind == N_ASSIGN && comm->list2.len == 1)
				rhs = comm->list2.data[0];
			else if (comm->kind == N_EXPRSTMT)
				rhs = comm->x;
			if (rhs) {
				Node *u = unparen(rhs);
				if (u && u->kind == N_UNARY && u->op == TK_ARROW)
					valid = true;
			}
			if (!valid) {
				check_errorf(start_pos(comm), "select case must be send or receive (possibly with assignment)");
				continue;
			}
			check_open_scope(false);
			if (comm)
				stmt(comm);
			check_stmt_list(0, &c->list2);
			check_close_scope();
		}
		break;
	case N_FOR: {
		check_open_scope(false);
		if (s->init)
			stmt(s->init);
		if (s->cond) {
			Operand x = {0};
			check_expr(&x, &s->cond);
			if (x.mode != OM_INVALID && !type_is_boolean(x.type))
				check_errorf(start_pos(s->cond), "non-boolean condition in for statement");
		}
		if (s->post)
			stmt(s->post);
		if (s->body)
			stmt(s->body);
		check_close_scope();
		break;
	}
	case N_RANGE:
		range_stmt(s);
		break;
	default:
		check_errorf(s->pos, "invalid statement");
		break;
	}
}

/* ---------------- terminating statements (return.go) ---------------- */

static bool has_break(Node *s, const char *label, bool implicit);

static bool has_break_list(Vec *list, const char *label, bool implicit) {
	for (int i = 0; i < list->len; i++)
		if (list->data[i] && has_break(list->data[i], label, implicit))
			return true;
	return false;
}

static bool has_break(Node *s, const char *label, bool implicit) {
	switch (s->kind) {
	case N_LABELED:
		return s->body && has_break(s->body, label, implicit);
	case N_BRANCH:
		if (s->op == TK_BREAK) {
			if (!s->name)
				return implicit;
			if (label && strcmp(s->name, label) == 0)
				return true;
		}
		return false;
	case N_BLOCK:
		return has_break_list(&s->list, label, implicit);
	case N_IF:
		return (s->body && has_break(s->body, label, implicit)) || (s->els && has_break(s->els, label, implicit));
	case N_SWITCH:
	case N_TYPESWITCH:
	case N_SELECT:
		if (label) {
			for (int i = 0; i < s->list.len; i++) {
				Node *c = s->list.data[i];
				if (c && has_break_list(&c->list2, label, false))
					return true;
			}
		}
		return false;
	case N_FOR:
	case N_RANGE:
		return label && s->body && has_break(s->body, label, false);
	default:
		return false;
	}
}

static bool is_terminating(Node *s, const char *label);

static bool is_terminating_list(Vec *list, const char *label) {
	for (int i = list->len - 1; i >= 0; i--) {
		Node *s = list->data[i];
		if (s && s->kind != N_EMPTY)
			return is_terminating(s, label);
	}
	return false;
}

static bool is_terminating(Node *s, const char *label) {
	switch (s->kind) {
	case N_LABELED:
		return s->body && is_terminating(s->body, s->name);
	case N_EXPRSTMT: {
		Node *c = unparen(s->x);
		return c && c->kind == N_BUILTINCALL && c->builtin == BI_PANIC;
	}
	case N_RETURN:
		return true;
	case N_BRANCH:
		return s->op == TK_GOTO || s->op == TK_FALLTHROUGH;
	case N_BLOCK:
		return is_terminating_list(&s->list, NULL);
	case N_IF:
		return s->els && s->body && is_terminating(s->body, NULL) && is_terminating(s->els, NULL);
	case N_SWITCH:
	case N_TYPESWITCH: {
		bool has_default = false;
		for (int i = 0; i < s->list.len; i++) {
			Node *c = s->list.data[i];
			if (!c)
				continue;
			if (c->list.len == 0)
				has_default = true;
			if (!is_terminating_list(&c->list2, NULL) || has_break_list(&c->list2, label, true))
				return false;
		}
		return has_default;
	}
	case N_SELECT:
		for (int i = 0; i < s->list.len; i++) {
			Node *c = s->list.data[i];
			if (!c)
				continue;
			if (!is_terminating_list(&c->list2, NULL) || has_break_list(&c->list2, label, true))
				return false;
		}
		return true;
	case N_FOR:
		return !s->cond && !(s->body && has_break(s->body, label, true));
	default:
		return false;
	}
}

/* ---------------- labels and branches (syntax/branches.go) ---------------- */

typedef struct LBlock LBlock;
struct LBlock {
	LBlock *parent;
	Pos start;
	Node *lstmt; /* the labeled statement this block belongs to */
};

typedef struct Label {
	const char *name;
	LBlock *parent;
	Node *lstmt;
	bool used;
} Label;

typedef struct Targets {
	Node *breaks;
	Node *continues;
	int case_index;
} Targets;

static Vec labels; /* Label* of the current function */

static Label *find_label(const char *name) {
	for (int i = 0; i < labels.len; i++) {
		Label *l = labels.data[i];
		if (strcmp(l->name, name) == 0)
			return l;
	}
	return NULL;
}

static Label *declare_label(LBlock *b, Node *s) {
	Label *alt = find_label(s->name);
	if (alt) {
		check_errorf(s->pos, "label %s already defined at %s", s->name, pos_str(alt->lstmt->pos));
		return alt;
	}
	Label *l = NEW(perm, Label);
	l->name = s->name;
	l->parent = b;
	l->lstmt = s;
	vec_push(&labels, l);
	if (!s->obj) {
		Obj *o = obj_new(OBJ_LABEL, s->name, s->pos);
		o->decl = s;
		s->obj = o;
	}
	return l;
}

static Node *goto_target(LBlock *b, const char *name) {
	Label *l = find_label(name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->parent == b)
			return l->lstmt;
	return NULL;
}

static Node invalid_target;

static Node *enclosing_target(LBlock *b, const char *name) {
	Label *l = find_label(name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->lstmt == b->lstmt)
			return l->lstmt;
	return &invalid_target;
}

static Pos label_pos(Node *s) {
	/* the label name follows the keyword and a blank: break/continue/goto L */
	int kw = s->op == TK_BREAK ? 5 : s->op == TK_CONTINUE ? 8 : s->op == TK_GOTO ? 4 : 0;
	if (!kw)
		return s->pos;
	return (Pos){s->pos.line, (uint16_t)(s->pos.col + kw + 1), s->pos.file};
}

static Vec block_branches(LBlock *parent, Targets ctxt, Node *lstmt, Pos start, Vec *body);

static void inner_block(LBlock *b, Vec *fwd, Targets ctxt, Node *lstmt, Pos start, Vec *body) {
	Vec inner = block_branches(b, ctxt, lstmt, start, body);
	for (int i = 0; i < inner.len; i++)
		vec_push(fwd, inner.data[i]);
	free(inner.data);
}

static Vec block_branches(LBlock *parent, Targets ctxt, Node *lstmt, Pos start, Vec *body) {
	LBlock *b = NEW(perm, LBlock);
	b->parent = parent;
	b->start = start;
	b->lstmt = lstmt;
	Pos var_pos = {0};
	const char *var_name = NULL;
	Vec fwd = {0}, bad = {0};
	int n = body->len;
	while (n > 0 && (!body->data[n - 1] || ((Node *)body->data[n - 1])->kind == N_EMPTY))
		n--;
	for (int si = 0; si < n; si++) {
		Node *s = body->data[si];
		if (!s)
			continue;
		lstmt = NULL;
	again:
		switch (s->kind) {
		case N_DECLSTMT:
			for (int k = 0; k < s->list.len; k++) {
				Node *d = s->list.data[k];
				if (d && d->kind == N_VARSPEC && d->list.len) {
					Node *nm = d->list.data[0];
					var_pos = d->pos;
					var_name = nm->name;
					bad.len = 0;
					for (int j = 0; j < fwd.len; j++)
						vec_push(&bad, fwd.data[j]);
					break;
				}
			}
			break;
		case N_LABELED:
			if (s->name && strcmp(s->name, "_") != 0) {
				Label *l = declare_label(b, s);
				int i = 0;
				for (int j = 0; j < fwd.len; j++) {
					Node *g = fwd.data[j];
					if (strcmp(g->name, s->name) == 0) {
						g->target = s;
						l->used = true;
						bool jumps = false;
						if (var_pos.line)
							for (int k = 0; k < bad.len; k++)
								if (bad.data[k] == g)
									jumps = true;
						if (jumps)
							check_errorf(label_pos(g), "goto %s jumps over declaration of %s at %s", s->name,
							             var_name ? var_name : "?", pos_str(var_pos));
					} else {
						fwd.data[i++] = g;
					}
				}
				fwd.len = i;
				lstmt = s;
			}
			if (!s->body)
				break;
			s = s->body;
			goto again;
		case N_BRANCH:
			if (!s->name) {
				switch (s->op) {
				case TK_BREAK:
					if (ctxt.breaks)
						s->target = ctxt.breaks;
					else
						check_errorf(s->pos, "break is not in a loop, switch, or select");
					break;
				case TK_CONTINUE:
					if (ctxt.continues)
						s->target = ctxt.continues;
					else
						check_errorf(s->pos, "continue is not in a loop");
					break;
				case TK_FALLTHROUGH: {
					const char *msg = "fallthrough statement out of place";
					Node *t = ctxt.breaks;
					if (t && (t->kind == N_SWITCH || t->kind == N_TYPESWITCH)) {
						if (t->kind == N_TYPESWITCH) {
							msg = "cannot fallthrough in type switch";
						} else if (ctxt.case_index < 0 || si + 1 < n) {
							/* nested in a block or not the last statement */
						} else if (ctxt.case_index + 1 == t->list.len) {
							msg = "cannot fallthrough final case in switch";
						} else {
							s->target = t;
							break;
						}
					}
					check_errorf(s->pos, "%s", msg);
					break;
				}
				default:
					break;
				}
				break;
			}
			switch (s->op) {
			case TK_BREAK: {
				Node *t = enclosing_target(b, s->name);
				if (t) {
					Node *ts = t == &invalid_target ? NULL : t->body;
					if (ts && (ts->kind == N_SWITCH || ts->kind == N_TYPESWITCH || ts->kind == N_SELECT ||
					           ts->kind == N_FOR || ts->kind == N_RANGE))
						s->target = ts;
					else
						check_errorf(label_pos(s), "invalid break label %s", s->name);
				} else {
					check_errorf(label_pos(s), "break label not defined: %s", s->name);
				}
				break;
			}
			case TK_CONTINUE: {
				Node *t = enclosing_target(b, s->name);
				if (t) {
					Node *ts = t == &invalid_target ? NULL : t->body;
					if (ts && (ts->kind == N_FOR || ts->kind == N_RANGE))
						s->target = ts;
					else
						check_errorf(label_pos(s), "invalid continue label %s", s->name);
				} else {
					check_errorf(label_pos(s), "continue label not defined: %s", s->name);
				}
				break;
			}
			case TK_GOTO: {
				Node *t = goto_target(b, s->name);
				if (t)
					s->target = t;
				else
					vec_push(&fwd, s);
				break;
			}
			default:
				break;
			}
			break;
		case N_ASSIGN:
			if (s->op == TK_DEFINE) {
				var_pos = s->pos;
				var_name = s->list.len ? estr(s->list.data[0]) : "?";
				if (s->list.len > 1) {
					StrBuf nb = {0};
					for (int k = 0; k < s->list.len; k++) {
						if (k)
							sb_puts(&nb, ", ");
						sb_puts(&nb, estr(s->list.data[k]));
					}
					var_name = arena_strdup(perm, sb_cstr(&nb));
					sb_free(&nb);
				}
				bad.len = 0;
				for (int j = 0; j < fwd.len; j++)
					vec_push(&bad, fwd.data[j]);
			}
			break;
		case N_BLOCK: {
			Targets in = {ctxt.breaks, ctxt.continues, -1};
			inner_block(b, &fwd, in, lstmt, s->pos, &s->list);
			break;
		}
		case N_IF: {
			Targets in = {ctxt.breaks, ctxt.continues, -1};
			if (s->body)
				inner_block(b, &fwd, in, lstmt, s->body->pos, &s->body->list);
			if (s->els) {
				Vec one = {0};
				vec_push(&one, s->els);
				inner_block(b, &fwd, in, lstmt, s->els->pos, &one);
				free(one.data);
			}
			break;
		}
		case N_FOR:
		case N_RANGE: {
			Targets in = {s, s, -1};
			if (s->body)
				inner_block(b, &fwd, in, lstmt, s->body->pos, &s->body->list);
			break;
		}
		case N_SWITCH:
		case N_TYPESWITCH: {
			Targets in = {s, ctxt.continues, -1};
			for (int i = 0; i < s->list.len; i++) {
				Node *c = s->list.data[i];
				if (!c)
					continue;
				in.case_index = i;
				inner_block(b, &fwd, in, lstmt, c->pos, &c->list2);
			}
			break;
		}
		case N_SELECT: {
			Targets in = {s, ctxt.continues, -1};
			for (int i = 0; i < s->list.len; i++) {
				Node *c = s->list.data[i];
				if (c)
					inner_block(b, &fwd, in, lstmt, c->pos, &c->list2);
			}
			break;
		}
		default:
			break;
		}
	}
	free(bad.data);
	return fwd;
}

static void check_branches(Node *body) {
	if (!body)
		return;
	Vec saved = labels;
	labels = (Vec){0};
	Targets none = {NULL, NULL, -1};
	Vec fwd = block_branches(NULL, none, NULL, body->pos, &body->list);
	for (int i = 0; i < fwd.len; i++) {
		Node *g = fwd.data[i];
		Label *l = find_label(g->name);
		if (l) {
			l->used = true;
			check_errorf(label_pos(g), "goto %s jumps into block starting at %s", g->name, pos_str(l->parent->start));
		} else {
			check_errorf(label_pos(g), "label %s not defined", g->name);
		}
	}
	for (int i = 0; i < labels.len; i++) {
		Label *l = labels.data[i];
		if (!l->used)
			check_errorf(l->lstmt->pos, "label %s defined and not used", l->name);
	}
	free(fwd.data);
	free(labels.data);
	labels = saved;
}

/* gc checks branches while parsing, before any type checking: do the same
 * for every function body (literals first, as the parser finishes them
 * first), so that errors arrive in gc's order. */
static void branches_walk(Node *n, int depth) {
	if (!n || depth > 10000)
		return;
	Node *kids[] = {n->recv, n->init, n->x, n->cond, n->post, n->y, n->z, n->w, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		branches_walk(kids[i], depth + 1);
	for (int i = 0; i < n->list.len; i++)
		branches_walk(n->list.data[i], depth + 1);
	for (int i = 0; i < n->list2.len; i++)
		branches_walk(n->list2.data[i], depth + 1);
	if ((n->kind == N_FUNCLIT || n->kind == N_FUNCDECL) && n->body)
		check_branches(n->body);
}

void check_all_branches(Node *file) {
	for (int i = 0; file && i < file->list2.len; i++)
		branches_walk(file->list2.data[i], 0);
}

/* ---------------- function bodies ---------------- */

static int cmp_obj_pos(const void *a, const void *b) {
	const Obj *x = *(Obj *const *)a, *y = *(Obj *const *)b;
	if (x->pos.file != y->pos.file)
		return x->pos.file < y->pos.file ? -1 : 1;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	return x->pos.col < y->pos.col ? -1 : x->pos.col > y->pos.col;
}

/* The position of a block's closing brace, if the parser recorded one. */
static Pos block_end(Node *body) {
	return body->epos.line ? body->epos : body->pos;
}

void check_func_body(Node *fn, Type *sig, Node *body) {
	Scope *saved_scope = chk.scope;
	Type *saved_sig = chk.sig;
	Node *saved_func = chk.func;
	bool saved_label = chk.has_label;
	int depth = chk.funcstack.len;
	chk.sig = sig;
	chk.func = fn;
	chk.has_label = false;
	vec_push(&chk.funcstack, fn);
	check_open_scope(true);
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = fn->locals.data[i];
		o->owner = fn;
		if (o->name && o->name[0] != '~' && strcmp(o->name, "_") != 0)
			scope_insert(chk.scope, o); /* duplicates were reported with the signature */
	}
	check_stmt_list(0, &body->list);
	if (sig->results.len > 0 && !is_terminating(body, NULL))
		check_errorf(block_end(body), "missing return");
	/* declared but not used */
	Vec unused = {0};
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = fn->locals.data[i];
		if (o->vclass == VC_LOCAL && !o->used && o->name && strcmp(o->name, "_") != 0)
			vec_push(&unused, o);
	}
	if (unused.len > 1)
		qsort(unused.data, (size_t)unused.len, sizeof(void *), cmp_obj_pos);
	for (int i = 0; i < unused.len; i++) {
		Obj *o = unused.data[i];
		check_soft_errorf(o->pos, "%s declared but not used", o->name);
	}
	free(unused.data);
	chk.scope = saved_scope;
	chk.sig = saved_sig;
	chk.func = saved_func;
	chk.has_label = saved_label;
	chk.funcstack.len = depth;
}

void check_funclit(Operand *x, Node *n) {
	n->locals.len = 0;
	n->captures.len = 0;
	bool ok = true;
	Node *saved_func = chk.func;
	chk.func = NULL;
	Type *sig = check_func_type(n->x, NULL, &n->locals, &ok);
	chk.func = saved_func;
	if (!ok) {
		check_errorf(n->pos, "invalid AST: invalid function literal %s", estr(n));
		x->mode = OM_INVALID;
		return;
	}
	if (!n->obj) {
		Obj *o = obj_new(OBJ_FUNC, intern("func", 4), n->pos);
		o->pkg = chk.pkg->path;
		o->decl = n;
		o->linkname = "main.glob..unused"; /* renamed by check.c if it is ever compiled */
		n->obj = o;
	}
	n->obj->type = sig;
	n->type = sig;
	if (n->body) {
		bool saved_cr = chk.has_call_or_recv;
		check_func_body(n, sig, n->body);
		chk.has_call_or_recv = saved_cr;
	}
	x->mode = OM_VALUE;
	x->type = sig;
}
