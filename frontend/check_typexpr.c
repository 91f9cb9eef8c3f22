/* check_typexpr.c — type expressions (go/types typexpr.go, struct.go,
 * interface.go, signature.go, validtype.go).
 *
 * Interface method sets are computed as soon as every embedded interface is
 * complete; an interface embedding one whose declaration is still being
 * resolved waits in chk.pending_ifaces until check_complete_interfaces.
 * Checks that need complete types (map keys must be comparable, embedded
 * fields must not be pointers) are queued and run by the same function.
 */
#include "check.h"

/* ---------------- delayed checks ---------------- */

typedef struct Later {
	int kind;  /* 0: map key, 1: embedded field, 2: channel element, 3: array size */
	Type *t;
	Pos pos;
	bool isptr;
} Later;

static Vec later; /* Later* */

static void later_push(int kind, Type *t, Pos pos, bool isptr) {
	Later *l = NEW(perm, Later);
	l->kind = kind;
	l->t = t;
	l->pos = pos;
	l->isptr = isptr;
	vec_push(&later, l);
}

static void run_later(void) {
	for (int i = 0; i < later.len; i++) {
		Later *l = later.data[i];
		if (l->kind == 0) {
			if (type_under(l->t) != ty_invalid && !type_comparable(l->t))
				check_errorf(l->pos, "invalid map key type %s", tstr(l->t));
		} else if (l->kind == 2) {
			/* gc's types.CalcSize limits */
			if (type_under(l->t) != ty_invalid && types_size(l->t) >= (1 << 16))
				check_errorf(l->pos, "channel element type too large (>64kB)");
		} else if (l->kind == 3) {
			Type *e = l->t->elem;
			int64_t es = e ? types_size(e) : 0;
			if (es > 0 && l->t->len > 0 && (uint64_t)l->t->len > (((uint64_t)1 << 50) - 1) / (uint64_t)es)
				check_errorf(l->pos, "type %s larger than address space", tstr(l->t));
		} else {
			Type *u = type_under(l->t);
			if (l->t == ty_invalid || u == ty_invalid)
				continue;
			if (u->kind == TY_UNSAFEPTR)
				check_errorf(l->pos, "embedded field type cannot be unsafe.Pointer");
			else if (u->kind == TY_POINTER)
				check_errorf(l->pos, "embedded field type cannot be a pointer");
			else if (u->kind == TY_INTERFACE && l->isptr)
				check_errorf(l->pos, "embedded field type cannot be a pointer to an interface");
		}
	}
	later.len = 0;
}

/* ---------------- interfaces ---------------- */

typedef struct PendingIface {
	Type *t;
	Vec explicit; /* Method* declared in the literal */
	Vec pos;      /* Pos* of each embedded type */
} PendingIface;

static PtrMap pending; /* interface literal Type* → PendingIface* while incomplete */

static bool iface_incomplete(Type *e) {
	if (!e)
		return false;
	if (e->named && e->under == ty_invalid && e != ty_invalid) {
		/* a declared type still being resolved */
		return true;
	}
	Type *u = e->under ? e->under : e;
	return ptrmap_get(&pending, u) != NULL;
}

static int cmp_method(const void *a, const void *b) {
	const Method *x = *(Method *const *)a, *y = *(Method *const *)b;
	return strcmp(x->name, y->name);
}

/* Compute t's method set from its explicit methods and embedded interfaces. */
static void compute_iface(Type *t, Vec *explicit, Vec *epos) {
	Vec ms = {0};
	for (int i = 0; i < explicit->len; i++) {
		Method *m = explicit->data[i];
		bool dup = false;
		for (int j = 0; j < ms.len; j++) {
			Method *o = ms.data[j];
			if (same_ident(o->name, o->pkg, m->name, m->pkg)) {
				check_errorf(m->pos, "duplicate method %s\n\t%s: other declaration of %s", m->name, pos_str(o->pos),
				             m->name);
				dup = true;
				break;
			}
		}
		if (!dup)
			vec_push(&ms, m);
	}
	int nexplicit = ms.len;
	for (int k = 0; k < t->embeddeds.len; k++) {
		Type *e = t->embeddeds.data[k];
		Type *u = type_under(e);
		if (u->kind != TY_INTERFACE)
			continue;
		Pos ep = k < epos->len ? *(Pos *)epos->data[k] : (Pos){0};
		for (int i = 0; i < u->methods.len; i++) {
			Method *m = u->methods.data[i];
			bool dup = false;
			for (int j = 0; j < ms.len; j++) {
				Method *o = ms.data[j];
				if (same_ident(o->name, o->pkg, m->name, m->pkg)) {
					dup = true;
					if (!type_identical(o->type, m->type)) {
						if (j < nexplicit)
							check_errorf(o->pos, "duplicate method %s\n\t%s: other declaration of %s", m->name,
							             pos_str(ep), m->name);
						else
							check_errorf(ep, "duplicate method %s\n\t%s: other declaration of %s", m->name,
							             pos_str(o->pos), m->name);
					}
					break;
				}
			}
			if (!dup)
				vec_push(&ms, m);
		}
	}
	if (ms.len > 1)
		qsort(ms.data, (size_t)ms.len, sizeof(void *), cmp_method);
	t->methods = ms;
}

static void resync_named(void) {
	for (int i = 0; i < chk.named.len; i++) {
		Type *T = chk.named.data[i];
		if (T->kind == TY_INTERFACE && T->under && T->under != T) {
			T->methods = T->under->methods;
			T->embeddeds = T->under->embeddeds;
		}
	}
}

void check_complete_interfaces(void) {
	bool changed = false;
	for (;;) {
		bool progress = false;
		for (int i = 0; i < chk.pending_ifaces.len; i++) {
			PendingIface *p = chk.pending_ifaces.data[i];
			bool ready = true;
			for (int k = 0; k < p->t->embeddeds.len && ready; k++)
				if (iface_incomplete(p->t->embeddeds.data[k]))
					ready = false;
			if (!ready)
				continue;
			compute_iface(p->t, &p->explicit, &p->pos);
			ptrmap_put(&pending, p->t, NULL);
			chk.pending_ifaces.data[i] = chk.pending_ifaces.data[--chk.pending_ifaces.len];
			i--;
			progress = changed = true;
			resync_named();
		}
		if (!progress)
			break;
	}
	/* whatever is left depends on itself: complete with what is known
	 * (the validity check reports the cycle) */
	bool any_named_incomplete = false;
	for (int i = 0; i < chk.pending_ifaces.len; i++) {
		PendingIface *p = chk.pending_ifaces.data[i];
		for (int k = 0; k < p->t->embeddeds.len; k++) {
			Type *e = p->t->embeddeds.data[k];
			if (e->named && e->under == ty_invalid)
				any_named_incomplete = true;
		}
	}
	if (!any_named_incomplete) {
		for (int i = 0; i < chk.pending_ifaces.len; i++) {
			PendingIface *p = chk.pending_ifaces.data[i];
			compute_iface(p->t, &p->explicit, &p->pos);
			ptrmap_put(&pending, p->t, NULL);
			changed = true;
		}
		chk.pending_ifaces.len = 0;
	}
	if (changed)
		resync_named();
	run_later();
}

static Type *interface_type(Node *n, Type *def) {
	Type *t = type_new(TY_INTERFACE);
	PendingIface *p = NEW(perm, PendingIface);
	p->t = t;
	for (int i = 0; i < n->list.len; i++) {
		Node *f = n->list.data[i];
		if (!f)
			continue;
		if (f->list.len == 0) {
			/* embedded element */
			Node *e = unparen(f->x);
			if (e && ((e->kind == N_BINARY && e->op == TK_OR) || (e->kind == N_UNARY && e->op == TK_TILDE))) {
				check_errorf(start_pos(e), "%s not supported yet by goc", "interface type constraint");
				continue;
			}
			Type *et = check_typ(&f->x);
			if (et == ty_invalid)
				continue;
			Type *eu = type_under(et);
			if (eu->kind != TY_INTERFACE && !iface_incomplete(et)) {
				check_errorf(start_pos(f->x), "%s not supported yet by goc", "interface type constraint");
				continue;
			}
			vec_push(&t->embeddeds, et);
			Pos *pp = NEW(perm, Pos);
			*pp = start_pos(f->x);
			vec_push(&p->pos, pp);
			continue;
		}
		Node *nm = f->list.data[0];
		if (!nm->name || strcmp(nm->name, "_") == 0) {
			check_errorf(nm->pos, "methods must have a unique non-blank name");
			continue;
		}
		if (!f->x || f->x->kind != N_FUNCTYPE) {
			check_errorf(start_pos(f->x), "%s is not a method signature", estr(f->x));
			continue;
		}
		bool ok = true;
		Type *sig = check_func_type(f->x, NULL, NULL, &ok);
		f->x->type = sig;
		nm->type = sig;
		Method *m = NEW(perm, Method);
		m->name = nm->name;
		m->type = sig;
		m->pos = nm->pos;
		m->pkg = chk.pkg->path;
		vec_push(&p->explicit, m);
		(void)def;
	}
	bool ready = true;
	for (int k = 0; k < t->embeddeds.len; k++)
		if (iface_incomplete(t->embeddeds.data[k]))
			ready = false;
	if (ready) {
		compute_iface(t, &p->explicit, &p->pos);
	} else {
		/* provisional: the explicit methods, sorted */
		Vec ms = {0};
		for (int i = 0; i < p->explicit.len; i++)
			vec_push(&ms, p->explicit.data[i]);
		if (ms.len > 1)
			qsort(ms.data, (size_t)ms.len, sizeof(void *), cmp_method);
		t->methods = ms;
		ptrmap_put(&pending, t, p);
		vec_push(&chk.pending_ifaces, p);
	}
	return t;
}

/* ---------------- structs ---------------- */

Node *embedded_field_ident(Node *e) {
	e = unparen(e);
	if (!e)
		return NULL;
	switch (e->kind) {
	case N_NAME:
		return e;
	case N_STAR: {
		Node *base = unparen(e->x);
		if (base && base->kind == N_STAR)
			return NULL; /* **T */
		return embedded_field_ident(e->x);
	}
	case N_SELECTOR:
		return e;
	case N_INDEX:
		return embedded_field_ident(e->x);
	default:
		return NULL;
	}
}

static const char *unquote_tag(Node *f) {
	if (!f->lit)
		return NULL;
	Const *c = const_from_literal(TK_STRING, f->lit);
	if (!c) {
		check_errorf(f->pos, "invalid AST: incorrect tag syntax: %s", f->lit);
		return NULL;
	}
	if (c->slen == 0)
		return NULL;
	return arena_strndup(perm, c->s, (size_t)c->slen);
}

static Type *struct_type(Node *n) {
	Vec fields = {0};
	Node *prev = NULL;
	Type *typ = ty_invalid;
	for (int i = 0; i < n->list.len; i++) {
		Node *f = n->list.data[i];
		if (!f)
			continue;
		if (f->x != prev || !prev) {
			typ = check_var_type(&f->x);
			prev = f->x;
		}
		const char *tag = unquote_tag(f);
		if (f->list.len) {
			for (int j = 0; j < f->list.len; j++) {
				Node *nm = f->list.data[j];
				Field *fld = field_new(nm->name, typ, nm->pos);
				fld->tag = tag;
				fld->pkg = chk.pkg->path;
				bool dup = false;
				if (nm->name && strcmp(nm->name, "_") != 0) {
					for (int k = 0; k < fields.len; k++) {
						Field *o = fields.data[k];
						if (o->name && strcmp(o->name, nm->name) == 0) {
							check_errorf(nm->pos, "%s redeclared\n\t%s: other declaration of %s", nm->name,
							             pos_str(o->pos), nm->name);
							dup = true;
							break;
						}
					}
				}
				nm->type = typ;
				if (!dup)
					vec_push(&fields, fld);
			}
			continue;
		}
		/* embedded field */
		Pos pos = start_pos(f->x);
		Node *id = embedded_field_ident(f->x);
		if (!id) {
			check_errorf(pos, "invalid embedded field type %s", estr(f->x));
			Field *fld = field_new(intern("_", 1), ty_invalid, pos);
			fld->embedded = true;
			vec_push(&fields, fld);
			continue;
		}
		const char *name = id->name ? id->name : "_";
		Field *fld = field_new(name, typ, pos);
		fld->embedded = true;
		fld->tag = tag;
		fld->pkg = chk.pkg->path;
		bool dup = false;
		for (int k = 0; k < fields.len; k++) {
			Field *o = fields.data[k];
			if (o->name && strcmp(o->name, name) == 0 && strcmp(name, "_") != 0) {
				check_errorf(pos, "%s redeclared\n\t%s: other declaration of %s", name, pos_str(o->pos), name);
				dup = true;
				break;
			}
		}
		if (!dup)
			vec_push(&fields, fld);
		Type *et = typ;
		bool isptr = false;
		if (et && !et->named && et->kind == TY_POINTER) {
			et = et->elem;
			isptr = true;
		}
		later_push(1, et, pos, isptr);
	}
	return type_struct(&fields);
}

/* ---------------- signatures ---------------- */

static Obj *param_obj(const char *name, Pos p, Type *t, VarClass vc, int index) {
	Obj *o = obj_new(OBJ_VAR, name, p);
	o->type = t;
	o->vclass = vc;
	o->index = index;
	o->pkg = chk.pkg->path;
	o->used = true;
	return o;
}

/* collect one parameter list; returns Field*s in out, objects in objs */
static void collect_params(Vec *list, bool variadic_ok, bool results, Vec *out, Vec *objs, bool *variadic) {
	Node *prev = NULL;
	Type *typ = ty_invalid;
	int index = 0;
	bool named = false, anon = false;
	for (int i = 0; i < list->len; i++) {
		Node *f = list->data[i];
		if (!f)
			continue;
		if (f->x != prev || !prev) {
			prev = f->x;
			Node **tp = &f->x;
			Node *ft = unparen(f->x);
			bool dots = false;
			if (ft && ft->kind == N_ELLIPSIS) {
				if (variadic_ok && i == list->len - 1 && f->list.len <= 1) {
					*variadic = true;
					dots = true;
				} else {
					check_soft_errorf(ft->pos, "can only use ... with final parameter in list");
				}
				tp = &ft->x;
			}
			if (tp && *tp)
				typ = check_var_type(tp);
			else
				typ = ty_invalid;
			if (dots) {
				typ = type_slice(typ);
				ft->type = typ;
			}
		}
		if (f->list.len) {
			named = true;
			for (int j = 0; j < f->list.len; j++) {
				Node *nm = f->list.data[j];
				const char *name = nm->name ? nm->name : "_";
				vec_push(out, field_new(name, typ, nm->pos));
				if (objs) {
					const char *oname = name;
					if (results && strcmp(name, "_") == 0)
						oname = check_sprintf("~b%d", index);
					Obj *o = param_obj(intern(oname, strlen(oname)), nm->pos, typ, results ? VC_RESULT : VC_PARAM, index);
					nm->obj = o;
					nm->type = typ;
					vec_push(objs, o);
				}
				index++;
			}
		} else {
			anon = true;
			vec_push(out, field_new(NULL, typ, f->pos));
			if (objs) {
				const char *oname = check_sprintf(results ? "~r%d" : "~p%d", index);
				Obj *o = param_obj(intern(oname, strlen(oname)), start_pos(f->x), typ, results ? VC_RESULT : VC_PARAM,
				                   index);
				vec_push(objs, o);
			}
			index++;
		}
	}
	if (named && anon && list->len)
		check_errorf(((Node *)list->data[0])->pos, "invalid AST: list contains both named and anonymous parameters");
}

Type *check_func_type(Node *ft, Node *recv, Vec *params, bool *ok) {
	Vec ps = {0}, rs = {0};
	bool variadic = false, dummy = false;
	Field *rf = NULL;
	if (recv) {
		Vec rl = {0}, ro = {0};
		Vec one = {0};
		vec_push(&one, recv);
		collect_params(&one, false, false, &rl, params ? &ro : NULL, &dummy);
		free(one.data);
		if (rl.len > 1)
			check_errorf(((Field *)rl.data[rl.len - 1])->pos, "method must have exactly one receiver");
		if (rl.len > 0)
			rf = rl.data[0];
		else
			rf = field_new(NULL, ty_invalid, recv->pos);
		if (params && ro.len) {
			Obj *r = ro.data[0];
			r->index = -1;
			vec_push(params, r);
		}
	}
	if (ft && ft->kind == N_FUNCTYPE) {
		collect_params(&ft->list, true, false, &ps, params, &variadic);
		collect_params(&ft->list2, false, true, &rs, params, &dummy);
	} else if (ok) {
		*ok = false;
	}
	/* parameter names share one scope: receiver, parameters, results */
	Vec all = {0};
	if (rf && rf->name)
		vec_push(&all, rf);
	for (int i = 0; i < ps.len; i++)
		vec_push(&all, ps.data[i]);
	for (int i = 0; i < rs.len; i++)
		vec_push(&all, rs.data[i]);
	for (int i = 1; i < all.len; i++) {
		Field *f = all.data[i];
		if (!f->name || strcmp(f->name, "_") == 0)
			continue;
		for (int j = 0; j < i; j++) {
			Field *g = all.data[j];
			if (g->name && strcmp(g->name, f->name) == 0) {
				check_errorf(f->pos, "%s redeclared in this block\n\t%s: other declaration of %s", f->name,
				             pos_str(g->pos), f->name);
				break;
			}
		}
	}
	free(all.data);
	Type *t = type_func(&ps, &rs, variadic);
	t->recv = rf;
	if (ft)
		ft->type = t;
	return t;
}

/* ---------------- arrays ---------------- */

int64_t check_array_length(Node **np) {
	Node *e = *np;
	if (e && e->kind == N_NAME) {
		Obj *o = check_lookup(e->name);
		if (!o) {
			check_errorf(e->pos, "undeclared name %s for array length", e->name);
			return -1;
		}
		if (o->kind != OBJ_CONST) {
			check_errorf(e->pos, "invalid array length %s", e->name);
			return -1;
		}
	}
	Operand x = {0};
	check_expr(&x, np);
	if (x.mode != OM_CONST) {
		if (x.mode != OM_INVALID)
			check_errorf(start_pos(x.expr), "array length %s must be constant", opstr(&x));
		return -1;
	}
	if (type_is_untyped(x.type) || type_is_integer(x.type)) {
		Const *v = const_to_int(x.val);
		if (v->kind == CV_INT) {
			if (const_representable(v, ty_int, NULL)) {
				if (const_sign(v) >= 0) {
					/* give the length its type */
					if (type_is_untyped(x.type))
						check_convert_untyped(&x, ty_int);
					return const_int64(v);
				}
				check_errorf(start_pos(x.expr), "invalid array length %s", opstr(&x));
				return -1;
			}
		}
	}
	check_errorf(start_pos(x.expr), "array length %s must be integer", opstr(&x));
	return -1;
}

/* ---------------- type expressions ---------------- */

static Type *typ_internal(Node **np, Type *def) {
	Node *e = *np;
	if (!e)
		return ty_invalid;
	switch (e->kind) {
	case N_BAD:
		return ty_invalid;
	case N_NAME:
	case N_SELECTOR: {
		Operand x = {0};
		if (e->kind == N_NAME) {
			check_ident(&x, np, def, true);
			check_set_node(&x);
		} else {
			check_selector(&x, np, def);
		}
		switch (x.mode) {
		case OM_TYPEXPR:
			return x.type;
		case OM_INVALID:
			return ty_invalid;
		case OM_NOVALUE:
			check_errorf(start_pos(e), "%s used as type", opstr(&x));
			return ty_invalid;
		default:
			check_errorf(start_pos(e), "%s is not a type", opstr(&x));
			return ty_invalid;
		}
	}
	case N_PAREN:
		return check_defined_type(&e->x, def);
	case N_ARRAYTYPE: {
		if (!e->x) {
			Type *elem = check_var_type(&e->y);
			return type_slice(elem);
		}
		int64_t len;
		if (e->x->kind == N_ELLIPSIS) {
			check_errorf(e->pos, "invalid use of [...] array (outside a composite literal)");
			len = -1;
		} else {
			len = check_array_length(&e->x);
		}
		Type *elem = check_var_type(&e->y);
		if (len < 0)
			return ty_invalid;
		Type *at = type_array(elem, len);
		later_push(3, at, start_pos(e), false);
		return at;
	}
	case N_ELLIPSIS:
		check_errorf(e->pos, "invalid use of '...'");
		if (e->x)
			check_use(&e->x);
		return ty_invalid;
	case N_STRUCTTYPE:
		return struct_type(e);
	case N_STAR:
	case N_DEREF: {
		Type *base = check_var_type(&e->x);
		if (base == ty_invalid)
			return ty_invalid;
		return type_ptr(base);
	}
	case N_FUNCTYPE:
		return check_func_type(e, NULL, NULL, NULL);
	case N_INTERFACETYPE:
		return interface_type(e, def);
	case N_MAPTYPE: {
		Type *k = check_var_type(&e->x);
		Type *v = check_var_type(&e->y);
		later_push(0, k, start_pos(e->x), false);
		return type_map(k, v);
	}
	case N_CHANTYPE: {
		Node **ep = e->y ? &e->y : &e->x;
		Type *elem = check_var_type(ep);
		int dir = e->op == CHAN_SEND || e->op == CHAN_RECV ? e->op : CHAN_BOTH;
		later_push(2, elem, start_pos(e), false);
		return type_chan(elem, dir);
	}
	case N_INDEX: {
		/* T[A]: an instantiation (goc does not compile generic code yet) */
		Node *b = unparen(e->x);
		Obj *o = NULL;
		if (b && b->kind == N_NAME && b->name) {
			o = check_lookup(b->name);
		} else if (b && b->kind == N_SELECTOR && b->x && b->x->kind == N_NAME && b->x->name) {
			Obj *po = check_lookup(b->x->name);
			if (po && po->kind == OBJ_PKG) {
				po->used = true;
				if (po->imported && po->imported->scope)
					o = scope_lookup_local(po->imported->scope, b->name);
			}
		}
		if (o && o->kind == OBJ_TYPE && !o->generic && o->type != ty_invalid) {
			check_errorf(start_pos(e), "%s is not a generic type", o->name);
			return ty_invalid;
		}
		check_errorf(start_pos(e), "%s not supported yet by goc", "generic type instantiation");
		return ty_invalid;
	}
	default:
		check_errorf(start_pos(e), "%s is not a type", estr(e));
		check_use(np);
		return ty_invalid;
	}
}

Type *check_defined_type(Node **np, Type *def) {
	Type *t = typ_internal(np, def);
	if (!t)
		t = ty_invalid;
	if (*np)
		(*np)->type = t;
	return t;
}

Type *check_typ(Node **np) { return check_defined_type(np, NULL); }

Type *check_var_type(Node **np) { return check_defined_type(np, NULL); }

/* ---------------- validity of declared types (validtype.go) ---------------- */

static PtrMap valids;

static Type *rhs_of(Type *t) {
	Obj *o = t->named;
	if (!o || !o->decl || o->decl->kind != N_TYPESPEC || !o->decl->x)
		return NULL;
	return o->decl->x->type;
}

static bool valid_type0(Type *t, Vec *nest, Vec *path, int depth) {
	if (!t || depth > 1000)
		return true;
	if (t->named) {
		if (!rhs_of(t))
			return true; /* predeclared or not ours */
		if (ptrmap_get(&valids, t))
			return true;
		if (t->under == ty_invalid || t->kind == TY_INVALID)
			return false;
		for (int i = 0; i < nest->len; i++) {
			if (nest->data[i] == t) {
				for (int start = 0; start < path->len; start++) {
					if (path->data[start] == t) {
						int n = path->len - start;
						Obj **objs = NEWARRAY(perm, Obj *, n);
						for (int k = 0; k < n; k++)
							objs[k] = ((Type *)path->data[start + k])->named;
						/* report (same text as a declaration cycle) */
						StrBuf b = {0};
						int first = 0;
						for (int k = 1; k < n; k++) {
							Pos a = objs[k]->pos, c = objs[first]->pos;
							if (a.file < c.file || (a.file == c.file && (a.line < c.line || (a.line == c.line && a.col < c.col))))
								first = k;
						}
						Obj *o = objs[first];
						sb_printf(&b, "invalid recursive type %s", o->name);
						int idx = first;
						for (int k = 0; k < n; k++) {
							sb_printf(&b, "\n\t%s: %s refers to", pos_str(o->pos), o->name);
							idx = (idx + 1) % n;
							o = objs[idx];
						}
						sb_printf(&b, "\n\t%s: %s", pos_str(o->pos), o->name);
						check_errorf(objs[first]->pos, "%s", sb_cstr(&b));
						sb_free(&b);
						break;
					}
				}
				t->under = ty_invalid;
				t->kind = TY_INVALID;
				return false;
			}
		}
		vec_push(nest, t);
		vec_push(path, t);
		bool ok = valid_type0(rhs_of(t), nest, path, depth + 1);
		nest->len--;
		path->len--;
		if (!ok)
			return false;
		ptrmap_put(&valids, t, (void *)1);
		return true;
	}
	switch (t->kind) {
	case TY_ARRAY:
		return valid_type0(t->elem, nest, path, depth + 1);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (!valid_type0(((Field *)t->fields.data[i])->type, nest, path, depth + 1))
				return false;
		return true;
	case TY_INTERFACE:
		for (int i = 0; i < t->embeddeds.len; i++)
			if (!valid_type0(t->embeddeds.data[i], nest, path, depth + 1))
				return false;
		return true;
	default:
		return true;
	}
}

void check_valid_type(Type *t) {
	Vec nest = {0}, path = {0};
	valid_type0(t, &nest, &path, 0);
	free(nest.data);
	free(path.data);
}
