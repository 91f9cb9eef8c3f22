/* check_call.c — calls, conversions, builtins and selectors (go/types
 * call.go, builtins.go, conversions.go).
 *
 * Rewrites done here: a call of a type becomes N_CONV (x = operand, y = the
 * type expression, list emptied); a call of a builtin becomes N_BUILTINCALL
 * with n->builtin; selectors get sel_kind, path, method and sel_indirect.
 */
#include "check.h"

#include <ctype.h>

static Pos xpos(Operand *x) { return x->expr ? start_pos(x->expr) : (Pos){0}; }

static Type *empty_iface(void) {
	static Type *t;
	if (!t)
		t = type_new(TY_INTERFACE);
	return t;
}

Node ***slots_of(Vec *v) {
	Node ***s = NEWARRAY(perm, Node **, v->len + 1);
	for (int i = 0; i < v->len; i++)
		s[i] = (Node **)&v->data[i];
	return s;
}

/* ---------------- expression lists ---------------- */

int check_expr_list(Node ***list, int n, bool allow_comma_ok, Operand **out, bool *comma_ok) {
	if (comma_ok)
		*comma_ok = false;
	if (n == 0) {
		*out = NULL;
		return 0;
	}
	if (n == 1) {
		Operand x = {0};
		check_multi_expr(&x, list[0]);
		if (x.mode != OM_INVALID && x.type && x.type->kind == TY_TUPLE) {
			int k = x.type->fields.len;
			Operand *ops = NEWARRAY(perm, Operand, k + 1);
			for (int i = 0; i < k; i++) {
				ops[i].mode = OM_VALUE;
				ops[i].expr = x.expr;
				ops[i].slot = NULL;
				ops[i].type = ((Field *)x.type->fields.data[i])->type;
			}
			*out = ops;
			return k;
		}
		Operand *ops = NEWARRAY(perm, Operand, 2);
		ops[0] = x;
		if (allow_comma_ok && (x.mode == OM_MAPINDEX || x.mode == OM_COMMAOK)) {
			ops[0].mode = OM_VALUE;
			ops[0].slot = NULL; /* a 2-value form is never wrapped in a conversion */
			ops[1].mode = OM_VALUE;
			ops[1].expr = x.expr;
			ops[1].slot = NULL;
			ops[1].type = ty_untyped_bool;
			if (comma_ok)
				*comma_ok = true;
			*out = ops;
			return 2;
		}
		*out = ops;
		return 1;
	}
	Operand *ops = NEWARRAY(perm, Operand, n);
	for (int i = 0; i < n; i++)
		check_expr(&ops[i], list[i]);
	*out = ops;
	return n;
}

/* "(number, string)" */
static const char *types_summary(Type **list, int n, bool variadic) {
	StrBuf b = {0};
	sb_putc(&b, '(');
	for (int i = 0; i < n; i++) {
		if (i > 0)
			sb_puts(&b, ", ");
		Type *t = list[i];
		if (!t || t == ty_invalid) {
			sb_puts(&b, "<T>");
		} else if (type_is_untyped(t)) {
			if (type_is_numeric(t))
				sb_puts(&b, "number");
			else
				sb_puts(&b, t->named->name + strlen("untyped "));
		} else if (variadic && i == n - 1 && t->kind == TY_SLICE) {
			sb_puts(&b, "...");
			type_string_to(&b, t->elem, false);
		} else {
			type_string_to(&b, t, false);
		}
	}
	sb_putc(&b, ')');
	char *s = arena_strdup(perm, sb_cstr(&b));
	sb_free(&b);
	return s;
}

void check_arguments(Node *call, Type *sig, Operand *args, int nargs) {
	for (int i = 0; i < nargs; i++) {
		if (args[i].mode == OM_TYPEXPR) {
			check_errorf(xpos(&args[i]), "%s used as value", opstr(&args[i]));
			return;
		}
		if (args[i].mode == OM_INVALID)
			return;
	}
	int npars = sig->params.len;
	bool ddd = call->has_dots;
	Type **ptypes = NEWARRAY(perm, Type *, (nargs > npars ? nargs : npars) + 1);
	for (int i = 0; i < npars; i++)
		ptypes[i] = ((Field *)sig->params.data[i])->type;
	if (sig->variadic) {
		if (ddd) {
			if (call->list.len == 1 && nargs > 1) {
				check_errorf(start_pos(call), "cannot use ... with %d-valued %s", nargs, estr(call->list.data[0]));
				return;
			}
		} else {
			if (nargs >= npars - 1) {
				Type *last = ptypes[npars - 1];
				Type *elem = last && last->kind == TY_SLICE ? last->elem : ty_invalid;
				for (int i = npars - 1; i < nargs; i++)
					ptypes[i] = elem;
				npars = nargs;
			} else {
				npars--;
			}
		}
	} else if (ddd) {
		check_errorf(start_pos(call), "cannot use ... in call to non-variadic %s", estr(call->x));
		return;
	}
	if (nargs != npars) {
		Pos at = start_pos(call);
		const char *q = "not enough";
		if (nargs > npars) {
			at = xpos(&args[npars]);
			q = "too many";
		} else if (nargs > 0) {
			at = xpos(&args[nargs - 1]);
		}
		Type **at_ = NEWARRAY(perm, Type *, nargs + 1);
		for (int i = 0; i < nargs; i++)
			at_[i] = args[i].type;
		Type **pt = NEWARRAY(perm, Type *, sig->params.len + 1);
		for (int i = 0; i < sig->params.len; i++)
			pt[i] = ((Field *)sig->params.data[i])->type;
		check_errorf(at, "%s arguments in call to %s\n\thave %s\n\twant %s", q, estr(call->x), types_summary(at_, nargs, false),
		             types_summary(pt, sig->params.len, sig->variadic));
		return;
	}
	if (nargs > 0) {
		const char *context = check_sprintf("argument to %s", estr(call->x));
		Pos save = check_convpos;
		check_convpos = call->pos;
		for (int i = 0; i < nargs; i++)
			check_assignment(&args[i], ptypes[i], context);
		check_convpos = save;
	}
}

/* ---------------- conversions ---------------- */

static bool is_bytes_or_runes(Type *t) {
	Type *u = type_under(t);
	if (u->kind != TY_SLICE)
		return false;
	Type *e = type_under(u->elem);
	return e->kind == TY_UINT8 || e->kind == TY_INT32;
}

bool check_convertible_to(Operand *x, Type *T, char **cause) {
	if (check_assignable_to(x, T, cause))
		return true;
	Type *V = x->type, *vu = type_under(V), *tu = type_under(T);
	if (type_identical_ignore_tags(vu, tu))
		return true;
	if (!V->named && V->kind == TY_POINTER && !T->named && T->kind == TY_POINTER &&
	    type_identical_ignore_tags(type_under(V->elem), type_under(T->elem)))
		return true;
	bool vnum = type_is_integer(vu) || type_is_float(vu), tnum = type_is_integer(tu) || type_is_float(tu);
	if (vnum && tnum)
		return true;
	if (type_is_complex(vu) && type_is_complex(tu))
		return true;
	if ((type_is_integer(vu) || is_bytes_or_runes(vu)) && type_is_string(tu))
		return true;
	if (type_is_string(vu) && is_bytes_or_runes(tu))
		return true;
	if ((vu->kind == TY_POINTER || vu->kind == TY_UINTPTR) && tu->kind == TY_UNSAFEPTR)
		return true;
	if (vu->kind == TY_UNSAFEPTR && (tu->kind == TY_POINTER || tu->kind == TY_UINTPTR))
		return true;
	if (vu->kind == TY_SLICE && tu->kind == TY_POINTER && type_under(tu->elem)->kind == TY_ARRAY &&
	    type_identical(vu->elem, type_under(tu->elem)->elem))
		return true;
	return false;
}

void check_conversion(Operand *x, Type *T) {
	bool const_arg = x->mode == OM_CONST;
	bool ok = false;
	if (const_arg && type_is_const_type(T)) {
		Type *u = type_under(T);
		Const *v = NULL;
		if (const_representable(x->val, u, &v)) {
			x->val = v ? v : x->val;
			ok = true;
		} else if (type_is_integer(x->type) && type_is_string(u)) {
			x->val = const_int_to_string(const_to_int(x->val));
			ok = true;
		} else if (type_is_integer(u) && const_to_int(x->val)->kind == CV_INT) {
			/* types2 stores the integer value before failing: messages show it */
			x->val = const_to_int(x->val);
		}
	}
	char *cause = NULL;
	if (!ok && !(const_arg && type_is_const_type(T)) && check_convertible_to(x, T, &cause)) {
		ok = true;
		x->mode = OM_VALUE;
	}
	if (!ok) {
		if (cause && *cause)
			check_errorf(xpos(x), "cannot convert %s to type %s:\n\t%s", opstr(x), tstr(T), cause);
		else
			check_errorf(xpos(x), "cannot convert %s to type %s", opstr(x), tstr(T));
		x->mode = OM_INVALID;
		return;
	}
	if (type_is_untyped(x->type)) {
		Type *final = T;
		if (x->type == ty_untyped_nil) {
			/* ok */
		} else if (type_is_interface(T) || (const_arg && !type_is_const_type(T))) {
			final = check_default(x->type);
		} else if (x->mode == OM_CONST && type_is_integer(x->type) && type_is_string(T)) {
			final = x->type;
		}
		check_update_expr_type(x->expr, final, true);
	}
	x->type = T;
}

/* ---------------- selectors ---------------- */

static Pos sel_pos(Node *e) { return (Pos){e->pos.line, (uint16_t)(e->pos.col + 1), e->pos.file}; }

static void mark_addr(Node *e) {
	for (int guard = 0; e && guard < 1000; guard++) {
		e = unparen(e);
		if (!e)
			return;
		if (e->kind == N_NAME) {
			if (e->obj && e->obj->kind == OBJ_VAR)
				e->obj->addrtaken = true;
			return;
		}
		if (e->kind == N_SELECTOR && e->sel_kind == SEL_FIELD && !e->sel_indirect && e->x && e->x->type &&
		    type_under(e->x->type)->kind != TY_POINTER) {
			e = e->x;
			continue;
		}
		if (e->kind == N_INDEX && e->x && e->x->type && type_under(e->x->type)->kind == TY_ARRAY) {
			e = e->x;
			continue;
		}
		return;
	}
}

/* p.Name for an imported package p (types2 selector on a PkgName): the
 * member of its package scope; imported objects are fully checked. */
static void imported_member(Operand *x, Node *e, Package *ip, const char *sel) {
	Obj *exp = scope_lookup_local(ip->scope, sel);
	x->mode = OM_INVALID;
	x->type = ty_invalid;
	if (!exp) {
		check_errorf(sel_pos(e), "undefined: %s.%s", ip->name, sel);
		return;
	}
	if (!ident_exported(sel))
		check_errorf(sel_pos(e), "%s not exported by package %s", sel, ip->name); /* ok to continue */
	e->obj = exp;
	if (exp->generic) {
		check_generic_use(start_pos(e), exp);
		return;
	}
	x->type = exp->type ? exp->type : ty_invalid;
	switch (exp->kind) {
	case OBJ_CONST:
		x->mode = OM_CONST;
		x->val = exp->val ? exp->val : const_unknown();
		if (x->type == ty_invalid)
			x->mode = OM_INVALID;
		break;
	case OBJ_TYPE:
		x->mode = OM_TYPEXPR;
		break;
	case OBJ_VAR:
		x->mode = x->type == ty_invalid ? OM_INVALID : OM_VAR;
		break;
	case OBJ_FUNC:
		x->mode = OM_VALUE;
		break;
	default:
		x->mode = OM_INVALID;
		break;
	}
}

void check_selector(Operand *x, Node **np, Type *def) {
	Node *e = *np;
	const char *sel = e->name ? e->name : "_";
	x->expr = e;
	x->slot = np;
	if (e->x && e->x->kind == N_NAME && e->x->name) {
		Obj *o = check_lookup(e->x->name);
		if (o && o->kind == OBJ_PKG) {
			e->x->obj = o;
			o->used = true;
			e->sel_kind = SEL_QUALIFIED;
			if (o->imported) {
				imported_member(x, e, o->imported, sel);
				return;
			}
			if (!o->pkg || strcmp(o->pkg, "unsafe") != 0) {
				/* a package we could not import: no follow-on errors */
				x->mode = OM_INVALID;
				x->type = ty_invalid;
				return;
			}
			Obj *exp = unsafe_lookup(sel);
			if (!exp) {
				check_errorf(sel_pos(e), "undefined: %s.%s", o->name, sel);
				x->mode = OM_INVALID;
				x->type = ty_invalid;
				return;
			}
			e->obj = exp;
			if (exp->kind == OBJ_TYPE) {
				x->mode = OM_TYPEXPR;
				x->type = exp->type;
			} else {
				x->mode = OM_BUILTIN;
				x->type = ty_invalid;
				x->id = exp->builtin;
			}
			return;
		}
	}
	check_expr_or_type(x, &e->x);
	switch (x->mode) {
	case OM_TYPEXPR:
		if (def && x->type == def) {
			check_errorf(def->named->pos, "invalid recursive type %s", def->named->name);
			goto error;
		}
		break;
	case OM_BUILTIN:
		check_errorf(e->pos, "cannot select on %s", opstr(x));
		goto error;
	case OM_INVALID:
		goto error;
	default:
		break;
	}
	Vec path = {0};
	Field *fld = NULL;
	Method *m = NULL;
	bool indirect = false;
	LookupResult r = type_lookup(x->type, x->mode == OM_VAR, chk.pkg->path, sel, &path, &fld, &m, &indirect);
	if (r == LOOKUP_NOTFOUND || r == LOOKUP_AMBIGUOUS || r == LOOKUP_PTRRECV) {
		bool incomplete = x->type->named && x->type->under == ty_invalid && x->type != ty_invalid && x->mode == OM_TYPEXPR &&
		                  x->type->named->type == x->type;
		if (type_under(x->type) == ty_invalid && !incomplete)
			goto error;
		if (r == LOOKUP_AMBIGUOUS) {
			check_errorf(sel_pos(e), "ambiguous selector %s.%s", estr(e->x), sel);
			goto error;
		}
		if (r == LOOKUP_PTRRECV) {
			check_errorf(sel_pos(e), "cannot call pointer method %s on %s", sel, tstr(x->type));
			goto error;
		}
		const char *why;
		Type *xu = type_under(x->type);
		if (xu->kind == TY_POINTER && type_is_interface(xu->elem)) {
			why = check_sprintf("type %s is pointer to interface, not interface", tstr(x->type));
		} else {
			why = check_sprintf("type %s has no field or method %s", tstr(x->type), sel);
			if (*sel) {
				char *alt = arena_strdup(perm, sel);
				alt[0] = isupper((unsigned char)alt[0]) ? (char)tolower((unsigned char)alt[0]) : (char)toupper((unsigned char)alt[0]);
				Vec p2 = {0};
				Field *f2;
				Method *m2;
				bool i2;
				LookupResult r2 = type_lookup(x->type, x->mode == OM_VAR, chk.pkg->path, intern(alt, strlen(alt)), &p2, &f2, &m2, &i2);
				free(p2.data);
				if (r2 == LOOKUP_FIELD || r2 == LOOKUP_METHOD)
					why = check_sprintf("%s, but does have %s", why, alt);
			}
		}
		check_errorf(sel_pos(e), "%s.%s undefined (%s)", estr(e->x), sel, why);
		goto error;
	}
	e->path = path;
	e->sel_indirect = indirect;
	if (x->mode == OM_TYPEXPR) {
		if (r != LOOKUP_METHOD) {
			check_errorf(sel_pos(e), "%s.%s undefined (type %s has no method %s)", estr(e->x), sel, tstr(x->type), sel);
			goto error;
		}
		e->sel_kind = SEL_METHODEXPR;
		e->method = m;
		/* func(recv T, params...) results */
		Vec ps = {0};
		Type *mt = m->type;
		const char *rname = NULL;
		if (mt->params.len && ((Field *)mt->params.data[0])->name) {
			rname = "_";
			if (m->func && m->func->type && m->func->type->recv && m->func->type->recv->name)
				rname = m->func->type->recv->name;
		}
		vec_push(&ps, field_new(rname, x->type, e->pos));
		for (int i = 0; i < mt->params.len; i++)
			vec_push(&ps, mt->params.data[i]);
		x->mode = OM_VALUE;
		x->type = type_func(&ps, &mt->results, mt->variadic);
		if (m->func)
			check_add_dep(m->func);
		return;
	}
	if (r == LOOKUP_FIELD) {
		e->sel_kind = SEL_FIELD;
		if (x->mode == OM_VAR || indirect)
			x->mode = OM_VAR;
		else
			x->mode = OM_VALUE;
		x->type = fld->type;
		return;
	}
	/* method value or call target */
	e->sel_kind = SEL_METHOD;
	e->method = m;
	if (m->func) {
		check_add_dep(m->func);
		if (m->ptr_recv && !indirect) {
			Type *xu = type_under(x->type);
			if (xu->kind != TY_POINTER)
				mark_addr(e->x); /* x.M() means (&x).M() */
		}
	}
	x->mode = OM_VALUE;
	x->type = m->type ? m->type : ty_invalid;
	return;
error:
	x->mode = OM_INVALID;
	x->type = ty_invalid;
}

/* ---------------- builtins ---------------- */

static const struct {
	const char *name;
	int nargs;
	bool variadic;
	bool stmt; /* may be used as a statement */
} bininfo[] = {
	[BI_APPEND] = {"append", 1, true, false},   [BI_CAP] = {"cap", 1, false, false},
	[BI_CLOSE] = {"close", 1, false, true},     [BI_COMPLEX] = {"complex", 2, false, false},
	[BI_COPY] = {"copy", 2, false, true},       [BI_DELETE] = {"delete", 2, false, true},
	[BI_IMAG] = {"imag", 1, false, false},      [BI_LEN] = {"len", 1, false, false},
	[BI_MAKE] = {"make", 1, true, false},       [BI_NEW] = {"new", 1, false, false},
	[BI_PANIC] = {"panic", 1, false, true},     [BI_PRINT] = {"print", 0, true, true},
	[BI_PRINTLN] = {"println", 0, true, true},  [BI_REAL] = {"real", 1, false, false},
	[BI_RECOVER] = {"recover", 0, false, true}, [BI_ALIGNOF] = {"Alignof", 1, false, false},
	[BI_OFFSETOF] = {"Offsetof", 1, false, false}, [BI_SIZEOF] = {"Sizeof", 1, false, false},
	[BI_UNSAFE_ADD] = {"Add", 2, false, false}, [BI_UNSAFE_SLICE] = {"Slice", 2, false, false},
};

static bool builtin(Operand *x, Node *call, BuiltinKind id) {
	const char *bname = bininfo[id].name;
	if (call->has_dots && id != BI_APPEND) {
		check_errorf(start_pos(call), "invalid operation: invalid use of ... with built-in %s", bname);
		check_use_list(&call->list);
		return false;
	}
	bool saved_cr = chk.has_call_or_recv;
	if (id == BI_LEN || id == BI_CAP)
		chk.has_call_or_recv = false;
	Operand *args = NULL;
	int nargs = call->list.len;
	Node ***slots = slots_of(&call->list);
	bool ok = false;
	if (id != BI_MAKE && id != BI_NEW && id != BI_OFFSETOF) {
		nargs = check_expr_list(slots, call->list.len, false, &args, NULL);
		if (nargs > 0) {
			*x = args[0];
			if (x->mode == OM_INVALID)
				goto out;
		}
	}
	{
		const char *msg = NULL;
		if (nargs < bininfo[id].nargs)
			msg = "not enough";
		else if (!bininfo[id].variadic && nargs > bininfo[id].nargs)
			msg = "too many";
		if (msg) {
			check_errorf(start_pos(call), "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
			             estr(call), bininfo[id].nargs, nargs);
			goto out;
		}
	}
	switch (id) {
	case BI_APPEND: {
		Type *S = x->type;
		Type *su = type_under(S);
		if (su->kind != TY_SLICE) {
			const char *cause = x->mode == OM_NIL || S == ty_untyped_nil ? "have untyped nil" : check_sprintf("have %s", opstr(x));
			check_errorf(xpos(x), "first argument to append must be a slice; %s", cause);
			goto out;
		}
		Type *T = su->elem;
		if (nargs == 2 && call->has_dots) {
			Operand tmp = *x;
			if (check_assignable_to(&tmp, type_slice(ty_byte), NULL)) {
				Operand y = args[1];
				if (y.mode == OM_INVALID)
					goto out;
				if (type_is_string(y.type)) {
					if (type_is_untyped(y.type))
						check_convert_untyped(&y, ty_string);
					x->mode = OM_VALUE;
					x->type = S;
					break;
				}
			}
		}
		Vec ps = {0};
		vec_push(&ps, field_new(NULL, S, call->pos));
		vec_push(&ps, field_new(NULL, type_slice(T), call->pos));
		Vec rs = {0};
		vec_push(&rs, field_new(NULL, S, call->pos));
		Type *sig = type_func(&ps, &rs, true);
		check_arguments(call, sig, args, nargs);
		x->mode = OM_VALUE;
		x->type = S;
		break;
	}
	case BI_CAP:
	case BI_LEN: {
		OpMode mode = OM_INVALID;
		Const *val = NULL;
		Type *u = type_under(x->type);
		if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
			u = type_under(u->elem);
		switch (u->kind) {
		case TY_STRING:
		case TY_UNTYPED_STRING:
			if (id == BI_LEN) {
				if (x->mode == OM_CONST) {
					mode = OM_CONST;
					val = const_make_int64(x->val->slen);
				} else {
					mode = OM_VALUE;
				}
			}
			break;
		case TY_ARRAY:
			mode = OM_VALUE;
			if (!chk.has_call_or_recv) {
				mode = OM_CONST;
				val = u->len >= 0 ? const_make_int64(u->len) : const_unknown();
			}
			break;
		case TY_SLICE:
		case TY_CHAN:
			mode = OM_VALUE;
			break;
		case TY_MAP:
			if (id == BI_LEN)
				mode = OM_VALUE;
			break;
		default:
			break;
		}
		if (mode == OM_INVALID) {
			if (type_under(x->type) != ty_invalid)
				check_errorf(xpos(x), "invalid argument: %s for %s", opstr(x), bname);
			goto out;
		}
		if (type_is_untyped(x->type))
			check_convert_untyped(x, ty_string);
		x->mode = mode;
		x->type = ty_int;
		x->val = val;
		break;
	}
	case BI_CLOSE: {
		Type *u = type_under(x->type);
		if (u->kind != TY_CHAN) {
			check_errorf(xpos(x), "invalid operation: cannot close non-channel %s", opstr(x));
			goto out;
		}
		if (u->chandir == CHAN_RECV) {
			check_errorf(xpos(x), "invalid operation: cannot close receive-only channel %s", opstr(x));
			goto out;
		}
		x->mode = OM_NOVALUE;
		break;
	}
	case BI_COMPLEX: {
		Operand y = args[1];
		if (y.mode == OM_INVALID)
			goto out;
		int d = (type_is_untyped(x->type) ? 1 : 0) | (type_is_untyped(y.type) ? 2 : 0);
		switch (d) {
		case 1:
			check_convert_untyped(x, y.type);
			break;
		case 2:
			check_convert_untyped(&y, x->type);
			break;
		case 3:
			if (x->mode == OM_CONST && y.mode == OM_CONST) {
				if (type_is_numeric(x->type) && const_sign(const_imag(x->val)) == 0)
					x->type = ty_untyped_float;
				if (type_is_numeric(y.type) && const_sign(const_imag(y.val)) == 0)
					y.type = ty_untyped_float;
			} else {
				check_convert_untyped(x, ty_float64);
				check_convert_untyped(&y, ty_float64);
			}
			break;
		}
		if (x->mode == OM_INVALID || y.mode == OM_INVALID)
			goto out;
		if (!type_identical(x->type, y.type)) {
			check_errorf(xpos(x), "invalid operation: %s (mismatched types %s and %s)", estr(call), tstr(x->type),
			             tstr(y.type));
			goto out;
		}
		Type *res = NULL;
		switch (type_under(x->type)->kind) {
		case TY_FLOAT32: res = ty_complex64; break;
		case TY_FLOAT64: res = ty_complex128; break;
		case TY_UNTYPED_FLOAT: res = ty_untyped_complex; break;
		default: break;
		}
		if (!res) {
			check_errorf(xpos(x), "invalid argument: arguments have type %s, expected floating-point", tstr(x->type));
			goto out;
		}
		if (x->mode == OM_CONST && y.mode == OM_CONST)
			x->val = const_make_complex(const_to_float(x->val), const_to_float(y.val));
		else
			x->mode = OM_VALUE;
		x->type = res;
		break;
	}
	case BI_COPY: {
		Type *du = type_under(x->type);
		Operand y = args[1];
		if (y.mode == OM_INVALID)
			goto out;
		Type *su = type_under(y.type);
		Type *selem = NULL;
		if (type_is_string(su))
			selem = ty_byte;
		else if (su->kind == TY_SLICE)
			selem = su->elem;
		if (du->kind != TY_SLICE || !selem) {
			check_errorf(xpos(x), "invalid argument: copy expects slice arguments; found %s and %s", opstr(x), opstr(&y));
			goto out;
		}
		if (!type_identical(du->elem, selem)) {
			check_errorf(xpos(x), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
			             opstr(x), opstr(&y), tstr(du->elem), tstr(selem));
			goto out;
		}
		if (type_is_untyped(y.type))
			check_convert_untyped(&y, ty_string);
		x->mode = OM_VALUE;
		x->type = ty_int;
		break;
	}
	case BI_DELETE: {
		Type *u = type_under(x->type);
		if (u->kind != TY_MAP) {
			check_errorf(xpos(x), "invalid argument: %s is not a map", opstr(x));
			goto out;
		}
		*x = args[1];
		if (x->mode == OM_INVALID)
			goto out;
		check_assignment(x, u->key, "argument to delete");
		if (x->mode == OM_INVALID)
			goto out;
		x->mode = OM_NOVALUE;
		break;
	}
	case BI_IMAG:
	case BI_REAL: {
		if (type_is_untyped(x->type)) {
			if (x->mode == OM_CONST) {
				if (type_is_numeric(x->type))
					x->type = ty_untyped_complex;
			} else {
				check_convert_untyped(x, ty_complex128);
				if (x->mode == OM_INVALID)
					goto out;
			}
		}
		Type *res = NULL;
		switch (type_under(x->type)->kind) {
		case TY_COMPLEX64: res = ty_float32; break;
		case TY_COMPLEX128: res = ty_float64; break;
		case TY_UNTYPED_COMPLEX: res = ty_untyped_float; break;
		default: break;
		}
		if (!res) {
			check_errorf(xpos(x), "invalid argument: argument has type %s, expected complex type", tstr(x->type));
			goto out;
		}
		if (x->mode == OM_CONST)
			x->val = id == BI_REAL ? const_real(x->val) : const_imag(x->val);
		else
			x->mode = OM_VALUE;
		x->type = res;
		break;
	}
	case BI_MAKE: {
		Node **arg0 = slots[0];
		Type *T = check_var_type(arg0);
		if (T == ty_invalid)
			goto out;
		int min;
		switch (type_under(T)->kind) {
		case TY_SLICE: min = 2; break;
		case TY_MAP: case TY_CHAN: min = 1; break;
		default:
			check_errorf(start_pos(*arg0), "invalid argument: cannot make %s; type must be slice, map, or channel", estr(*arg0));
			goto out;
		}
		if (nargs < min || min + 1 < nargs) {
			check_errorf(start_pos(call), "invalid operation: %s expects %d or %d arguments; found %d", estr(call), min,
			             min + 1, nargs);
			goto out;
		}
		int64_t sizes[2];
		int nsizes = 0;
		for (int i = 1; i < nargs; i++) {
			int64_t v;
			check_index(slots[i], -1, &v);
			if (v >= 0)
				sizes[nsizes++] = v;
		}
		if (nsizes == 2 && sizes[0] > sizes[1]) {
			check_errorf(start_pos(*slots[1]), "invalid argument: length and capacity swapped");
		}
		x->mode = OM_VALUE;
		x->type = T;
		break;
	}
	case BI_NEW: {
		Type *T = check_var_type(slots[0]);
		if (T == ty_invalid)
			goto out;
		x->mode = OM_VALUE;
		x->type = type_ptr(T);
		break;
	}
	case BI_PANIC: {
		Pos save = check_convpos, savec = check_convpos_const;
		check_convpos = (Pos){0};  // (gc: a variable's conversion at it, a constant's at the call)
		check_convpos_const = call->pos;
		check_assignment(x, empty_iface(), "argument to panic");
		check_convpos = save;
		check_convpos_const = savec;
		if (x->mode == OM_INVALID)
			goto out;
		x->mode = OM_NOVALUE;
		break;
	}
	case BI_PRINT:
	case BI_PRINTLN:
		for (int i = 0; i < nargs; i++) {
			if (i > 0)
				*x = args[i];
			check_assignment(x, NULL, check_sprintf("argument to %s", bname));
			if (x->mode == OM_INVALID)
				goto out;
		}
		x->mode = OM_NOVALUE;
		break;
	case BI_RECOVER:
		x->mode = OM_VALUE;
		x->type = empty_iface();
		break;
	case BI_UNSAFE_ADD: {
		check_assignment(x, ty_unsafeptr, "argument to unsafe.Add");
		if (x->mode == OM_INVALID)
			goto out;
		Operand y = args[1];
		if (!check_is_valid_index(&y, "length", true))
			goto out;
		x->mode = OM_VALUE;
		x->type = ty_unsafeptr;
		break;
	}
	case BI_ALIGNOF:
	case BI_SIZEOF:
		check_assignment(x, NULL, id == BI_ALIGNOF ? "argument to unsafe.Alignof" : "argument to unsafe.Sizeof");
		if (x->mode == OM_INVALID)
			goto out;
		/* without type parameters every size is known */
		x->mode = OM_CONST;
		x->val = const_make_int64(id == BI_ALIGNOF ? types_align(x->type) : types_size(x->type));
		x->type = ty_uintptr;
		break;
	case BI_OFFSETOF: {
		Node **arg0 = slots[0];
		Node *selx = unparen(*arg0);
		if (!selx || selx->kind != N_SELECTOR) {
			check_errorf(start_pos(*arg0), "invalid argument: %s is not a selector expression", estr(*arg0));
			check_use(arg0);
			goto out;
		}
		check_expr(x, &selx->x);
		if (x->mode == OM_INVALID)
			goto out;
		Type *base = x->type;
		Type *bu = type_under(base);
		if (bu->kind == TY_POINTER && type_under(bu->elem)->kind == TY_STRUCT)
			base = bu->elem;
		Vec path = {0};
		Field *fld;
		Method *m;
		bool indirect;
		LookupResult r = type_lookup(base, false, chk.pkg->path, selx->name, &path, &fld, &m, &indirect);
		if (r == LOOKUP_METHOD || r == LOOKUP_PTRRECV) {
			check_errorf(start_pos(*arg0), "invalid argument: %s is a method value", estr(*arg0));
			goto out;
		}
		if (r != LOOKUP_FIELD) {
			check_errorf(xpos(x), "invalid argument: %s has no single field %s", tstr(base), selx->name);
			goto out;
		}
		if (indirect) {
			check_errorf(xpos(x), "invalid argument: field %s is embedded via a pointer in %s", selx->name, tstr(base));
			goto out;
		}
		selx->sel_kind = SEL_FIELD;
		selx->path = path;
		selx->type = fld->type;
		/* offsets are set by types_size of each containing struct */
		int64_t off = 0;
		Type *cur = base;
		for (int i = 0; i < path.len; i++) {
			types_size(cur);
			Field *f = path.data[i];
			off += f->offset;
			cur = f->type;
		}
		x->mode = OM_CONST;
		x->val = const_make_int64(off);
		x->type = ty_uintptr;
		break;
	}
	case BI_UNSAFE_SLICE: {
		Type *u = type_under(x->type);
		if (u->kind != TY_POINTER) {
			check_errorf(xpos(x), "invalid argument: %s is not a pointer", opstr(x));
			goto out;
		}
		Operand y = args[1];
		if (!check_is_valid_index(&y, "length", false))
			goto out;
		x->mode = OM_VALUE;
		x->type = type_slice(u->elem);
		break;
	}
	default:
		goto out;
	}
	ok = true;
out:
	if (id == BI_LEN || id == BI_CAP)
		chk.has_call_or_recv = saved_cr;
	return ok;
}

/* ---------------- calls ---------------- */

ExprKind check_call_expr(Operand *x, Node **np) {
	Node *call = *np;
	Operand f = {0};
	if (call->kind == N_CONV) {
		/* already rewritten (shared subtree checked again) */
		Type *T = check_typ(&call->y);
		x->mode = OM_INVALID;
		if (T == ty_invalid)
			goto conv_bad;
		check_expr(x, &call->x);
		if (x->mode != OM_INVALID)
			check_conversion(x, T);
	conv_bad:
		x->expr = call;
		x->slot = np;
		return EK_CONVERSION;
	}
	if (call->kind == N_BUILTINCALL) {
		f.mode = OM_BUILTIN;
		f.id = call->builtin;
	} else {
		check_expr_or_type(&f, &call->x);
	}
	switch (f.mode) {
	case OM_INVALID:
		check_use_list(&call->list);
		x->mode = OM_INVALID;
		x->expr = call;
		return EK_STATEMENT;
	case OM_TYPEXPR: {
		Type *T = f.type;
		x->mode = OM_INVALID;
		int n = call->list.len;
		if (n == 0) {
			check_errorf(start_pos(call), "missing argument in conversion to %s", tstr(T));
		} else if (n == 1) {
			/* rewrite into N_CONV before checking the operand so its slot is final */
			call->kind = N_CONV;
			call->y = call->x;
			call->x = call->list.data[0];
			call->list.len = 0;
			check_expr(x, &call->x);
			if (x->mode != OM_INVALID) {
				if (call->has_dots) {
					check_errorf(start_pos(call->x), "invalid use of ... in type conversion to %s", tstr(T));
					x->mode = OM_INVALID;
				} else {
					check_conversion(x, T);
				}
			}
		} else {
			check_use_list(&call->list);
			check_errorf(start_pos(call->list.data[n - 1]), "too many arguments in conversion to %s", tstr(T));
		}
		x->expr = call;
		x->slot = np;
		return EK_CONVERSION;
	}
	case OM_BUILTIN: {
		BuiltinKind id = f.id;
		*x = (Operand){0};
		bool ok = builtin(x, call, id);
		call->kind = N_BUILTINCALL;
		call->builtin = id;
		if (!ok)
			x->mode = OM_INVALID;
		x->expr = call;
		x->slot = np;
		if (x->mode != OM_INVALID && x->mode != OM_CONST)
			chk.has_call_or_recv = true;
		return bininfo[id].stmt ? EK_STATEMENT : EK_EXPRESSION;
	}
	default:
		break;
	}
	Type *sig = type_under(f.type);
	if (sig->kind != TY_FUNC) {
		check_errorf(start_pos(call->x), "invalid operation: cannot call non-function %s", opstr(&f));
		check_use_list(&call->list);
		x->mode = OM_INVALID;
		x->expr = call;
		return EK_STATEMENT;
	}
	Operand *args;
	int nargs = check_expr_list(slots_of(&call->list), call->list.len, false, &args, NULL);
	check_arguments(call, sig, args, nargs);
	*x = (Operand){0};
	switch (sig->results.len) {
	case 0:
		x->mode = OM_NOVALUE;
		break;
	case 1:
		x->mode = OM_VALUE;
		x->type = ((Field *)sig->results.data[0])->type;
		break;
	default: {
		/* the results as a tuple, names included (gc prints them) */
		x->mode = OM_VALUE;
		Type *t = type_new(TY_TUPLE);
		t->fields = sig->results;
		x->type = t;
		break;
	}
	}
	x->expr = call;
	x->slot = np;
	chk.has_call_or_recv = true;
	return EK_STATEMENT;
}
