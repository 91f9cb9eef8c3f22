/* staticinit.c — package variables laid out at link time (gc's
 * staticinit/sched.go, with walk/complit.go's static temps).
 *
 * Each step of pkg->init_order of the form `var x = e` (one variable, one
 * value) is first tried statically, as gc does: the parts of e known at link
 * time become x's initial bytes and relocations (StaticData), and only what
 * is left (the dynamic parts) stays for P.init, in init order (StaticInit.steps).
 * What is static, as in gc:
 *   - constants (after the checker's folding) and nil;
 *   - &x, &x.f, &a[3] of package variables (any package), and declared
 *     functions and methods (T.M) as func values (their static closure
 *     objects f·f);
 *   - &T{...}, slice literals and interface values of non-pointer-shaped
 *     concrete types get a static temp (P..stmp_N, writable, private to the
 *     package's object) holding the literal or value, and point at it;
 *     []byte("const") too;
 *   - array and struct literals element by element (nested value literals
 *     are flattened into one plan of offsets, zero elements and blank
 *     fields left out): each element is static or is a dynamic step
 *     `x.off = element`; so a literal may be split;
 *   - function literals (nothing to capture at package level): their
 *     static closure objects (main.glob..func1·f);
 *   - interface values of concrete non-interface values: the type word is
 *     the type descriptor or itab, the data word the (pointer-shaped) value
 *     itself or the address of a temp holding it;
 *   - `var a = b` for b of this package defined by `var b = e`, b not a
 *     string (gc's staticcopy): e's static parts are copied again (pointers
 *     to the same temps), its other parts become dynamic copies
 *     `a.off = b.off`. As in gc, a's static parts are e's values even if a
 *     dynamic initialiser ran between b's and a's changed b.
 * Static data is there before any code runs, so a dynamic initialiser that
 * reads a variable the dependency analysis did not order before it (through
 * an interface method, say) sees its static value, as with gc.
 * Maps, calls, method values, conversions that compute something, and
 * interface values of interface-typed non-nil operands stay dynamic; so does
 * an n:1 declaration (`var a, b = f()`), and a blank `var _ = e` unless e has
 * no side effects (gc's AnySideEffects), in which case it is dropped.
 *
 * Invariants:
 *   - static_assign returns false only before it has written or appended
 *     anything: the caller then keeps the whole expression dynamic, so every
 *     function literal is either made static (StaticInit.funclits, built by
 *     ssagen) or evaluated by P.init, never both;
 *   - StaticData.bytes hold the object's exact bytes except pointer words,
 *     which are zero there and named by a relocation; a package variable gets
 *     a StaticData only when something non-zero is written to it, a temp
 *     always (the back end defines it);
 *   - static temps are writable (their contents may be changed by the
 *     program) and are data of the executable: the collector scans them as
 *     roots with the rest of the writable segments (runtime/mgc.c), so they
 *     may come to point into the heap.
 */
#include "ssa.h"

typedef struct PlanEntry {
	int64_t off;   // from the start of the literal
	Node *expr;    // a non-zero element that is not itself an array or struct literal
} PlanEntry;

typedef struct Plan {
	Vec e;         // PlanEntry*
} Plan;

static struct {
	Package *pkg;
	StaticInit *si;
	PtrMap data;   // Obj* → StaticData*
	PtrMap temps;  // Node* (&T{...}, slice literal) → Obj* of its static temp
	PtrMap plans;  // Node* (array or struct literal) → Plan*
	int ntemp;
} S;

static bool static_assign(Obj *l, int64_t loff, Node *r, Type *typ);

static Node *unparen(Node *n) {
	while (n && n->kind == N_PAREN)
		n = n->x;
	return n;
}

/* The constant value of n, if it is a constant. */
static Const *node_const(Node *n) {
	if (n->val && n->type && n->type->kind != TY_TUPLE)
		return n->val;
	if ((n->kind == N_NAME || (n->kind == N_SELECTOR && n->sel_kind == SEL_QUALIFIED)) && n->obj &&
	    n->obj->kind == OBJ_CONST)
		return n->obj->val;
	return NULL;
}

static bool is_nil(Node *n) {
	n = unparen(n);
	if (n->kind == N_NAME && n->obj && n->obj->kind == OBJ_NIL)
		return true;
	Const *c = node_const(n);
	if (!c)
		return false;
	switch (n->type->kind) {
	case TY_POINTER: case TY_UNSAFEPTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE:
		return true;
	default:
		return false;
	}
}

/* A conversion that changes no bits (gc's OCONVNOP): same kind of type on
 * both sides, or pointers to and from unsafe.Pointer. */
static bool conv_is_noop(Node *n) {
	if (n->kind != N_CONV || !n->x)
		return false;
	Type *from = unparen(n->x)->type, *to = n->type;
	if (!from || !to || to->kind == TY_INTERFACE || from->kind == TY_INTERFACE)
		return false;
	bool fp = from->kind == TY_POINTER || from->kind == TY_UNSAFEPTR;
	bool tp = to->kind == TY_POINTER || to->kind == TY_UNSAFEPTR;
	if (fp && tp)
		return true;
	return from->kind == to->kind && types_size(from) == types_size(to);
}

static Node *strip_noop(Node *n) {
	n = unparen(n);
	while (conv_is_noop(n) && !node_const(n))
		n = unparen(n->x);
	return n;
}

/* gc's ir.IsZero: nil, a zero constant, an array or struct literal of zeros. */
static bool is_zero(Node *n) {
	n = strip_noop(n);
	if (is_nil(n))
		return true;
	Const *c = node_const(n);
	if (c) {
		switch (c->kind) {
		case CV_BOOL: return !c->b;
		case CV_STRING: return c->slen == 0;
		case CV_INT: return mpz_sgn(c->i) == 0;
		case CV_FLOAT: return mpfr_zero_p(c->f);
		case CV_COMPLEX: return mpfr_zero_p(c->f) && mpfr_zero_p(c->im);
		default: return false;
		}
	}
	if (n->kind == N_COMPOSITE && (n->type->kind == TY_ARRAY || n->type->kind == TY_STRUCT)) {
		for (int i = 0; i < n->list.len; i++) {
			Node *e = n->list.data[i];
			if (!is_zero(e->kind == N_KEYVALUE ? e->y : e))
				return false;
		}
		return true;
	}
	return false;
}

/* ---- the objects' contents ---- */

static StaticData *data_of(Obj *o) {
	StaticData *sd = ptrmap_get(&S.data, o);
	if (!sd) {
		sd = NEW(perm, StaticData);
		sd->var = o;
		sd->bytes = arena_alloc(perm, (size_t)types_size(o->type) + 1);
		ptrmap_put(&S.data, o, sd);
		vec_push(&S.si->data, sd);
	}
	return sd;
}

static void put_bytes(Obj *l, int64_t off, const void *p, int64_t n) {
	const uint8_t *b = p;
	int64_t i = 0;
	while (i < n && b[i] == 0)
		i++;
	if (i == n)
		return; /* zero: already there */
	if (off < 0 || off + n > types_size(l->type))
		ice("static data of %s: %lld bytes at %lld", l->name, (long long)n, (long long)off);
	memcpy(data_of(l)->bytes + off, p, (size_t)n);
}

static void put_int(Obj *l, int64_t off, int64_t size, uint64_t v) {
	uint8_t b[8];
	for (int i = 0; i < 8; i++)
		b[i] = (uint8_t)(v >> (8 * i)); /* little-endian */
	put_bytes(l, off, b, size);
}

static void put_reloc(Obj *l, int64_t off, StaticRelocKind kind, void *sym, int64_t add) {
	if (off < 0 || off + 8 > types_size(l->type) || off % 8)
		ice("static pointer of %s at %lld", l->name, (long long)off);
	StaticReloc *r = NEW(perm, StaticReloc);
	r->off = off;
	r->kind = kind;
	r->sym = sym;
	r->add = add;
	vec_push(&data_of(l)->relocs, r);
}

/* The constant c of type t at l+off (gc's staticdata.InitConst). */
static void put_const(Obj *l, int64_t off, Type *t, Const *c) {
	switch (t->kind) {
	case TY_BOOL:
		put_int(l, off, 1, c->kind == CV_BOOL ? c->b : const_int64(c) != 0);
		return;
	case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
		put_int(l, off, types_size(t), const_uint64(c));
		return;
	case TY_FLOAT32: {
		float f = (float)const_float64(c);
		put_bytes(l, off, &f, 4);
		return;
	}
	case TY_FLOAT64: {
		double d = const_float64(c);
		put_bytes(l, off, &d, 8);
		return;
	}
	case TY_COMPLEX64:
	case TY_COMPLEX128: {
		double re = c->kind == CV_COMPLEX || c->kind == CV_FLOAT || c->kind == CV_INT ? const_float64(c) : 0;
		double im = c->kind == CV_COMPLEX ? const_imag64(c) : 0;
		if (t->kind == TY_COMPLEX64) {
			float f[2] = {(float)re, (float)im};
			put_bytes(l, off, f, 8);
		} else {
			double d[2] = {re, im};
			put_bytes(l, off, d, 16);
		}
		return;
	}
	case TY_STRING:
		if (c->slen > 0) {
			SsaString *s = NEW(perm, SsaString);
			s->s = c->s;
			s->len = c->slen;
			put_reloc(l, off, SR_BYTES, s, 0);
			put_int(l, off + 8, 8, (uint64_t)c->slen);
		}
		return;
	case TY_POINTER: case TY_UNSAFEPTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE:
		return; /* nil */
	default:
		ice("static constant of type %s", type_string(perm, t, true));
	}
}

/* A fresh static temp of type t (gc's StaticName). */
static Obj *new_temp(Type *t) {
	Obj *o = NEW(perm, Obj);
	o->kind = OBJ_VAR;
	o->vclass = VC_GLOBAL;
	o->type = t;
	o->pkg = S.pkg->path;
	o->name = arena_printf(perm, ".stmp_%d", S.ntemp++);
	o->linkname = arena_printf(perm, "%s.%s", S.pkg->path ? S.pkg->path : "main", o->name);
	data_of(o)->temp = true;
	return o;
}

/* ---- what is left for P.init ---- */

static void add_step(InitStep *st) { vec_push(&S.si->steps, st); }

static void dyn_assign(Obj *l, int64_t off, Node *e) {
	InitStep *st = NEW(perm, InitStep);
	st->dst = l;
	st->off = off;
	st->expr = e;
	st->type = e->type;
	add_step(st);
}

static void dyn_copy(Obj *l, int64_t off, Type *t, Obj *src, int64_t srcoff) {
	InitStep *st = NEW(perm, InitStep);
	st->dst = l;
	st->off = off;
	st->type = t;
	st->src = src;
	st->srcoff = srcoff;
	add_step(st);
}

/* gc's assign closure: static if possible, else l.off = v at run time */
static void assign(Obj *l, int64_t off, Node *v) {
	if (!static_assign(l, off, v, v->type))
		dyn_assign(l, off, v);
}

/* ---- plans: the elements of array and struct literals by offset ---- */

static Plan *init_plan(Node *n, Type *t);

static void add_value(Plan *p, int64_t off, Node *n) {
	if (is_zero(n))
		return;
	Node *u = unparen(n);
	if (u->kind == N_COMPOSITE && (u->type->kind == TY_ARRAY || u->type->kind == TY_STRUCT)) {
		Plan *q = init_plan(u, u->type);
		for (int i = 0; i < q->e.len; i++) {
			PlanEntry *qe = q->e.data[i];
			PlanEntry *e = NEW(perm, PlanEntry);
			e->off = qe->off + off;
			e->expr = qe->expr;
			vec_push(&p->e, e);
		}
		return;
	}
	PlanEntry *e = NEW(perm, PlanEntry);
	e->off = off;
	e->expr = u;
	vec_push(&p->e, e);
}

/* n: a literal of array, slice or struct type t (t may differ from n->type
 * for an elided &T{...}, whose type is *T) */
static Plan *init_plan(Node *n, Type *t) {
	Plan *p = ptrmap_get(&S.plans, n);
	if (p)
		return p;
	p = NEW(perm, Plan);
	ptrmap_put(&S.plans, n, p);
	types_size(t);
	if (t->kind == TY_STRUCT) {
		for (int i = 0; i < n->list.len; i++) {
			Node *e = n->list.data[i];
			Field *f = NULL;
			Node *val = e;
			if (e->kind == N_KEYVALUE) {
				const char *name = unparen(e->x)->name;
				for (int j = 0; j < t->fields.len; j++)
					if (((Field *)t->fields.data[j])->name == name)
						f = t->fields.data[j];
				val = e->y;
			} else if (i < t->fields.len) {
				f = t->fields.data[i];
			}
			if (!f)
				ice("static struct literal: no field for element %d", i);
			if (f->name && strcmp(f->name, "_") == 0)
				continue;
			add_value(p, f->offset, val);
		}
	} else {
		int64_t k = 0, esize = types_size(t->elem);
		for (int i = 0; i < n->list.len; i++) {
			Node *e = n->list.data[i];
			Node *val = e;
			if (e->kind == N_KEYVALUE) {
				k = const_int64(e->x->val);
				val = e->y;
			}
			add_value(p, k * esize, val);
			k++;
		}
	}
	return p;
}

/* The elements of a plan at l+loff. */
static void assign_plan(Obj *l, int64_t loff, Plan *p) {
	for (int i = 0; i < p->e.len; i++) {
		PlanEntry *e = p->e.data[i];
		Const *c = node_const(e->expr);
		if (c)
			put_const(l, loff + e->off, e->expr->type, c);
		else
			assign(l, loff + e->off, e->expr);
	}
}


/* The slice literal n (of slice type t) at l+loff: its elements in a temp
 * array, the slice header pointing at it. key: the node static_copy may
 * look the temp up by (NULL: none). */
static void slice_lit(Obj *l, int64_t loff, Node *key, Node *n, Type *t) {
	Plan *p = init_plan(n, t);
	int64_t len = complit_slice_len(n);
	Obj *a = new_temp(type_array(t->elem, len));
	if (key)
		ptrmap_put(&S.temps, key, a);
	put_reloc(l, loff, SR_ADDR, a, 0);
	put_int(l, loff + 8, 8, (uint64_t)len);
	put_int(l, loff + 16, 8, (uint64_t)len);
	assign_plan(a, 0, p);
}

/* &lit (lit of type t: struct, array, slice or map) at l+loff: a temp holding lit. */
static void ptr_lit(Obj *l, int64_t loff, Node *key, Node *lit, Type *t) {
	Obj *a = new_temp(t);
	ptrmap_put(&S.temps, key, a);
	put_reloc(l, loff, SR_ADDR, a, 0);
	if (t->kind == TY_MAP) {
		dyn_assign(a, 0, lit); /* lit has type t here (not an elided &T) */
		return;
	}
	if (t->kind == TY_SLICE)
		slice_lit(a, 0, lit == key ? NULL : lit, lit, t);
	else
		assign_plan(a, 0, init_plan(lit, t));
}

/* gc's StaticLoc: n is a package variable or a field or constant-index
 * array element of one, without indirection: its variable and offset. */
static bool static_loc(Node *n, Obj **obj, int64_t *off) {
	n = unparen(n);
	switch (n->kind) {
	case N_NAME:
		if (!n->obj || n->obj->kind != OBJ_VAR || n->obj->vclass != VC_GLOBAL)
			return false;
		*obj = n->obj;
		*off = 0;
		return true;
	case N_SELECTOR:
		if (n->sel_kind == SEL_QUALIFIED) {
			if (!n->obj || n->obj->kind != OBJ_VAR)
				return false;
			*obj = n->obj;
			*off = 0;
			return true;
		}
		if (n->sel_kind != SEL_FIELD || n->sel_indirect || unparen(n->x)->type->kind == TY_POINTER)
			return false;
		if (!static_loc(n->x, obj, off))
			return false;
		{
			Type *t = unparen(n->x)->type;
			for (int i = 0; i < n->path.len; i++) {
				Field *f = n->path.data[i];
				if (t->kind != TY_STRUCT)
					return false;
				types_size(t);
				*off += f->offset;
				t = f->type;
			}
		}
		return true;
	case N_INDEX: {
		Type *xt = unparen(n->x)->type;
		Const *c = node_const(unparen(n->y));
		if (xt->kind != TY_ARRAY || !c || c->kind != CV_INT)
			return false;
		if (!static_loc(n->x, obj, off))
			return false;
		*off += const_int64(c) * types_size(xt->elem);
		return true;
	}
	default:
		return false;
	}
}

/* The object a name or qualified identifier refers to; for a method
 * expression T.M whose receiver is T, the method (gc's OMETHEXPR FuncName;
 * goc's other method expressions are wrappers ssagen makes). NULL if none. */
static Obj *name_obj(Node *n) {
	n = unparen(n);
	if (n->kind == N_NAME || (n->kind == N_SELECTOR && n->sel_kind == SEL_QUALIFIED))
		return n->obj;
	if (n->kind == N_SELECTOR && n->sel_kind == SEL_METHODEXPR && n->method && n->method->func) {
		Obj *mf = n->method->func;
		Type *rt = mf->type && mf->type->recv ? mf->type->recv->type : NULL;
		if (rt && type_identical(unparen(n->x)->type, rt))
			return mf;
	}
	return NULL;
}

/* gc's staticcopy: l+loff = rn (of type typ), rn already initialised. */
static bool static_copy(Obj *l, int64_t loff, Obj *rn, Type *typ) {
	if (rn->kind == OBJ_FUNC) {
		put_reloc(l, loff, SR_FUNC, rn, 0);
		return true;
	}
	if (rn->kind != OBJ_VAR || rn->vclass != VC_GLOBAL || !rn->pkg || !S.pkg->path || strcmp(rn->pkg, S.pkg->path) != 0)
		return false;
	Node *spec = rn->decl;
	if (!spec || spec->kind != N_VARSPEC || spec->list.len != 1 || spec->list2.len != 1)
		return false; /* not `var rn = e` (gc: Defn is not an OAS) */
	if (rn->type->kind == TY_STRING) /* perhaps overwritten by the linker's -X (gc) */
		return false;
	Node *r = unparen(spec->list2.data[0]);
	while (conv_is_noop(r) && !node_const(r) && !type_identical(r->type, typ))
		r = unparen(r->x);
	Const *c = node_const(r);
	if (c) {
		put_const(l, loff, r->type, c);
		return true;
	}
	if (is_nil(r))
		return true;
	Obj *o = name_obj(r);
	if (o && (o->kind == OBJ_VAR || o->kind == OBJ_FUNC)) {
		if (!static_copy(l, loff, o, typ))
			dyn_copy(l, loff, typ, o, 0);
		return true;
	}
	if (r->kind == N_UNARY && r->op == TK_AND) {
		Obj *a = name_obj(r->x);
		if (a && a->kind == OBJ_VAR && a->vclass == VC_GLOBAL) {
			put_reloc(l, loff, SR_ADDR, a, 0);
			return true;
		}
		Obj *tmp = ptrmap_get(&S.temps, r);
		if (!tmp)
			return false;
		put_reloc(l, loff, SR_ADDR, tmp, 0); /* the same object: copy the pointer */
		return true;
	}
	if (r->kind != N_COMPOSITE)
		return false;
	if (r->type->kind == TY_SLICE) {
		Obj *tmp = ptrmap_get(&S.temps, r);
		if (!tmp)
			return false;
		put_reloc(l, loff, SR_ADDR, tmp, 0);
		put_int(l, loff + 8, 8, (uint64_t)tmp->type->len);
		put_int(l, loff + 16, 8, (uint64_t)tmp->type->len);
		return true;
	}
	if (r->type->kind != TY_ARRAY && r->type->kind != TY_STRUCT)
		return false;
	Plan *p = ptrmap_get(&S.plans, r);
	if (!p)
		return false;
	for (int i = 0; i < p->e.len; i++) {
		PlanEntry *e = p->e.data[i];
		Const *ec = node_const(e->expr);
		if (ec) {
			put_const(l, loff + e->off, e->expr->type, ec);
			continue;
		}
		Obj *x = name_obj(e->expr);
		if (x && (x->kind == OBJ_VAR || x->kind == OBJ_FUNC) && static_copy(l, loff + e->off, x, e->expr->type))
			continue;
		if (is_nil(e->expr))
			continue;
		/* computed at run time: copy what rn's initialisation computed */
		dyn_copy(l, loff + e->off, e->expr->type, rn, e->off);
	}
	return true;
}

/* The interface value r (a conversion to an interface type) at l+loff
 * (gc's OCONVIFACE case). */
static bool iface_assign(Obj *l, int64_t loff, Node *r) {
	Node *val = unparen(r);
	while (val->kind == N_CONV && val->type->kind == TY_INTERFACE && !node_const(val))
		val = unparen(val->x);
	if (val->type->kind == TY_INTERFACE)
		return is_nil(val);
	Type *it = r->type; /* the interface type, as the dynamic conversion names its itab */
	bool empty = it->methods.len == 0;
	if (empty) {
		put_reloc(l, loff, SR_TYPE, val->type, 0);
	} else {
		ItabSym *is = NEW(perm, ItabSym);
		is->type = val->type;
		is->iface = it;
		put_reloc(l, loff, SR_ITAB, is, 0);
	}
	if (type_is_direct_iface(val->type)) {
		if (!is_nil(val))
			assign(l, loff + 8, val);
	} else {
		Obj *a = new_temp(val->type);
		assign(a, 0, val);
		put_reloc(l, loff + 8, SR_ADDR, a, 0);
	}
	return true;
}

/* gc's StaticAssign: l+loff = r (of type typ) at link time, with the parts
 * that cannot be appended as dynamic steps. False (having done nothing) if
 * r as a whole must be computed at run time. */
static bool static_assign(Obj *l, int64_t loff, Node *r, Type *typ) {
	if (!r)
		return true;
	r = strip_noop(r);
	Const *c = node_const(r);
	if (c) {
		put_const(l, loff, r->type, c);
		return true;
	}
	if (is_nil(r))
		return true;
	Obj *o = name_obj(r);
	if (o && (o->kind == OBJ_VAR || o->kind == OBJ_FUNC))
		return static_copy(l, loff, o, typ);
	switch (r->kind) {
	case N_UNARY: {
		if (r->op != TK_AND)
			return false;
		Obj *name;
		int64_t off;
		if (static_loc(r->x, &name, &off)) {
			put_reloc(l, loff, SR_ADDR, name, off);
			return true;
		}
		Node *lit = unparen(r->x);
		if (lit->kind != N_COMPOSITE)
			return false;
		switch (lit->type->kind) {
		case TY_STRUCT: case TY_ARRAY: case TY_SLICE: case TY_MAP:
			ptr_lit(l, loff, r, lit, lit->type);
			return true;
		default:
			return false;
		}
	}
	case N_COMPOSITE:
		switch (r->type->kind) {
		case TY_POINTER: /* an elided &T{...} inside another literal */
			switch (r->type->elem->kind) {
			case TY_STRUCT: case TY_ARRAY: case TY_SLICE:
				ptr_lit(l, loff, r, r, r->type->elem);
				return true;
			default:
				return false;
			}
		case TY_SLICE:
			slice_lit(l, loff, r, r, r->type);
			return true;
		case TY_ARRAY:
		case TY_STRUCT:
			assign_plan(l, loff, init_plan(r, r->type));
			return true;
		default:
			return false; /* maps */
		}
	case N_CONV: {
		if (r->type->kind == TY_INTERFACE)
			return iface_assign(l, loff, r);
		Node *x = unparen(r->x);
		Const *s = node_const(x);
		if (r->type->kind == TY_SLICE && r->type->elem->under->kind == TY_UINT8 && s && s->kind == CV_STRING) {
			/* []byte("...") (gc's InitSliceBytes): a writable copy of the bytes */
			Obj *a = new_temp(type_array(ty_uint8, s->slen));
			put_bytes(a, 0, s->s, s->slen);
			put_reloc(l, loff, SR_ADDR, a, 0);
			put_int(l, loff + 8, 8, (uint64_t)s->slen);
			put_int(l, loff + 16, 8, (uint64_t)s->slen);
			return true;
		}
		return false;
	}
	case N_FUNCLIT: {
		if (r->captures.len)
			return false;
		/* a closure without captured variables: its static closure object */
		put_reloc(l, loff, SR_FUNC, r->obj, 0);
		vec_push(&S.si->funclits, r);
		return true;
	}
	default:
		return false;
	}
}

/* gc's AnySideEffects, for `var _ = e`: may e do anything observable? */
static bool side_effects(Node *n) {
	n = unparen(n);
	if (!n || node_const(n))
		return false;
	switch (n->kind) {
	case N_NAME:
		return false;
	case N_COMPOSITE:
		for (int i = 0; i < n->list.len; i++) {
			Node *e = n->list.data[i];
			if (e->kind == N_KEYVALUE ? side_effects(e->x) || side_effects(e->y) : side_effects(e))
				return true;
		}
		return false;
	case N_KEYVALUE:
		return side_effects(n->x) || side_effects(n->y);
	case N_CONV:
		if (n->type->kind == TY_POINTER && unparen(n->x)->type->kind == TY_SLICE)
			return true; /* slice to array pointer: may panic */
		return side_effects(n->x);
	case N_SELECTOR:
		if (n->sel_kind == SEL_QUALIFIED)
			return false;
		if (n->sel_kind != SEL_FIELD || n->sel_indirect || unparen(n->x)->type->kind == TY_POINTER)
			return true;
		return side_effects(n->x);
	case N_UNARY:
		if (n->op == TK_ARROW)
			return true;
		return side_effects(n->x);
	case N_BINARY:
		if (n->op == TK_QUO || n->op == TK_REM) {
			Const *c = node_const(unparen(n->y));
			if (!c || (c->kind == CV_INT && mpz_sgn(c->i) == 0))
				return true;
		}
		return side_effects(n->x) || side_effects(n->y);
	case N_BUILTINCALL:
		switch (n->builtin) {
		case BI_LEN: case BI_CAP: case BI_NEW: case BI_REAL: case BI_IMAG: case BI_COMPLEX:
			for (int i = 0; i < n->list.len; i++)
				if (n->builtin != BI_NEW && side_effects(n->list.data[i]))
					return true;
			return false;
		default:
			return true;
		}
	default:
		return true;
	}
}

StaticInit *staticinit_package(Package *pkg) {
	ptrmap_free(&S.data);
	ptrmap_free(&S.temps);
	ptrmap_free(&S.plans);
	memset(&S, 0, sizeof S);
	S.pkg = pkg;
	S.si = NEW(perm, StaticInit);
	for (int i = 0; i < pkg->init_order.len; i++) {
		Node *s = pkg->init_order.data[i];
		if (s->kind == N_VARSPEC && s->list.len == 1 && s->list2.len == 1) {
			Node *name = s->list.data[0];
			Node *r = s->list2.data[0];
			Obj *o = name->obj;
			if (!o || name->is_blank || strcmp(o->name, "_") == 0) {
				if (!side_effects(r))
					continue; /* var _ = e: nothing to do */
			} else if (static_assign(o, 0, r, o->type)) {
				continue;
			}
		}
		InitStep *st = NEW(perm, InitStep);
		st->stmt = s;
		add_step(st);
	}
	return S.si;
}
