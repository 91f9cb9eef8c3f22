/* escape.c — escape analysis (gc: cmd/compile/internal/escape), on the
 * checked AST of a package, before SSA construction.
 *
 * The model is gc's.  Every variable of a function (parameters and results
 * included) and every allocation site (new, &T{...}, slice literals, make of
 * a slice, func literals) is a location.  Evaluating an expression into a
 * "hole" (a destination location and a dereference count) adds an edge
 * dst <- src with derefs: -1 for &x, 0 for a copy of a value, +1 for *p.
 * Then every location is walked as a root: a breadth-first walk over the
 * edges keeps, for each location reached, the least derefs of any path
 * (Bellman-Ford, as gc's walkOne).  A location reached with derefs < 0 has
 * its address flowing to the root; if the root outlives it (the heap
 * outlives everything, results outlive the function's locals, a variable
 * declared outside a loop outlives what the loop allocates, a variable of
 * an enclosing function outlives a closure's allocations) the location
 * escapes, and becomes a root itself.  A parameter reached from the heap or
 * from its function's result records a leak (gc's paramTag), which calls
 * to the function from later-analysed functions of the package use.
 *
 * Decisions are used by ssagen: a variable whose address is taken but does
 * not escape stays in the frame (Obj.stackok), an allocation site that does
 * not escape is a stack slot (Node.stackalloc), within gc's size limits.
 * Everything goc does not model is sent to the heap, so a missing case can
 * only make a value escape, never keep an escaping one on the stack:
 *   - calls to functions of other packages, func values, interface
 *     methods, go and defer statements: their arguments escape;
 *   - stores through pointers, slices and maps go to the heap (gc too),
 *     so what a map read or a channel receive gives came from the heap,
 *     and an assignment that stores no new pointer into an object
 *     (b.buf = b.buf[i:j], v.x = v.y: gc's isSelfAssign) stores nothing;
 *   - interface conversions, string conversions, append, method values,
 *     variadic argument slices and map/chan makes allocate on the heap
 *     (their sites are heap locations);
 *   - a label some goto after it jumps back to heads a loop: from there
 *     on the loop depth is one more (gc's looping labels);
 *   - an inlined call (inl.c, N_INLCALL) is its statements: its
 *     variables are the caller's, its results the caller reads; a
 *     variable captured only by closures the function no longer makes
 *     (their calls were inlined) is a plain one; unsafe.Pointer(uintptr(p)
 *     + n) carries p (gc's unsafeValue);
 *   - recursion: a call of the function analysed goes to its own parameters
 *     and results (gc's batch); mutual recursion (a call to a function
 *     being analysed) leaks everything;
 * -m prints the decisions in gc's words (moved to heap: x, &T{...} escapes
 * to heap, make([]int, 16) does not escape, leaking param: p, ...).
 */
#include "ssa.h"
#include <limits.h>

enum {
	MAX_STACK_VAR = 10 << 20,        // gc: maxStackVarSize, explicit variables
	MAX_IMPLICIT_STACK = 64 << 10,   // gc: maxImplicitStackVarSize, new/&T{}/make/literals
	NOLEAK = INT_MAX,
	MAXRES = 8,
};

typedef struct Loc Loc;

/* -m=2: why a value flows where it does (gc's notes): the expression and
 * a word for what it does, innermost first. */
typedef struct Note {
	Node *where;        // printed as gc prints the node, or
	const char *text;   // ... this text at pos
	Pos pos;
	const char *why;
	struct Note *next;
} Note;

typedef struct Edge {
	Loc *src;
	int derefs;
	Note *notes;
} Edge;

struct Loc {
	Obj *var;           // a variable, or
	Node *site;         // an allocation site (NULL for both: the heap)
	Node *fn;           // the function (N_FUNCDECL / N_FUNCLIT) it belongs to
	int loopdepth;
	Edge *edges;        // incoming: this location = src (+derefs)
	int nedges, capedges;
	bool escapes;
	bool isresult, isparam;
	bool heapsite;      // an allocation goc always makes on the heap
	bool addrseen;      // a variable whose address the analysis saw taken
	bool declared;      // a variable whose declaration the walk saw (so its loop depth is right)
	bool reassigned;    // a variable assigned other than by its declaration (gc's loc.reassigned)
	bool capturedyet;   // a variable a closure of this batch has captured already
	bool closurecalled; // a result of a func literal called where it stands (gc's ClosureCalled)
	bool hasmsgpos;     // -m reports it at msgpos, not at its declaration
	Pos msgpos;
	int walkgen, derefs;
	bool queued;
	Loc *dst;           // -m=2: the walk reached this location from dst ...
	int dstedge;        // ... through dst->edges[dstedge]
	int leakheap;               // param: least derefs at which it reaches the heap
	int leakres[MAXRES];        // param: ... the function's result i
};

typedef struct Hole {
	Loc *dst;           // NULL: discard
	int derefs;
	Note *notes;        // -m=2
} Hole;

/* What a function's parameters leak to, for its callers (gc's param tags). */
typedef struct Tags {
	int nparams;        // receiver first, then the parameters
	int nres;
	int *heap;          // [nparams]
	int *res;           // [nparams * nres]
} Tags;

static struct {
	Package *pkg;
	Vec locs;           // Loc*
	Loc *heap;
	PtrMap varlocs;     // Obj* -> Loc*
	PtrMap sitelocs;    // Node* -> Loc*
	Node *curfn;        // function whose body is being walked
	int loopdepth;
	Vec results;        // Loc* of curfn's results
	bool hasgoto;       // curfn has a goto (closures capture by reference)
	Node *topfn;        // the function of the batch (curfn is it or one of its closures)
	PtrMap reassigned;  // Obj* -> 1 assigned after its declaration, 2 not (static_value)
	PtrMap looping;     // N_LABELED -> 1: the target of a goto after it (gc: a looping label)
	int walkgen;
	PtrMap tags;        // Obj* (function) -> Tags*
	PtrMap state;       // Obj* (function) -> 1 being analysed, 2 done
	bool report;        // -m lines for the functions of pkg
	bool reportfn;      // ... and curfn is one of them
	bool explain;       // ... and -m=2: notes on edges, flows explained (gc's explainPath)
	PtrMap parents;     // N_FUNCLIT -> the function it is in
	Vec closures;       // N_FUNCLIT* walked, whose captures get their edges at the end (flowclosures)
	Vec closurelocs;    // Loc* of each
} E;

bool escape_debug;      // -m


/* ---------------- locations and holes ---------------- */

static Loc *newloc(Obj *var, Node *site) {
	Loc *l = calloc(1, sizeof *l);
	l->var = var;
	l->site = site;
	l->fn = E.curfn;
	l->loopdepth = E.loopdepth;
	l->leakheap = NOLEAK;
	for (int i = 0; i < MAXRES; i++)
		l->leakres[i] = NOLEAK;
	vec_push(&E.locs, l);
	return l;
}

static Loc *varloc(Obj *o) {
	Loc *l = ptrmap_get(&E.varlocs, o);
	if (!l) {
		/* first met at a use: its declaration comes later (declvar sets
		 * its depth) or never, and then it is not `declared`, which keeps
		 * it off the stack (analyse) */
		l = newloc(o, NULL);
		ptrmap_put(&E.varlocs, o, l);
	}
	return l;
}

static void addedge(Loc *dst, Loc *src, int derefs, Note *notes) {
	if (!dst || !src)
		return;
	if (dst->nedges == dst->capedges) {
		dst->capedges = dst->capedges ? dst->capedges * 2 : 4;
		dst->edges = realloc(dst->edges, sizeof(Edge) * (size_t)dst->capedges);
	}
	dst->edges[dst->nedges++] = (Edge){src, derefs, notes};
}

static Hole hole(Loc *l) { return (Hole){l, 0, NULL}; }
static Hole heaphole(void) { return (Hole){E.heap, 0, NULL}; }
static Hole discard(void) { return (Hole){NULL, 0, NULL}; }
static Hole deref(Hole k) { k.derefs++; return k; }
static Hole addrof(Hole k) { k.derefs--; return k; }

/* k, with a note for -m=2 (gc: hole.note) */
static Hole note(Hole k, Node *where, const char *why) {
	if (E.explain && k.dst && where) {
		Note *n = NEW(perm, Note);
		*n = (Note){.where = where, .pos = where->pos, .why = why, .next = k.notes};
		k.notes = n;
	}
	return k;
}
/* ... a note whose expression gc prints as text (an implicit node) */
static Hole note_text(Hole k, const char *text, Pos pos, const char *why) {
	if (E.explain && k.dst) {
		Note *n = NEW(perm, Note);
		*n = (Note){.text = text, .pos = pos, .why = why, .next = k.notes};
		k.notes = n;
	}
	return k;
}
static Hole deref_at(Hole k, Node *where, const char *why) { return note(deref(k), where, why); }
static Hole addr_at(Hole k, Node *where, const char *why) { return note(addrof(k), where, why); }

static void flow(Hole k, Loc *src) {
	if (k.dst)
		addedge(k.dst, src, k.derefs, k.notes);
}

/* ---------------- expressions ---------------- */

static void expr(Hole k, Node *n);
static void stmts(Vec *list);
static void stmt(Node *n);

/* An inlined call (inl.c): its statements; its results are in the
 * variables of its list2 (the caller reads them). */
static void inlcall(Node *n) { stmts(&n->list); }

/* A multi-value expression's parts: an inlined call's result variables,
 * else NULL (a call or a comma-ok form: the heap's values). */
static Vec *tuple_parts(Node *r) {
	while (r && r->kind == N_PAREN)
		r = r->x;
	if (r && r->kind == N_INLCALL && r->type && r->type->kind == TY_TUPLE) {
		inlcall(r);
		return &r->list2;
	}
	return NULL;
}

static Node *unparen(Node *n) {
	while (n && n->kind == N_PAREN)
		n = n->x;
	return n;
}

/* t's underlying type (t itself when it has none recorded), NULL for NULL */
static Type *under(Type *t) { return t && t->under ? t->under : t; }

/* ---------------- indexes that cannot be out of range ---------------- */

static bool small_int_const(Node *n, int64_t *v) {
	n = unparen(n);
	if (!n->val || n->val->kind != CV_INT || !mpz_fits_slong_p(n->val->i))
		return false;
	*v = mpz_get_si(n->val->i);
	return *v >= -(1LL << 31) && *v < (1LL << 31);  /* gc's IsSmallIntConst: fits an int32 */
}

/* gc's walk.bounded: an index expression whose value is always in [0, max)
 * by its type and shape alone (x & c, x % c, x / c, x >> c of unsigned x) */
static bool bounded(Node *n, int64_t max) {
	n = unparen(n);
	Type *t = under(n->type);
	if (!t || !type_is_integer(t) || type_is_untyped(t))
		return false;
	bool sign = !type_is_unsigned(t);
	int bits = 8 * (int)types_size(t);
	int64_t v;
	if (small_int_const(n, &v))
		return 0 <= v && v < max;
	if (n->kind == N_BINARY) {
		bool hasc = small_int_const(n->y, &v);
		switch (n->op) {
		case TK_AND:
		case TK_AND_NOT: {
			int64_t m = -1;
			if (small_int_const(n->x, &m)) {
			} else if (hasc) {
				m = v;
				if (n->op == TK_AND_NOT) {
					m = ~m;
					if (!sign)
						m &= bits >= 64 ? -1 : (int64_t)((1ULL << bits) - 1);
				}
			}
			if (0 <= m && m < max)
				return true;
			break;
		}
		case TK_REM:
			if (!sign && hasc && 0 <= v && v <= max)
				return true;
			break;
		case TK_QUO:
			if (!sign && hasc)
				for (; bits > 0 && v >= 2; v >>= 1)
					bits--;
			break;
		case TK_SHR:
			if (!sign && hasc) {
				if (v > bits)
					return true;
				bits -= (int)v;
			}
			break;
		default:
			break;
		}
	}
	return !sign && bits <= 62 && (1LL << bits) <= max;
}

bool ssa_index_bounded(Node *n) {
	Node *x = unparen(n->x);
	Type *t = under(x->type);
	if (t && t->kind == TY_POINTER)
		t = under(t->elem);
	if (t && t->kind == TY_ARRAY)
		return bounded(n->y, t->len);
	if (x->val && x->val->kind == CV_STRING)
		return bounded(n->y, x->val->slen);
	return false;
}

/* -m: gc's walkIndex says so when the index is not a constant */
static void msg(Pos p, const char *text);
static void note_bounded(Node *n) {
	if (E.reportfn && !unparen(n->y)->val && ssa_index_bounded(n))
		msg(n->pos, "index bounds check elided");
}

static bool is_local_var(Node *n) {
	n = unparen(n);
	return n && n->kind == N_NAME && n->obj && n->obj->kind == OBJ_VAR && n->obj->vclass != VC_GLOBAL &&
	       n->obj->owner;
}

static bool is_pointerish(Type *t) {
	return t && type_has_pointers(t);
}

/* &x, x[:], x.M() with a pointer receiver: the variable at the root of x
 * has its address taken here (its flows are modelled, even when they cancel
 * out, as for &tmp's contents copied by append(b, tmp[:]...)). */
static void mark_addr(Node *x) {
	for (;;) {
		x = unparen(x);
		if (!x)
			return;
		if (x->kind == N_SELECTOR && x->sel_kind == SEL_FIELD && !x->sel_indirect) {
			x = x->x;
			continue;
		}
		if (x->kind == N_INDEX && x->x->type && under(x->x->type)->kind == TY_ARRAY) {
			x = x->x;
			continue;
		}
		break;
	}
	if (is_local_var(x))
		varloc(x->obj)->addrseen = true;
}

static void explain_heapsite(Loc *l, const char *why);

/* An allocation site: its location, and the value flows into k as its
 * address.  heapwhy: NULL if it may live in the frame, else why it is
 * always on the heap (gc's HeapAllocReason, "" for goc's own reasons). */
static Loc *sitealloc(Hole k, Node *n, const char *heapwhy) {
	Loc *l = newloc(NULL, n);
	ptrmap_put(&E.sitelocs, n, l);
	if (heapwhy) {
		l->heapsite = l->escapes = true;
		if (E.explain && *heapwhy)
			explain_heapsite(l, heapwhy);
	}
	flow(addr_at(k, n, "spill"), l);
	return l;
}

#define BIG(cond) ((cond) ? "too large for stack" : NULL)

/* Where an assignment to n stores: its variable's location, or the heap. */
static Hole addrhole(Node *n) {
	n = unparen(n);
	if (!n)
		return discard();
	switch (n->kind) {
	case N_NAME:
		if (n->is_blank || (n->name && !strcmp(n->name, "_")))
			return discard();
		if (is_local_var(n))
			return hole(varloc(n->obj));
		return heaphole();  // a global
	case N_SELECTOR:
		if (n->sel_kind == SEL_FIELD && !n->sel_indirect)
			return addrhole(n->x);  // a field of a struct value
		expr(discard(), n->x);
		return heaphole();
	case N_INDEX: {
		Type *t = under(n->x->type);
		expr(t && t->kind == TY_MAP ? heaphole() : discard(), n->y);  // a map keeps its keys
		note_bounded(n);
		if (t && t->kind == TY_ARRAY)
			return addrhole(n->x);
		expr(discard(), n->x);
		return heaphole();  // slice element, map entry, *array
	}
	default:
		expr(discard(), n);
		return heaphole();
	}
}

static Tags *tags_of(Obj *fn);

/* The parameters (receiver first) and results of a function node. */
static void func_params(Node *fn, Vec *params, Vec *results) {
	Obj *recv = NULL;
	if (fn->kind == N_FUNCDECL && fn->recv) {
		for (int i = 0; i < fn->locals.len; i++) {  // the receiver's Obj has index -1
			Obj *o = fn->locals.data[i];
			if (o->vclass == VC_PARAM && o->index == -1)
				recv = o;
		}
		vec_push(params, recv);
	}
	int maxp = -1, maxr = -1;
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = fn->locals.data[i];
		if (o == recv)
			continue;
		if (o->vclass == VC_PARAM && o->index > maxp)
			maxp = o->index;
		if (o->vclass == VC_RESULT && o->index > maxr)
			maxr = o->index;
	}
	int base = params->len;
	for (int i = 0; i <= maxp; i++)
		vec_push(params, NULL);
	for (int i = 0; i <= maxr; i++)
		vec_push(results, NULL);
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = fn->locals.data[i];
		if (o == recv)
			continue;
		if (o->vclass == VC_PARAM && o->index >= 0)
			params->data[base + o->index] = o;
		if (o->vclass == VC_RESULT && o->index >= 0)
			results->data[o->index] = o;
	}
}

/* A fresh location holding the value of a (its address, if addr): an
 * expression is evaluated once, then flows wherever it must go. */
/* how an argument expression becomes the argument: as is, its address
 * (&x for a pointer method on an addressable x), or what it points to
 * (*p for a value method called through a pointer) */
enum { ARG_VALUE = 0, ARG_ADDR = 1, ARG_DEREF = 2 };

/* the hole an argument evaluated as mode goes to, given the parameter's hole */
static Hole arg_mode(Hole k, Node *a, int mode) {
	if (mode == ARG_ADDR) {
		mark_addr(a);
		return addrof(k);
	}
	return mode == ARG_DEREF ? deref(k) : k;
}

static Loc *tmploc(Node *a, int mode) {
	Loc *t = newloc(NULL, NULL);
	expr(arg_mode(hole(t), a, mode), a);
	return t;
}

/* The holes of the results of the call being analysed when it has
 * several (r1, r2 := f(...), return f(...)); NULL: they all go to k */
static Hole *call_ks;
static int call_nks;

static Hole shift(Hole k, int derefs) { k.derefs += derefs; return k; }

/* Where parameter slot ti of a call with tags tg (NULL: unknown callee,
 * the argument escapes) leaks: the heap, and the call's value k (or its
 * results call_ks) for what it leaks to the callee's results; returns
 * how many holes it put in ks. */
static int arg_holes(Hole k, Tags *tg, int ti, Hole *ks) {
	if (!tg || ti >= tg->nparams) {
		ks[0] = heaphole();
		return 1;
	}
	int n = 0;
	if (tg->heap[ti] != NOLEAK)
		ks[n++] = shift(heaphole(), tg->heap[ti]);
	if (call_ks) {  // result r of the call goes to call_ks[r]
		for (int r = 0; r < tg->nres && r < call_nks; r++) {
			int x = tg->res[ti * tg->nres + r];
			if (x != NOLEAK && call_ks[r].dst)
				ks[n++] = shift(call_ks[r], x);
		}
		return n;
	}
	int best = NOLEAK;
	for (int r = 0; r < tg->nres; r++)
		if (tg->res[ti * tg->nres + r] < best)
			best = tg->res[ti * tg->nres + r];
	if (best != NOLEAK && k.dst)  // a discarded result keeps nothing
		ks[n++] = shift(k, best);
	return n;
}

/* go/defer f(args) (gc's goDeferStmt): the call runs later, in a wrapper
 * closure.  The arguments are evaluated now into temporaries the wrapper
 * captures, so each flows to the statement's hole W.k (the heap for go and
 * for a defer in a loop; for a top-level defer a location that outlives
 * the function's loops) as well as to its parameter.  A slice literal
 * argument, the implicit "... argument" of a variadic call included, is
 * built inside the wrapper: its elements are what is captured.  W.call is
 * the wrapped call: the calls inside its arguments are ordinary. */
static struct {
	Node *call;
	Hole k;
} W;

/* constants, nil, function names and method expressions: the wrapper
 * evaluates them itself (gc) */
static bool evaluated_by_wrapper(Node *a) {
	a = unparen(a);
	if (a->val)
		return true;
	if ((a->kind == N_NAME || (a->kind == N_SELECTOR && a->sel_kind == SEL_QUALIFIED)) && a->obj &&
	    (a->obj->kind == OBJ_NIL || a->obj->kind == OBJ_FUNC))
		return true;
	return a->kind == N_SELECTOR && a->sel_kind == SEL_METHODEXPR;
}

/* does the wrapper capture argument a of call? */
static bool wrap_captures(Node *call, Node *a) {
	if (!W.call || call != W.call)
		return false;
	return !evaluated_by_wrapper(a);
}

/* a slice literal argument of the wrapped call: composite() captures its
 * elements (set for the one literal, cleared as composite() takes it) */
static Node *wrap_peel;

static bool is_slice_literal(Node *a) {
	a = unparen(a);
	return a->kind == N_COMPOSITE && under(a->type) && under(a->type)->kind == TY_SLICE;
}

/* element or argument value a, evaluated to k, captured by the wrapper */
static void expr_captured(Hole k, Node *a) {
	Loc *t = newloc(NULL, NULL);
	expr(hole(t), a);
	flow(k, t);
	flow(W.k, t);
}

/* argument (or "... argument" element) a of call, evaluated to k; captured
 * too when call is a go/defer's wrapped call */
static void expr_arg(Hole k, Node *call, Node *a) {
	if (wrap_captures(call, a))
		expr_captured(k, a);
	else
		expr(k, a);
}


/* the value of t is the argument for slot ti */
static void call_arg_loc(Hole k, Tags *tg, int ti, Loc *t) {
	Hole ks[MAXRES + 1];
	int n = arg_holes(k, tg, ti, ks);
	for (int i = 0; i < n; i++)
		flow(ks[i], t);
}

/* argument a of call for slot ti: straight into the one place it leaks to,
 * or into a temporary that flows to each (gc's tagHole, teeHole) */
static void call_arg(Hole k, Tags *tg, int ti, Node *a, int mode, Node *call) {
	Hole ks[MAXRES + 2];
	int n = arg_holes(k, tg, ti, ks);
	if (wrap_captures(call, a)) {
		if (mode == ARG_VALUE && is_slice_literal(a))
			wrap_peel = unparen(a);
		else
			ks[n++] = W.k;
	}
	if (n <= 1) {
		expr(note(arg_mode(n ? ks[0] : discard(), a, mode), call, "call parameter"), a);
		return;
	}
	Loc *t = newloc(NULL, NULL);
	expr(note(arg_mode(hole(t), a, mode), call, "call parameter"), a);
	for (int i = 0; i < n; i++)
		flow(ks[i], t);
}

/* //go:uintptrescapes: the pointer converted to a uintptr argument
 * (uintptr(unsafe.Pointer(p))) escapes, as gc's peeling of the conversion */
static bool uintptr_escapes(Obj *fn) {
	return fn && fn->decl && (lex_pragmas_before(fn->decl->pos) & PRAGMA_UINTPTRESCAPES);
}

static Node *uintptr_of_pointer(Node *a) {
	a = unparen(a);
	Type *t = under(a->type), *xt = a->kind == N_CONV ? under(unparen(a->x)->type) : NULL;
	if (t && t->kind == TY_UINTPTR && xt && xt->kind == TY_UNSAFEPTR)
		return a->x;
	return NULL;
}

/* The implicit slice of a variadic call ("... argument"): an allocation
 * site holding args[from:] (elements of type et); the caller flows its
 * address to the last parameter.  With uesc (//go:uintptrescapes), the
 * pointers converted to uintptr elements escape instead. */
static Loc *dots_argument(Node *call, Type *et, Vec *args, int from, bool uesc) {
	int64_t n = args->len - from;
	Loc *l = sitealloc(discard(), call, BIG(n > 0 && types_size(et) > MAX_IMPLICIT_STACK / n));
	for (int i = from; i < args->len; i++) {
		Node *p = uesc ? uintptr_of_pointer(args->data[i]) : NULL;
		if (p)
			expr(heaphole(), p);
		else
			expr_arg(note_text(hole(l), "... argument", call->pos, "slice-literal-element"), call, args->data[i]);
	}
	return l;
}

static void call_args_fn(Hole k, Node *call, Tags *tg, Node *recvarg, int recvmode, Type *ft, Obj *fn);
static void call_args(Hole k, Node *call, Tags *tg, Node *recvarg, int recvmode, Type *ft) {
	call_args_fn(k, call, tg, recvarg, recvmode, ft, NULL);
}

static void call_args_fn(Hole k, Node *call, Tags *tg, Node *recvarg, int recvmode, Type *ft, Obj *fn) {
	bool uesc = uintptr_escapes(fn);
	int np = ft ? ft->params.len : 0;
	bool variadic = ft && ft->variadic && !call->has_dots;
	int off = recvarg ? 1 : 0;
	if (recvarg)
		call_arg(k, tg, 0, recvarg, recvmode, call);
	/* f(g()) with g inlined: its result variables are the arguments */
	Vec *parts = call->list.len == 1 ? tuple_parts(call->list.data[0]) : NULL;
	Vec *args = parts ? parts : &call->list;
	if (variadic && args->len >= np) {
		Type *et = ((Field *)ft->params.data[np - 1])->type->elem;
		Loc *l = dots_argument(call, et, args, np - 1, uesc);
		Loc *t = newloc(NULL, NULL);
		flow(note_text(addrof(hole(t)), "... argument", call->pos, "spill"), l);
		if (uesc && under(et)->kind == TY_UINTPTR)
			flow(heaphole(), t);
		else
			call_arg_loc(k, tg, np - 1 + off, t);
	}
	for (int i = 0; i < args->len; i++) {
		Node *a = args->data[i];
		if (variadic && i >= np - 1)
			continue;
		Node *p = uesc && i < np ? uintptr_of_pointer(a) : NULL;
		if (p) {
			expr(heaphole(), p);
			continue;
		}
		if (i >= np)  // f(g()) with several results: g's call
			call_arg(k, NULL, 0, a, ARG_VALUE, call);
		else
			call_arg(k, tg, i + off, a, ARG_VALUE, call);
	}
}

static void call1(Hole k, Node *n);
static void call_multi(Hole k, Hole *ks, int nks, Node *n) {
	Hole *sks = call_ks;
	int snks = call_nks;
	call_ks = ks;
	call_nks = nks;
	call1(k, n);
	call_ks = sks;
	call_nks = snks;
}

static void call(Hole k, Node *n) { call_multi(k, NULL, 0, n); }

/* Does n assign o, other than by o's declaration (gc's ir.Reassigned)? */
static WalkAction assigns1(Node *n, void *arg) {
	Obj *o = arg;
	if (n == o->decl)
		return WALK_CONTINUE;
	if (n->kind == N_ASSIGN)
		for (int i = 0; i < n->list.len; i++) {
			Node *l = unparen(n->list.data[i]);
			if (l && l->kind == N_NAME && l->obj == o)
				return WALK_STOP;
		}
	if (n->kind == N_ASSIGN || n->kind == N_INCDEC || n->kind == N_RANGE) {
		Node *l = unparen(n->x), *l2 = unparen(n->y);
		if ((l && l->kind == N_NAME && l->obj == o) || (n->kind == N_RANGE && l2 && l2->kind == N_NAME && l2->obj == o))
			return WALK_STOP;
	}
	return WALK_CONTINUE;
}

static bool assigns(Node *n, Obj *o) { return node_walk(n, assigns1, o); }

/* gc's ir.StaticValue: what a local variable always holds when it is
 * declared with one value (x := e, var x = e), never assigned again and
 * its address never taken; followed through such variables. */
static Node *static_value(Node *n) {
	for (int guard = 0; guard < 64; guard++) {
		n = unparen(n);
		if (!n || n->kind != N_NAME || !is_local_var(n) || n->obj->addrtaken || !n->obj->decl)
			return n;
		Obj *o = n->obj;
		Node *d = o->decl, *init = NULL;
		if ((d->kind == N_VARSPEC || (d->kind == N_ASSIGN && d->op == TK_DEFINE)) && d->list.len == d->list2.len)
			for (int i = 0; i < d->list.len; i++) {
				Node *l = d->list.data[i];
				if (l && l->kind == N_NAME && l->obj == o)
					init = d->list2.data[i];
			}
		if (!init)
			return n;
		intptr_t st = (intptr_t)ptrmap_get(&E.reassigned, o);
		if (!st) {
			st = assigns(E.topfn ? E.topfn->body : NULL, o) ? 1 : 2;
			ptrmap_put(&E.reassigned, o, (void *)st);
		}
		if (st == 1)
			return n;
		n = init;
	}
	return n;
}

/* a call of the func literal lit (written at the call, or the static value
 * of the func value called): arguments go to its parameters, its results
 * to k (gc: a call of a function in the same batch) */
static void call_funclit(Hole k, Node *n, Node *lit, Type *ft, bool inplace) {
	Vec params = {0}, results = {0};
	func_params(lit, &params, &results);
	bool va = ft && ft->variadic && !n->has_dots;
	if (va ? n->list.len < params.len - 1 || (n->list.len == 1 && tuple_parts(n->list.data[0])) : n->list.len != params.len) {
		call_args(k, n, NULL, NULL, ARG_VALUE, ft);
	} else {
		int nfixed = va ? params.len - 1 : n->list.len;
		for (int i = 0; i < nfixed; i++) {
			Obj *p = params.data[i];
			expr_arg(p ? note(hole(varloc(p)), n, "call parameter") : discard(), n, n->list.data[i]);
		}
		if (va) {  // the "... argument", whose address is the last parameter
			Type *et = ((Field *)ft->params.data[ft->params.len - 1])->type->elem;
			Loc *l = dots_argument(n, et, &n->list, nfixed, false);
			Obj *p = params.data[nfixed];
			flow(note_text(addrof(p ? hole(varloc(p)) : discard()), "... argument", n->pos, "spill"), l);
		}
		for (int i = 0; i < results.len; i++) {
			Obj *r = results.data[i];
			if (!r)
				continue;
			Loc *rl = varloc(r);
			if (inplace)
				rl->closurecalled = true;
			if (call_ks && i < call_nks)
				flow(call_ks[i], rl);
			else if (k.dst)
				flow(results.len == 1 ? k : heaphole(), rl);
		}
	}
	free(params.data);
	free(results.data);
}

/* i.M(...) where i's static value is a conversion of a T to the interface
 * (gc's devirtualize: i.(T).M(...)): the call of T's method, which gets
 * what the interface holds -- its dynamic value, copied out of the box
 * unless T is pointer-shaped.  goc still calls through the itab, whose
 * entry is T.M or a wrapper that copies *box and calls T.M: the same flows. */
static bool devirtualized(Hole k, Node *n, Node *f, Type *ft) {
	Node *sv = static_value(f->x);
	if (!sv || sv->kind != N_CONV || !sv->x || !sv->x->type || under(sv->x->type)->kind == TY_INTERFACE)
		return false;
	Type *T = sv->x->type;
	Vec path = {0};
	bool indirect = false;
	Method *m = type_lookup_method(T, f->method ? f->method->pkg : NULL, f->name, &path, &indirect);
	bool promoted = path.len > 0;
	free(path.data);
	if (!m)
		return false;
	if (E.reportfn) {
		StrBuf b = {0};
		fmt_node(&b, f);
		msg(n->pos, arena_printf(perm, "%sdevirtualizing %s to %s", m->func ? "" : "partially ", sb_cstr(&b),
		                         type_string(perm, T, false)));
		sb_free(&b);
	}
	if (!m->func || promoted)  // an interface method of an embedded field, or promoted: conservative
		return false;
	/* the receiver: the boxed value (*data), or the pointer in the data
	 * word, or what it points to for a value method of a pointer T */
	Type *tu = under(T);
	bool recvderef = !m->ptr_recv && tu && tu->kind == TY_POINTER;
	int mode = !type_is_direct_iface(T) || recvderef ? ARG_DEREF : ARG_VALUE;
	call_args_fn(k, n, tags_of(m->func), f->x, mode, ft, m->func);
	return true;
}

/* A call of the function being analysed (recursion): its arguments go to
 * the parameters' own locations and its results come from the results'
 * (gc: a call of a function in the same batch). Other forms (variadic
 * without ..., f(g()) with several results): NULL tags, the heap. */
static bool call_self(Hole k, Node *call, Node *recvarg, int recvmode, Type *ft) {
	Node *fd = E.topfn;
	if ((ft && ft->variadic && !call->has_dots) || (recvarg != NULL) != (fd->recv != NULL))
		return false;
	Vec params = {0}, results = {0};
	func_params(fd, &params, &results);
	int off = recvarg ? 1 : 0;
	bool ok = call->list.len + off == params.len;
	if (ok) {
		if (recvarg) {
			Obj *p = params.data[0];
			expr(note(arg_mode(p ? hole(varloc(p)) : discard(), recvarg, recvmode), call, "call parameter"), recvarg);
		}
		for (int i = 0; i < call->list.len; i++) {
			Obj *p = params.data[i + off];
			expr(note(p ? hole(varloc(p)) : discard(), call, "call parameter"), call->list.data[i]);
		}
		for (int i = 0; i < results.len; i++) {
			Obj *r = results.data[i];
			if (!r)
				continue;
			if (call_ks && i < call_nks)
				flow(call_ks[i], varloc(r));
			else if (k.dst)
				flow(results.len == 1 ? k : heaphole(), varloc(r));
		}
	}
	free(params.data);
	free(results.data);
	return ok;
}

static void call1(Hole k, Node *n) {
	Node *f = unparen(n->x);
	Type *ft = under(f->type);
	if (ft && ft->kind != TY_FUNC)
		ft = NULL;
	/* a func value whose value is known: a call of that function */
	Node *sv = f->kind == N_NAME && is_local_var(f) ? static_value(f) : f;
	if (sv != f) {
		Obj *fo = sv->kind == N_NAME || (sv->kind == N_SELECTOR && sv->sel_kind == SEL_QUALIFIED) ? sv->obj : NULL;
		if (fo && fo->kind == OBJ_FUNC) {
			expr(wrap_captures(n, f) ? W.k : discard(), f);  // a go/defer wrapper captures it
			call_args_fn(k, n, tags_of(fo), NULL, false, ft, fo);
			return;
		}
		if (sv->kind == N_FUNCLIT) {
			expr(wrap_captures(n, f) ? W.k : discard(), f);  // a go/defer wrapper captures it
			call_funclit(k, n, sv, ft, false);
			return;
		}
	}
	/* recursion */
	if (f->kind == N_NAME && f->obj && f->obj->kind == OBJ_FUNC && E.topfn && f->obj == E.topfn->obj &&
	    call_self(k, n, NULL, ARG_VALUE, ft))
		return;
	/* a static call of a function of this package */
	if (f->kind == N_NAME && f->obj && f->obj->kind == OBJ_FUNC) {
		call_args_fn(k, n, tags_of(f->obj), NULL, false, ft, f->obj);
		return;
	}
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_QUALIFIED) {  // pkg.F: its tags, analysed from its source
		bool isfn = f->obj && f->obj->kind == OBJ_FUNC;
		call_args_fn(k, n, isfn ? tags_of(f->obj) : NULL, NULL, false, ft, isfn ? f->obj : NULL);
		return;
	}
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_METHOD && f->method) {
		Type *xt = f->x->type;
		Type *xu = under(xt);
		if (xu && xu->kind == TY_INTERFACE) {
			if (devirtualized(k, n, f, ft))
				return;
			expr(heaphole(), f->x);  // interface method: everything escapes
			call_args(k, n, NULL, NULL, ARG_VALUE, ft);
			return;
		}
		Method *m = f->method;
		bool xptr = xu && xu->kind == TY_POINTER;
		bool recvaddr = m->ptr_recv && !xptr && !f->sel_indirect;
		Tags *tg = m->func && f->path.len == 0 ? tags_of(m->func) : NULL;
		if (f->path.len > 0) {  // promoted through embedded fields: conservative
			if (recvaddr)
				expr(addrof(heaphole()), f->x);
			else
				expr(heaphole(), f->x);
			call_args(k, n, NULL, NULL, ARG_VALUE, ft);
			return;
		}
		int recvmode = recvaddr ? ARG_ADDR : !m->ptr_recv && xptr ? ARG_DEREF : ARG_VALUE;
		if (m->func && E.topfn && m->func == E.topfn->obj && call_self(k, n, f->x, recvmode, ft))
			return;  // a recursive method
		call_args_fn(k, n, tg, f->x, recvmode, ft, m->func);
		return;
	}
	if (f->kind == N_FUNCLIT) {
		/* func(){...}(): the literal is not stored anywhere, and it is the
		 * callee: arguments flow to its parameters, its results to k (gc:
		 * a call of a function in the batch) */
		expr(wrap_captures(n, f) ? W.k : discard(), f);  // a go/defer wrapper captures it
		call_funclit(k, n, f, ft, true);
		return;
	}
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_METHODEXPR) {
		call_args(k, n, NULL, NULL, ARG_VALUE, ft);
		return;
	}
	/* a func value: calling it keeps nothing of it (gc 1.19: the callee
	 * operand goes to the discard hole); what a closure returns escapes,
	 * as results outlive their function */
	expr(wrap_captures(n, f) ? W.k : discard(), f);  // a go/defer wrapper captures it
	call_args(k, n, NULL, NULL, ARG_VALUE, ft);
}

static bool const_nonneg(Node *n, int64_t *v) {
	if (!n || !n->val)
		return false;
	*v = const_int64(n->val);
	return *v >= 0;
}

static void builtin(Hole k, Node *n) {
	switch (n->builtin) {
	case BI_NEW: {
		Type *t = ((Node *)n->list.data[0])->type;
		sitealloc(k, n, BIG(!t || types_size(t) > MAX_IMPLICIT_STACK));
		return;
	}
	case BI_MAKE: {
		Type *t = ((Node *)n->list.data[0])->type;
		Type *u = under(t);
		for (int i = 1; i < n->list.len; i++)
			expr(discard(), n->list.data[i]);
		if (!u || u->kind != TY_SLICE) {  // a map may live in the frame (its Hmap); channels: the heap
			sitealloc(k, n, !u || u->kind != TY_MAP ? "" : NULL);
			return;
		}
		/* gc's HeapAllocReason: the capacity (or the length) must be a
		 * constant, and small; a variable length is checked against it */
		int64_t cap = -1;
		bool ok = const_nonneg(n->list.len > 2 ? n->list.data[2] : n->list.len > 1 ? n->list.data[1] : NULL, &cap);
		bool small = ok && (cap == 0 || types_size(u->elem) <= MAX_IMPLICIT_STACK / cap);
		sitealloc(k, n, small ? NULL : ok ? "too large for stack" : "non-constant size");
		return;
	}
	case BI_APPEND: {
		/* the result may be the first argument's array (k <- s) or a new
		 * heap array; appended values escape */
		if (n->list.len > 0) {
			Node *s = n->list.data[0];
			Type *st = under(s->type);
			if (!st || st->kind != TY_SLICE || is_pointerish(st->elem)) {
				Loc *t = newloc(NULL, NULL);
				expr(note(hole(t), n, "call parameter"), s);
				flow(k, t);
				flow(deref_at(heaphole(), n, "appendee slice"), t);  // its elements may be copied to a new heap array
			} else {
				expr(note(k, n, "call parameter"), s);
			}
		}
		for (int i = 1; i < n->list.len; i++) {
			Node *a = n->list.data[i];
			Type *at = under(a->type);
			if (n->has_dots && at && at->kind == TY_SLICE && !is_pointerish(at->elem))
				expr(discard(), a);  // bytes copied out of it
			else
				expr(note(n->has_dots ? deref_at(heaphole(), n, "appended slice...") : heaphole(), n, "call parameter"), a);
		}
		return;
	}
	case BI_COPY:
		if (n->list.len == 2) {
			Type *st = under(((Node *)n->list.data[1])->type);
			expr(discard(), n->list.data[0]);
			/* the elements copied, not the slice; bytes carry nothing */
			bool ptrs = st && st->kind == TY_SLICE && is_pointerish(st->elem);
			expr(ptrs ? note(deref_at(heaphole(), n, "copied slice"), n, "call parameter") : discard(), n->list.data[1]);
		}
		return;
	case BI_PANIC:
	case BI_PRINT:
	case BI_PRINTLN:
		for (int i = 0; i < n->list.len; i++)
			expr(n->builtin == BI_PANIC ? note(heaphole(), n, "call parameter") : discard(), n->list.data[i]);
		return;
	case BI_UNSAFE_ADD:
	case BI_UNSAFE_SLICE:
		if (n->list.len > 0)
			expr(k, n->list.data[0]);
		for (int i = 1; i < n->list.len; i++)
			expr(discard(), n->list.data[i]);
		return;
	default:
		/* len, cap, close, delete, complex, real, imag, recover,
		 * unsafe.Sizeof...: no pointer of an argument survives */
		for (int i = 0; i < n->list.len; i++) {
			Node *a = n->list.data[i];
			if (a && a->kind != N_ARRAYTYPE && a->kind != N_MAPTYPE && a->kind != N_CHANTYPE)
				expr(discard(), a);
		}
		return;
	}
}

static void composite(Hole k, Node *n) {
	Type *t = under(n->type);
	if (t && t->kind == TY_POINTER) {  // &T elided inside another literal
		Loc *l = sitealloc(k, n, BIG(types_size(t->elem) > MAX_IMPLICIT_STACK));
		for (int i = 0; i < n->list.len; i++) {
			Node *e = n->list.data[i];
			expr(note(hole(l), n, "struct literal element"), e->kind == N_KEYVALUE ? e->y : e);
			if (e->kind == N_KEYVALUE && under(t->elem)->kind != TY_STRUCT)
				expr(discard(), e->x);
		}
		return;
	}
	if (t && t->kind == TY_SLICE) {
		int64_t len = complit_slice_len(n);
		bool big = len > 0 && types_size(t->elem) > MAX_IMPLICIT_STACK / len;
		Loc *l = sitealloc(k, n, BIG(big));
		bool peel = wrap_peel == n;  // built by a go/defer wrapper: its elements are captured
		wrap_peel = NULL;
		for (int i = 0; i < n->list.len; i++) {
			Node *e = n->list.data[i];
			if (e->kind == N_KEYVALUE)
				expr(discard(), e->x);
			Node *v = e->kind == N_KEYVALUE ? e->y : e;
			Hole ke = note(hole(l), n, "slice-literal-element");
			if (peel && !evaluated_by_wrapper(v))
				expr_captured(ke, v);
			else
				expr(ke, v);
		}
		return;
	}
	if (t && t->kind == TY_MAP) {  // keys and values escape (gc too); the Hmap may be in the frame
		sitealloc(k, n, NULL);
		for (int i = 0; i < n->list.len; i++) {
			Node *e = n->list.data[i];
			if (e->kind == N_KEYVALUE) {
				expr(note(heaphole(), n, "map literal key"), e->x);
				expr(note(heaphole(), n, "map literal value"), e->y);
			} else {
				expr(heaphole(), e);
			}
		}
		return;
	}
	/* struct or array value: its elements flow where the value goes */
	for (int i = 0; i < n->list.len; i++) {
		Node *e = n->list.data[i];
		const char *why = t && t->kind == TY_ARRAY ? "array literal element" : "struct literal element";
		if (e->kind == N_KEYVALUE) {
			if (t && t->kind == TY_ARRAY)
				expr(discard(), e->x);
			expr(note(k, n, why), e->y);
		} else {
			expr(note(k, n, why), e);
		}
	}
}

static void funclit(Hole k, Node *n);

/* A uintptr computed from unsafe.Pointers, made a pointer again: the
 * pointers it came from flow into k (gc: unsafeValue). */
/* h.Data of a reflect.SliceHeader or StringHeader h (or *h): the pointer
 * of a slice or string as a uintptr (gc's IsReflectHeaderDataField) */
static bool reflect_header_data(Node *n) {
	n = unparen(n);
	if (!n || n->kind != N_SELECTOR || n->sel_kind != SEL_FIELD || !n->name || strcmp(n->name, "Data") || !n->x)
		return false;
	Type *t = n->x->type;
	if (t && under(t) && under(t)->kind == TY_POINTER)
		t = under(t)->elem;
	Obj *tn = t ? t->named : NULL;
	return tn && tn->pkg && !strcmp(tn->pkg, "reflect") && tn->name &&
	       (!strcmp(tn->name, "SliceHeader") || !strcmp(tn->name, "StringHeader"));
}

static void unsafe_value(Hole k, Node *n) {
	n = unparen(n);
	if (!n || n->val)
		return;
	if (reflect_header_data(n)) {  // what the slice or string points to
		expr(deref_at(k, n, "reflect.Header.Data"), n->x);
		return;
	}
	switch (n->kind) {
	case N_CONV:
		if (n->x && under(n->x->type) && under(n->x->type)->kind == TY_UNSAFEPTR)
			expr(k, n->x);
		else
			expr(discard(), n->x);
		return;
	case N_UNARY:
		if (n->op == TK_ADD || n->op == TK_SUB || n->op == TK_XOR) {
			unsafe_value(k, n->x);
			return;
		}
		break;
	case N_BINARY:
		switch (n->op) {
		case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: case TK_MUL: case TK_QUO: case TK_REM:
		case TK_AND: case TK_AND_NOT:
			unsafe_value(k, n->x);
			unsafe_value(k, n->y);
			return;
		case TK_SHL: case TK_SHR:
			unsafe_value(k, n->x);
			expr(discard(), n->y);
			return;
		default:
			break;
		}
		break;
	default:
		break;
	}
	expr(discard(), n);
}

static void expr(Hole k, Node *n) {
	n = unparen(n);
	if (!n)
		return;
	if (n->val)  // constants carry no pointers
		return;
	if (k.derefs >= 0 && n->type && n->type->kind != TY_TUPLE && !type_has_pointers(n->type))
		k = discard();  // a value without pointers cannot carry an address (gc too)
	switch (n->kind) {
	case N_NAME:
		if (n->obj && n->obj->kind == OBJ_VAR) {
			if (is_local_var(n))  // globals are the heap's already
				flow(k, varloc(n->obj));
		}
		return;
	case N_BASICLIT:
		return;
	case N_COMPOSITE:
		composite(k, n);
		return;
	case N_FUNCLIT:
		funclit(k, n);
		return;
	case N_SELECTOR:
		switch (n->sel_kind) {
		case SEL_FIELD:
			if (n->sel_indirect)
				expr(deref_at(k, n, "dot of pointer"), n->x);
			else
				expr(note(k, n, "dot"), n->x);
			return;
		case SEL_METHOD: {
			/* a method value: a closure binding the receiver (gc's
			 * OMETHVALUE): the receiver goes into the closure, and where
			 * the method's tags say it leaks, with its results taken to
			 * go to the heap (how the closure is called is unknown) */
			Type *xu = under(n->x->type);
			bool iface = xu && xu->kind == TY_INTERFACE;
			bool recvaddr = !iface && n->method && n->method->ptr_recv && !(xu && xu->kind == TY_POINTER) && !n->sel_indirect;
			bool recvderef = !iface && n->method && !n->method->ptr_recv && xu && xu->kind == TY_POINTER;
			Type *rt = n->method && n->method->func && n->method->func->type && n->method->func->type->recv
			               ? n->method->func->type->recv->type : n->x->type;
			Loc *l = sitealloc(k, n, BIG(!rt || 8 + types_size(rt) > MAX_IMPLICIT_STACK));  // the closure: code, receiver
			Loc *t = tmploc(n->x, recvaddr ? ARG_ADDR : recvderef ? ARG_DEREF : ARG_VALUE);
			flow(hole(l), t);
			Tags *tg = !iface && n->method && n->method->func && n->path.len == 0 ? tags_of(n->method->func) : NULL;
			if (!tg || tg->nparams < 1) {
				flow(heaphole(), t);
				return;
			}
			int best = tg->heap[0];
			for (int r = 0; r < tg->nres; r++)
				if (tg->res[r] < best)
					best = tg->res[r];
			if (best != NOLEAK)
				flow(shift(heaphole(), best), t);
			return;
		}
		default:  // pkg.Name, T.m
			return;
		}
	case N_INDEX: {
		Type *t = under(n->x->type);
		expr(discard(), n->y);
		if (n->is_instance)
			return;
		note_bounded(n);
		if (t && t->kind == TY_ARRAY)
			expr(note(k, n, "fixed-array-index-of"), n->x);
		else if (t && (t->kind == TY_STRING || t->kind == TY_MAP))
			expr(discard(), n->x);  // a map's values went to the heap when they were stored (gc too)
		else
			expr(deref_at(k, n, "dot of pointer"), n->x);  // slice, *array (gc's words)
		return;
	}
	case N_SLICEEXPR: {
		Type *t = under(n->x->type);
		expr(discard(), n->y);
		expr(discard(), n->z);
		expr(discard(), n->w);
		k = note(k, n, "slice");
		if (t && t->kind == TY_ARRAY) {
			mark_addr(n->x);
			expr(addrof(k), n->x);  // arr[:] takes arr's address
		}
		else
			expr(k, n->x);
		return;
	}
	case N_TYPEASSERT:
		/* a concrete type not held in the interface word is copied out
		 * of the boxed value (gc's dotType) */
		if (n->type && under(n->type)->kind != TY_INTERFACE && !type_is_direct_iface(n->type))
			k = deref(k);
		expr(note(k, n, "dot"), n->x);
		return;
	case N_CALL:
		call(k, n);
		return;
	case N_INLCALL:
		inlcall(n);
		for (int i = 0; i < n->list2.len; i++)  // several: wherever the caller puts one, all go
			expr(k, n->list2.data[i]);
		return;
	case N_BUILTINCALL:
		builtin(k, n);
		return;
	case N_DEREF:
	case N_STAR:
		expr(deref_at(k, n, "indirection"), n->x);
		return;
	case N_UNARY:
		switch (n->op) {
		case TK_AND: {
			Node *x = unparen(n->x);
			if (x->kind == N_COMPOSITE) {
				Loc *l = sitealloc(k, n, BIG(!x->type || types_size(x->type) > MAX_IMPLICIT_STACK));
				composite(hole(l), x);
				return;
			}
			mark_addr(x);
			expr(addr_at(k, n, "address-of"), x);
			return;
		}
		case TK_ARROW:  // <-c: a value sent by someone (it went to the heap)
			expr(discard(), n->x);
			return;
		default:
			expr(discard(), n->x);
			return;
		}
	case N_BINARY:
		/* arithmetic and comparisons keep no pointer; s + t makes a new
		 * string (in a frame buffer if it does not escape; the runtime
		 * copies an operand whose bytes are in a frame rather than return it) */
		if (n->op == TK_ADD && n->type && under(n->type)->kind == TY_STRING)
			sitealloc(k, n, NULL);
		expr(discard(), n->x);
		expr(discard(), n->y);
		return;
	case N_CONV: {
		Type *to = under(n->type);
		Type *from = n->x ? under(n->x->type) : NULL;
		if (to && to->kind == TY_INTERFACE) {
			if (from && from->kind == TY_INTERFACE) {
				expr(note(k, n, "interface-converted"), n->x);
			} else if (type_is_direct_iface(n->x->type)) {
				expr(note(k, n, "interface-converted"), n->x);
			} else {  // boxed: a copy the interface points to
				Loc *l = sitealloc(k, n, BIG(types_size(n->x->type) > MAX_IMPLICIT_STACK));
				expr(note(hole(l), n, "interface-converted"), n->x);
			}
			return;
		}
		if (to && (to->kind == TY_STRING || to->kind == TY_SLICE) && from &&
		    (from->kind == TY_STRING || from->kind == TY_SLICE) && to->kind != from->kind) {
			/* string(b), []byte(s), string(r), []rune(s): a copy, in a
			 * 32-element frame buffer if it does not escape and fits */
			sitealloc(k, n, NULL);
			expr(discard(), n->x);
			return;
		}
		if (to && to->kind == TY_STRING && from && type_is_integer(n->x->type)) {
			sitealloc(k, n, NULL);  // string(rune)
			expr(discard(), n->x);
			return;
		}
		if (to && to->kind == TY_UINTPTR) {
			expr(discard(), n->x);
			return;
		}
		if (to && to->kind == TY_UNSAFEPTR && from && from->kind == TY_UINTPTR) {
			unsafe_value(k, n->x);  // unsafe.Pointer(uintptr(p) + off) is p's
			return;
		}
		expr(k, n->x);
		return;
	}
	case N_KEYVALUE:
		expr(k, n->y);
		return;
	default:
		/* types in expression position and the like */
		return;
	}
}

/* A func literal: a closure object holding the captured variables'
 * addresses; its body is walked as part of this batch. */
static void funclit(Hole k, Node *n) {
	Loc *l = sitealloc(k, n, NULL);
	for (int i = 0; i < n->captures.len; i++) {
		Loc *v = varloc(n->captures.data[i]);
		if (!v->capturedyet) {
			v->capturedyet = true;
			/* gc: assignments in straight-line code before the first
			 * capture do not matter to a copy made at the capture */
			if (v->loopdepth == E.loopdepth)
				v->reassigned = false;
		}
	}
	vec_push(&E.closures, n);
	vec_push(&E.closurelocs, l);
	Node *savefn = E.curfn;
	ptrmap_put(&E.parents, n, savefn);
	int savedepth = E.loopdepth;
	Vec saveres = E.results;
	E.curfn = n;
	E.results = (Vec){0};
	Vec params = {0};
	func_params(n, &params, &E.results);
	for (int i = 0; i < n->locals.len; i++) {
		Obj *o = n->locals.data[i];
		Loc *p = varloc(o);
		p->fn = n;
		p->loopdepth = E.loopdepth;
		if (o->vclass == VC_PARAM || o->vclass == VC_RESULT)
			p->declared = true;
	}
	for (int i = 0; i < E.results.len; i++)
		if (E.results.data[i])
			((Loc *)ptrmap_get(&E.varlocs, E.results.data[i]))->isresult = true;
	/* a closure's parameters: leaks recorded for -m, as for functions */
	for (int i = 0; i < params.len; i++)
		if (params.data[i])
			varloc(params.data[i])->isparam = true;
	if (n->body)
		stmts(&n->body->list);
	free(params.data);
	free(E.results.data);
	E.results = saveres;
	E.curfn = savefn;
	E.loopdepth = savedepth;
}

/* ---------------- statements ---------------- */

static void msg(Pos p, const char *text);

/* gc's ir.SameSafeExpr: l and r are the same expression, without effects. */
static bool same_safe(Node *l, Node *r) {
	l = unparen(l);
	r = unparen(r);
	if (!l || !r || l->kind != r->kind || !l->type || !r->type || !type_identical(l->type, r->type))
		return false;
	if (l->val || r->val)
		return l->val && r->val && l->val->kind == r->val->kind && l->val->kind != CV_UNKNOWN &&
		       const_compare(TK_EQL, l->val, r->val);
	switch (l->kind) {
	case N_NAME:
		return l->obj && l->obj == r->obj;
	case N_SELECTOR:
		if (l->sel_kind != SEL_FIELD || r->sel_kind != SEL_FIELD || l->path.len != r->path.len)
			return false;
		for (int i = 0; i < l->path.len; i++)
			if (l->path.data[i] != r->path.data[i])
				return false;
		return same_safe(l->x, r->x);
	case N_DEREF:
	case N_STAR:
		return same_safe(l->x, r->x);
	case N_UNARY:
		return l->op == r->op && l->op != TK_AND && l->op != TK_ARROW && same_safe(l->x, r->x);
	case N_CONV:
		return type_is_integer(l->type) && type_is_integer(l->x->type) && type_is_integer(r->x->type) &&
		       same_safe(l->x, r->x);
	case N_INDEX:
		return same_safe(l->x, r->x) && same_safe(l->y, r->y);
	case N_BINARY:
		return l->op == r->op && l->op != TK_LAND && l->op != TK_LOR && same_safe(l->x, r->x) &&
		       same_safe(l->y, r->y);
	default:
		return false;
	}
}

/* gc's mayAffectMemory: could evaluating n write memory? */
static bool may_affect_memory(Node *n) {
	n = unparen(n);
	if (!n || n->val)
		return false;
	switch (n->kind) {
	case N_NAME:
	case N_BASICLIT:
		return false;
	case N_BINARY:
		return may_affect_memory(n->x) || may_affect_memory(n->y);
	case N_INDEX:
		return may_affect_memory(n->x) || may_affect_memory(n->y);
	case N_SELECTOR:
	case N_DEREF:
	case N_STAR:
	case N_UNARY:
	case N_CONV:
		return n->kind == N_UNARY && n->op == TK_ARROW ? true : may_affect_memory(n->x);
	case N_BUILTINCALL:
		return !(n->builtin == BI_LEN || n->builtin == BI_CAP) || (n->list.len && may_affect_memory(n->list.data[0]));
	default:
		return true;
	}
}

/* *p or p.f with p a variable: the base variable (gc: isSliceSelfAssign's ONAME). */
static Obj *deref_base(Node *n) {
	n = unparen(n);
	Node *x = NULL;
	if (n->kind == N_DEREF || n->kind == N_STAR)
		x = unparen(n->x);
	else if (n->kind == N_SELECTOR && n->sel_kind == SEL_FIELD && n->path.len == 1 && n->x &&
	         under(n->x->type) && under(n->x->type)->kind == TY_POINTER)
		x = unparen(n->x);
	return x && x->kind == N_NAME && x->obj && x->obj->kind == OBJ_VAR ? x->obj : NULL;
}

/* gc's isSelfAssign: an assignment that stores no pointer into dst's object
 * it did not hold already (b.buf = b.buf[i:j], v.x = v.y, ...). */
static bool self_assign(Node *dst, Node *src) {
	dst = unparen(dst);
	src = unparen(src);
	if (!dst || !src)
		return false;
	if (src->kind == N_SLICEEXPR) {  // b.buf = b.buf[i:j]
		Obj *d = deref_base(dst);
		Type *st = under(src->x->type);
		if (d && st && st->kind != TY_ARRAY && deref_base(src->x) == d)
			return true;
	}
	if (dst->kind != src->kind)
		return false;
	if (dst->kind == N_SELECTOR && dst->sel_kind == SEL_FIELD && src->sel_kind == SEL_FIELD) {
		/* the same object, up to the last field */
		if (dst->path.len != src->path.len)
			return false;
		for (int i = 0; i + 1 < dst->path.len; i++)
			if (dst->path.data[i] != src->path.data[i])
				return false;
		return same_safe(dst->x, src->x);
	}
	if (dst->kind == N_INDEX) {
		Type *t = under(dst->x->type);
		if (!t || t->kind == TY_MAP || may_affect_memory(dst->y) || may_affect_memory(src->y))
			return false;
		return same_safe(dst->x, src->x);
	}
	return false;
}

/* lhs = rhs in statement where, gc's why ("assign", ...) for -m=2; self:
 * a single assignment, which may be a self-assignment */
static void assign(Node *lhs, Node *rhs, Node *where, const char *why, bool self) {
	if (reflect_header_data(lhs)) {  // h.Data = uintptr(p): p escapes (gc too)
		addrhole(lhs);
		unsafe_value(note(heaphole(), where, why), rhs);
		return;
	}
	Hole k = note(addrhole(lhs), where, why);
	if (self && self_assign(lhs, rhs)) {
		if (E.report && E.curfn && E.curfn->obj && E.curfn->obj->pkg && E.pkg->path &&
		    !strcmp(E.curfn->obj->pkg, E.pkg->path)) {
			StrBuf b = {0};
			fmt_node(&b, where);
			msg(where->pos, arena_printf(perm, "%s ignoring self-assignment in %s", inl_funcname(E.curfn->obj),
			                             sb_cstr(&b)));
			sb_free(&b);
		}
		k = discard();  // no pointer moves
	}
	expr(k, rhs);
}

static void declvar(Obj *o) {
	if (!o)
		return;
	Loc *l = varloc(o);
	l->loopdepth = E.loopdepth;
	l->fn = E.curfn;
	l->declared = true;
	/* gc's HeapAllocReason: a local over maxStackVarSize is on the heap,
	 * whether or not its address is taken, and so is what it holds */
	if (o->vclass == VC_LOCAL && o->type && types_size(o->type) > MAX_STACK_VAR && !l->escapes) {
		o->heapbig = true;
		l->escapes = true;
		if (E.explain) {
			msg(o->pos, arena_printf(perm, "%s escapes to heap:", o->name));
			msg(o->pos, arena_printf(perm, "  flow: {heap} = &%s:", o->name));
			msg(o->pos, arena_printf(perm, "    from %s (too large for stack) at %s", o->name, pos_str(pos_outer(o->pos))));
		}
	}
}

/* lhs is assigned by a statement; decl: the statement declares it there
 * (x := ..., but not for range variables, assigned every iteration) */
static void reassign(Node *lhs, bool decl) {
	/* x.f = ..., x[i] = ... of an array x: assignments to x (gc's addr) */
	for (lhs = lhs ? unparen(lhs) : NULL; lhs;) {
		Type *xt = lhs->x ? under(lhs->x->type) : NULL;
		if (lhs->kind == N_SELECTOR && lhs->sel_kind == SEL_FIELD && !lhs->sel_indirect)
			lhs = unparen(lhs->x);
		else if (lhs->kind == N_INDEX && xt && xt->kind == TY_ARRAY)
			lhs = unparen(lhs->x);
		else
			break;
		decl = false;
	}
	if (!lhs || lhs->kind != N_NAME || !lhs->obj || lhs->obj->kind != OBJ_VAR || decl)
		return;
	Loc *l = ptrmap_get(&E.varlocs, lhs->obj);
	if (!l)
		l = varloc(lhs->obj);
	l->reassigned = true;
}

static bool declared_here(Node *l) {
	return l->kind == N_NAME && l->obj && l->obj->kind == OBJ_VAR && l->obj->pos.line == l->pos.line &&
	       l->obj->pos.col == l->pos.col && l->obj->pos.file == l->pos.file;
}

/* where a closure body first refers to o (gc's position of the closure
 * variable); o's declaration if nowhere */
typedef struct {
	Obj *o;
	Pos at;
} FirstUse;

static WalkAction first_use1(Node *n, void *arg) {
	FirstUse *u = arg;
	if (n->kind == N_NAME && n->obj == u->o) {
		u->at = n->pos;
		return WALK_STOP;
	}
	return WALK_CONTINUE;
}

static Pos first_use(Node *body, Obj *o) {
	FirstUse u = {o, o->pos};
	node_walk(body, first_use1, &u);
	return u.at;
}

/* gc's flowClosure: once the walk knows which captured variables are
 * never reassigned, closures hold copies of those (by value) and the
 * addresses of the others (by reference) */
static void flowclosures(void) {
	for (int c = 0; c < E.closures.len; c++) {
		Node *n = E.closures.data[c];
		Loc *l = E.closurelocs.data[c];
		for (int i = 0; i < n->captures.len; i++) {
			Obj *o = n->captures.data[i];
			Loc *v = varloc(o);
			/* (with goto, "straight-line code" may run again: by reference) */
			o->byval = !o->addrtaken && !v->reassigned && !E.hasgoto && o->vclass != VC_RESULT && o->type &&
			           types_size(o->type) <= 128;
			if (!o->byval)
				v->addrseen = true;
			if (E.explain && v->fn && v->fn->kind == N_FUNCDECL && v->fn->obj)
				msg(o->pos, arena_printf(perm, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
				                         inl_funcname(v->fn->obj), o->byval ? "value" : "ref", o->name,
				                         o->addrtaken ? "true" : "false", v->reassigned ? "true" : "false",
				                         (long long)types_size(o->type)));
			Hole k = hole(l);
			Pos at = E.explain ? first_use(n->body, o) : o->pos;
			if (!o->byval)
				k = note_text(addrof(k), o->name, at, "reference");
			flow(note_text(k, o->name, at, "captured by a closure"), v);
		}
	}
}

static void assign_list(Node *n, Vec *lhs, Vec *rhs, bool self);

static void assignment(Node *n) {
	if (n->op != TK_ASSIGN && n->op != TK_DEFINE) {  // x op= y
		expr(discard(), n->y ? n->y : (n->list2.len ? n->list2.data[0] : NULL));
		addrhole(n->x ? n->x : (n->list.len ? n->list.data[0] : NULL));
		return;
	}
	assign_list(n, &n->list, &n->list2, n->op == TK_ASSIGN);
}

/* lhs... = rhs... in statement n (an assignment or a var spec); self: a
 * single assignment may be a self-assignment */
static void assign_list(Node *n, Vec *lhs, Vec *rhs, bool self) {
	Vec *parts;
	Node *r = rhs->len == 1 ? unparen(rhs->data[0]) : NULL;
	if (lhs->len == rhs->len && n->kind == N_VARSPEC && lhs->len > 1) {
		/* var x, y = a, b: gc assigns each (x = a) */
		for (int i = 0; i < lhs->len; i++) {
			Node *l = lhs->data[i], *v = rhs->data[i];
			Hole k = addrhole(l);
			if (E.explain) {
				StrBuf b = {0};
				fmt_node(&b, l);
				sb_puts(&b, " = ");
				fmt_node(&b, v);
				k = note_text(k, arena_strdup(perm, sb_cstr(&b)), n->pos, "assign");
				sb_free(&b);
			}
			expr(k, v);
		}
	} else if (lhs->len == rhs->len) {
		for (int i = 0; i < lhs->len; i++)
			assign(lhs->data[i], rhs->data[i], n, lhs->len == 1 ? "assign" : "assign-pair", self && lhs->len == 1);
	} else if ((parts = r ? tuple_parts(r) : NULL)) {
		for (int i = 0; i < lhs->len && i < parts->len; i++)  // v1, v2 = f() with f inlined
			assign(lhs->data[i], parts->data[i], n, "assign-pair", false);
	} else if (r && r->kind == N_CALL && lhs->len <= MAXRES) {
		/* v1, v2 = f(): each variable gets its result */
		Hole ks[MAXRES];
		for (int i = 0; i < lhs->len; i++)
			ks[i] = note(addrhole(lhs->data[i]), n, "assign-pair");
		call_multi(discard(), ks, lhs->len, r);
	} else if (r && lhs->len == 2) {
		/* v, ok = x.(T) / m[k] / <-c: v gets the value (a map's and a
		 * channel's values went to the heap when they were stored) */
		const char *why = r->kind == N_TYPEASSERT ? "assign-pair-dot-type"
		                  : r->kind == N_INDEX    ? "assign-pair-mapr"
		                                          : "assign-pair-receive";
		expr(note(addrhole(lhs->data[0]), n, why), r);
		addrhole(lhs->data[1]);
	} else {
		for (int i = 0; i < rhs->len; i++)
			expr(heaphole(), rhs->data[i]);
		for (int i = 0; i < lhs->len; i++)
			addrhole(lhs->data[i]);
	}
}

static void stmts(Vec *list) {
	for (int i = 0; i < list->len; i++)
		stmt(list->data[i]);
}

/* A block: a looping label's deeper loop depth ends with it (gc: block). */
static void block(Vec *list) {
	int old = E.loopdepth;
	stmts(list);
	E.loopdepth = old;
}

static void stmt(Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_EMPTY:
	case N_BRANCH:
		if (n->kind == N_BRANCH && n->op == TK_GOTO)
			E.hasgoto = true;  // (closures capture by reference: see flowclosures)
		return;
	case N_BLOCK:
		block(&n->list);
		return;
	case N_LABELED:
		if (ptrmap_get(&E.looping, n))
			E.loopdepth++;  // the head of a loop made with goto: what follows is deeper (for good, as gc)
		stmt(n->body);
		return;
	case N_EXPRSTMT:
		expr(discard(), n->x);
		return;
	case N_SEND:
		expr(discard(), n->x);
		expr(note(heaphole(), n, "send"), n->y);
		return;
	case N_INCDEC:
		reassign(n->x, false);
		addrhole(n->x);  // m[k]++ stores k in the map
		return;
	case N_ASSIGN:
		for (int i = 0; i < n->list.len; i++) {
			Node *l = n->list.data[i];
			if (n->op == TK_DEFINE && declared_here(l))
				declvar(l->obj);  // new here (a := may also assign to older variables)
		}
		assignment(n);
		/* after the right-hand sides, as gc's assignList: a closure there
		 * captures before this assignment happens */
		for (int i = 0; i < n->list.len; i++) {
			Node *l = n->list.data[i];
			reassign(l, n->op == TK_DEFINE && declared_here(l));
		}
		if (n->x)
			reassign(n->x, false);
		return;
	case N_GO:
	case N_DEFER: {
		/* go: everything escapes.  A defer outside any loop runs before
		 * the function returns, while its frame is alive: what it holds
		 * must outlive the function's loops but need not reach the heap
		 * (gc's "later" hole for top-level defers) */
		Hole k = heaphole();
		if (n->kind == N_DEFER && E.loopdepth == 0) {
			k = hole(newloc(NULL, NULL));
			n->stackalloc = true;  // its closure and record in the frame (gc's EscNever on ODEFER)
		}
		Node *c = unparen(n->x);
		Type *ft = c && c->kind == N_CALL ? under(unparen(c->x)->type) : NULL;
		Node *cx = c && c->kind == N_CALL ? unparen(c->x) : NULL;
		bool method = cx && cx->kind == N_SELECTOR && (cx->sel_kind == SEL_METHOD || cx->sel_kind == SEL_METHODEXPR);
		if (ft && ft->kind == TY_FUNC && ft->params.len == 0 && ft->results.len == 0 && !method) {
			expr(k, c->x);  // go f(), defer func() {...}(): the func value is what runs
		} else if (c && c->kind == N_CALL) {
			Node *saved = W.call;
			Hole savedk = W.k;
			W.call = c;
			W.k = k;
			call(discard(), c);
			W.call = saved;
			W.k = savedk;
		} else if (c && c->kind == N_BUILTINCALL) {
			for (int i = 0; i < c->list.len; i++)
				expr(note(k, c, "call parameter"), c->list.data[i]);
		} else {
			expr(k, c);
		}
		return;
	}
	case N_RETURN:
		if (n->list.len == 1 && E.results.len > 1) {  // return f() with several results
			Vec *parts = tuple_parts(n->list.data[0]);
			Node *c = unparen(n->list.data[0]);
			if (parts) {  // return f() with f inlined
				for (int i = 0; i < parts->len && i < E.results.len; i++) {
					Obj *r = E.results.data[i];
					expr(note(r ? hole(varloc(r)) : heaphole(), n, "return"), parts->data[i]);
				}
			} else if (c->kind == N_CALL && E.results.len <= MAXRES) {
				Hole ks[MAXRES];
				for (int i = 0; i < E.results.len; i++) {
					Obj *r = E.results.data[i];
					ks[i] = note(r ? hole(varloc(r)) : heaphole(), n, "return");
				}
				call_multi(discard(), ks, E.results.len, c);
			} else {
				expr(heaphole(), n->list.data[0]);
			}
			return;
		}
		for (int i = 0; i < n->list.len; i++) {
			Obj *r = i < E.results.len ? E.results.data[i] : NULL;
			expr(note(r ? hole(varloc(r)) : heaphole(), n, "return"), n->list.data[i]);
		}
		return;
	case N_IF:
		stmt(n->init);
		expr(discard(), n->cond);
		stmt(n->body);
		stmt(n->els);
		return;
	case N_FOR:
		stmt(n->init);
		E.loopdepth++;
		expr(discard(), n->cond);
		stmt(n->post);
		stmt(n->body);
		E.loopdepth--;
		return;
	case N_RANGE: {
		Node *z = n->z;
		Type *t = z ? under(z->type) : NULL;
		/* the ranged value is evaluated once, before the loop */
		Loc *tmp = tmploc(z, ARG_VALUE);
		if (n->op == TK_DEFINE) {  // one variable for the whole loop (Go 1.19), as gc declares it
			if (n->x && n->x->obj)
				declvar(n->x->obj);
			if (n->y && n->y->obj)
				declvar(n->y->obj);
		}
		E.loopdepth++;
		reassign(n->x, false);  // range variables are assigned every iteration
		reassign(n->y, false);
		if (n->x) {
			Hole kx = addrhole(n->x);
			if (t && t->kind == TY_MAP)
				flow(deref(kx), tmp);  // (a channel's values come from the heap: sends escape)
		}
		if (n->y) {
			Hole ky = addrhole(n->y);
			if (t && t->kind == TY_ARRAY)
				flow(note_text(ky, "for loop", n->epos, "range"), tmp);
			else if (t && (t->kind == TY_SLICE || t->kind == TY_POINTER || t->kind == TY_MAP))
				flow(note_text(deref(ky), "for loop", n->epos, "range-deref"), tmp);
		}
		stmt(n->body);
		E.loopdepth--;
		return;
	}
	case N_SWITCH:
		stmt(n->init);
		expr(discard(), n->x);
		for (int i = 0; i < n->list.len; i++) {
			Node *c = n->list.data[i];
			for (int j = 0; j < c->list.len; j++)
				expr(discard(), c->list.data[j]);
			block(&c->list2);
		}
		return;
	case N_TYPESWITCH: {
		stmt(n->init);
		Loc *tmp = newloc(NULL, NULL);
		expr(hole(tmp), n->x);
		for (int i = 0; i < n->list.len; i++) {
			Node *c = n->list.data[i];
			if (c->obj) {
				declvar(c->obj);
				Loc *v = varloc(c->obj);
				v->msgpos = c->pos;  // gc reports a clause's variable at the clause
				v->hasmsgpos = true;
				Type *ct = c->obj->type;
				Type *cu = under(ct);
				if (!ct || cu->kind == TY_INTERFACE || type_is_direct_iface(ct))
					flow(hole(v), tmp);  // the interface, or the pointer it holds
				else if (type_has_pointers(ct))
					flow(deref(hole(v)), tmp);  // a copy of what it points to
			}
			block(&c->list2);
		}
		return;
	}
	case N_SELECT:
		for (int i = 0; i < n->list.len; i++) {
			Node *c = n->list.data[i];
			Node *x = c->x;
			if (x) {
				if (x->kind == N_SEND) {
					stmt(x);
				} else if (x->kind == N_ASSIGN) {
					for (int j = 0; j < x->list.len; j++) {
						Node *l = x->list.data[j];
						if (x->op == TK_DEFINE && l->kind == N_NAME && l->obj)
							declvar(l->obj);
						else
							reassign(l, false);
					}
					for (int j = 0; j < x->list2.len; j++)
						expr(discard(), x->list2.data[j]);
					for (int j = 0; j < x->list.len; j++)
						flow(deref(addrhole(x->list.data[j])), E.heap);
				} else {
					stmt(x);
				}
			}
			block(&c->list2);
		}
		return;
	case N_DECLSTMT:
		for (int i = 0; i < n->list.len; i++) {
			Node *s = n->list.data[i];
			if (s->kind != N_VARSPEC)
				continue;
			for (int j = 0; j < s->list.len; j++) {
				Node *nm = s->list.data[j];
				if (nm->obj)
					declvar(nm->obj);
			}
			if (s->list2.len)
				assign_list(s, &s->list, &s->list2, false);
		}
		return;
	default:
		return;
	}
}

/* ---------------- the walk (gc: walkAll, walkOne, outlives) ---------------- */

static bool contains_closure(Node *outer, Node *inner) {
	/* inner is (transitively) a func literal inside outer */
	if (outer == inner)
		return false;
	for (Node *f = ptrmap_get(&E.parents, inner); f; f = ptrmap_get(&E.parents, f))
		if (f == outer)
			return true;
	return false;
}

static bool outlives(Loc *root, Loc *l) {
	if (root->escapes)
		return true;
	if (root->isresult) {
		/* callers may keep results anywhere; but a literal called where it
		 * stands returns into its enclosing function (gc's ClosureCalled) */
		if (root->closurecalled && contains_closure(l->fn, root->fn))
			return false;
		return true;
	}
	if (root->fn == l->fn && root->loopdepth < l->loopdepth)
		return true;
	if (contains_closure(root->fn, l->fn))
		return true;
	return false;
}

static void leakto(Loc *l, Loc *root, int derefs) {
	if (root->isresult && root->fn == l->fn && root->var) {
		int ri = root->var->index;
		if (ri >= 0 && ri < MAXRES) {
			if (derefs < l->leakres[ri])
				l->leakres[ri] = derefs;
			return;
		}
	}
	if (derefs < l->leakheap)
		l->leakheap = derefs;
}

static void explain_leak(Loc *root, Loc *l, int derefs);
static void explain_escape(Loc *root, Loc *l);

static void walkone(Loc *root, Vec *todo) {
	E.walkgen++;
	root->walkgen = E.walkgen;
	root->derefs = 0;
	Vec q = {0};
	vec_push(&q, root);
	for (int qi = 0; qi < q.len; qi++) {
		Loc *l = q.data[qi];
		l->queued = false;
		int derefs = l->derefs;
		bool addressof = derefs < 0;
		if (addressof)
			derefs = 0;
		if (outlives(root, l)) {  // (root too: r = &r of a result escapes, as gc)
			if (l->isparam) {
				if (E.explain && !l->escapes)
					explain_leak(root, l, derefs);
				leakto(l, root, derefs);
			}
			if (addressof && !l->escapes) {
				if (E.explain)
					explain_escape(root, l);
				l->escapes = true;
				vec_push(todo, l);
				continue;
			}
		}
		for (int i = 0; i < l->nedges; i++) {
			Edge *e = &l->edges[i];
			if (e->src->escapes && e->src != root)
				continue;
			int d = derefs + e->derefs;
			if (e->src->walkgen != E.walkgen || e->src->derefs > d) {
				e->src->walkgen = E.walkgen;
				e->src->derefs = d;
				e->src->dst = l;
				e->src->dstedge = i;
				if (!e->src->queued) {
					e->src->queued = true;
					vec_push(&q, e->src);
				}
			}
		}
	}
	free(q.data);
}

static void walkall(void) {
	Vec todo = {0};
	for (int i = 0; i < E.locs.len; i++)
		vec_push(&todo, E.locs.data[i]);
	vec_push(&todo, E.heap);
	while (todo.len > 0) {
		Loc *root = todo.data[--todo.len];
		walkone(root, &todo);
	}
	free(todo.data);
}

/* ---------------- the analysis of one function ---------------- */

static const char *site_string(Node *n);

typedef struct Msg {
	Pos pos;
	int seq;            // lines at one position keep their order
	const char *text;
} Msg;
static Vec msgs;  // Msg*

static void msg(Pos p, const char *text) {
	Msg *m = NEW(perm, Msg);
	m->pos = pos_outer(p);  // in inlined code: the outermost call, as gc reports
	m->seq = msgs.len;
	m->text = text;
	vec_push(&msgs, m);
}

/* ---------------- -m=2: explanations (gc's explainPath) ---------------- */

static Pos loc_pos(Loc *l);
static const char *loc_string(Loc *l);

/* gc's explainLoc: a location as a flow line names it */
static const char *explain_loc(Loc *l) {
	if (l == E.heap)
		return "{heap}";
	if (l->var)
		return loc_string(l);
	if (l->site) {
		const char *s = loc_string(l);
		return arena_printf(perm, "{storage for %s}", s ? s : "?");
	}
	return "{temp}";
}

static void explain_flow(Pos pos, Loc *dst, Loc *src, Edge *e) {
	StrBuf ops = {0};
	if (e->derefs < 0)
		sb_puts(&ops, "&");
	for (int i = 0; i < e->derefs; i++)
		sb_puts(&ops, "*");
	msg(pos, arena_printf(perm, "  flow: %s = %s%s:", explain_loc(dst), sb_cstr(&ops), explain_loc(src)));
	sb_free(&ops);
	for (Note *n = e->notes; n; n = n->next) {
		const char *w = n->text;
		if (!w) {
			StrBuf b = {0};
			fmt_node(&b, n->where);
			w = arena_strdup(perm, sb_cstr(&b));
			sb_free(&b);
		}
		msg(pos, arena_printf(perm, "    from %s (%s) at %s", w, n->why, pos_str(pos_outer(n->pos))));
	}
}

/* the path the walk from root took to src, one flow line per edge */
static void explain_path(Loc *root, Loc *src) {
	Pos pos = loc_pos(src);
	Vec seen = {0};
	for (;;) {
		bool again = false;
		for (int i = 0; i < seen.len; i++)
			again |= seen.data[i] == src;
		if (again) {
			msg(pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
			break;
		}
		vec_push(&seen, src);
		Loc *dst = src->dst;
		if (!dst || src->dstedge >= dst->nedges)
			break;
		explain_flow(pos, dst, src, &dst->edges[src->dstedge]);
		if (dst == root)
			break;
		src = dst;
	}
	free(seen.data);
}

static void explain_leak(Loc *root, Loc *l, int derefs) {
	msg(loc_pos(l), arena_printf(perm, "parameter %s leaks to %s with derefs=%d:", l->var->name, explain_loc(root), derefs));
	explain_path(root, l);
}

/* gc: an allocation too big (or of a size not known) for the frame flows
 * to the heap with the reason as its note */
static void explain_heapsite(Loc *l, const char *why) {
	const char *s = loc_string(l);
	if (!s)
		return;
	Pos pos = loc_pos(l);
	msg(pos, arena_printf(perm, "%s escapes to heap:", s));
	msg(pos, arena_printf(perm, "  flow: {heap} = &{storage for %s}:", s));
	msg(pos, arena_printf(perm, "    from %s (%s) at %s", s, why, pos_str(pos)));
}

static void explain_escape(Loc *root, Loc *l) {
	const char *s = loc_string(l);
	if (!s)
		return;
	msg(loc_pos(l), arena_printf(perm, "%s escapes to heap:", s));
	explain_path(root, l);
}

static void analyse(Node *fd);

/* gc's looping labels: a label a goto after it jumps back to heads a loop
 * (E.looping).  In source order, closures left out (their labels are theirs);
 * arg: the labels seen so far. */
static WalkAction find_looping(Node *n, void *seen) {
	if (n->kind == N_FUNCLIT)
		return WALK_SKIP;
	if (n->kind == N_LABELED)
		ptrmap_put(seen, n, (void *)1);
	if (n->kind == N_BRANCH && n->op == TK_GOTO && n->target && ptrmap_get(seen, n->target))
		ptrmap_put(&E.looping, n->target, (void *)1);
	return WALK_CONTINUE;
}

static Tags *tags_of(Obj *fn) {
	if (!fn)
		return NULL;
	Tags *t = ptrmap_get(&E.tags, fn);
	if (t)
		return t;
	Node *fd = fn->decl;
	if (!fd || fd->kind != N_FUNCDECL || fd->obj != fn || fn->generic || ptrmap_get(&E.state, fn))
		return NULL;  // no declaration to analyse, or recursion: unknown
	/* analyse the callee first (its own batch) */
	typeof(E) save = E;
	E.locs = (Vec){0};
	E.varlocs = (PtrMap){0};
	E.sitelocs = (PtrMap){0};
	E.parents = (PtrMap){0};
	E.results = (Vec){0};
	E.closures = E.closurelocs = (Vec){0};
	analyse(fd);
	free(E.closures.data);
	free(E.closurelocs.data);
	for (int i = 0; i < E.locs.len; i++) {
		Loc *l = E.locs.data[i];
		free(l->edges);
		free(l);
	}
	free(E.locs.data);
	free(E.results.data);
	free(E.heap);
	ptrmap_free(&E.varlocs);
	ptrmap_free(&E.sitelocs);
	ptrmap_free(&E.parents);
	PtrMap tg = E.tags, st = E.state;
	int wg = E.walkgen;
	E = save;
	E.tags = tg;
	E.state = st;
	E.walkgen = wg;
	return ptrmap_get(&E.tags, fn);
}

/* -m lines for the parameters of a function or func literal */
static void report_params(Vec *params, Vec *results, bool uesc) {
	for (int i = 0; i < params->len; i++) {
		Obj *p = params->data[i];
		if (!p || !p->name || p->name[0] == '~' || !strcmp(p->name, "_") || !type_has_pointers(p->type))
			continue;
		Type *pt = under(p->type);
		if (uesc && pt->kind == TY_SLICE && under(pt->elem)->kind == TY_UINTPTR)
			continue;  /* "escaping ...uintptr" said it */
		Loc *l = ptrmap_get(&E.varlocs, p);
		if (!l || l->escapes)
			continue;
		int h = l->leakheap;
		bool any = h != NOLEAK;
		if (h == 0)
			msg(p->pos, arena_printf(perm, "leaking param: %s", p->name));
		else if (h != NOLEAK)
			msg(p->pos, arena_printf(perm, "leaking param content: %s", p->name));
		for (int r = 0; r < results->len && r < MAXRES; r++) {
			int x = l->leakres[r];
			if (x == NOLEAK || (h != NOLEAK && h <= x))
				continue;
			any = true;
			Obj *ro = results->data[r];
			msg(p->pos, arena_printf(perm, "leaking param: %s to result %s level=%d", p->name,
			                         ro && ro->name ? ro->name : "~r0", x));
		}
		if (!any)
			msg(p->pos, arena_printf(perm, "%s does not escape", p->name));
	}
}

static void analyse(Node *fd) {
	Obj *fo = fd->obj;
	ptrmap_put(&E.state, fo, (void *)1);
	E.heap = calloc(1, sizeof(Loc));
	E.heap->escapes = true;
	E.heap->leakheap = NOLEAK;
	E.curfn = fd;
	E.topfn = fd;
	E.reassigned = (PtrMap){0};
	E.loopdepth = 0;
	E.hasgoto = false;
	E.reportfn = E.report && fo->pkg && E.pkg->path && !strcmp(fo->pkg, E.pkg->path);
	E.explain = E.reportfn && debug_m >= 2;
	E.looping = (PtrMap){0};  // (a caller's, if tags_of analyses fd for it, was saved)
	PtrMap seen = {0};
	node_walk(fd->body, find_looping, &seen);
	ptrmap_free(&seen);
	Vec params = {0};
	func_params(fd, &params, &E.results);
	if (E.reportfn && uintptr_escapes(fo) && fo->type) {
		Type *ft = fo->type;
		for (int i = 0; i < ft->params.len; i++) {
			Field *pf = ft->params.data[i];
			bool dots = ft->variadic && i == ft->params.len - 1;
			Type *t = under(dots ? pf->type->elem : pf->type);
			if (t && t->kind == TY_UINTPTR)
				msg(pf->pos.line ? pf->pos : fd->pos, dots ? "escaping ...uintptr" : "escaping uintptr");
		}
	}
	for (int i = 0; i < fd->locals.len; i++) {  // depth 0 until the walk sees the declaration
		Obj *o = fd->locals.data[i];
		declvar(o);
		if (o->vclass == VC_LOCAL)
			varloc(o)->declared = false;
	}
	for (int i = 0; i < params.len; i++)
		if (params.data[i])
			varloc(params.data[i])->isparam = true;
	for (int i = 0; i < E.results.len; i++)
		if (E.results.data[i])
			varloc(E.results.data[i])->isresult = true;
	if (fd->body) {
		stmts(&fd->body->list);
		flowclosures();
	} else if (!(lex_pragmas_before(fd->pos) & PRAGMA_NOESCAPE))
		for (int i = 0; i < params.len; i++)  // a body elsewhere (assembly, the runtime): everything leaks
			if (params.data[i])
				addedge(E.heap, varloc(params.data[i]), 0, NULL);
	walkall();
	ptrmap_free(&E.looping);
	ptrmap_free(&E.reassigned);

	/* tags for callers */
	Tags *tg = NEW(perm, Tags);
	tg->nparams = params.len;
	tg->nres = E.results.len < MAXRES ? E.results.len : MAXRES;
	tg->heap = NEWARRAY(perm, int, params.len + 1);
	tg->res = NEWARRAY(perm, int, params.len * tg->nres + 1);
	for (int i = 0; i < params.len; i++) {
		Obj *p = params.data[i];
		Loc *l = p ? ptrmap_get(&E.varlocs, p) : NULL;
		tg->heap[i] = l ? (l->escapes ? 0 : l->leakheap) : NOLEAK;
		for (int r = 0; r < tg->nres; r++)
			tg->res[i * tg->nres + r] = l && !l->escapes ? l->leakres[r] : NOLEAK;
		if (l && l->escapes)
			tg->heap[i] = 0;
	}
	ptrmap_put(&E.tags, fo, tg);

	/* decisions, and -m (for the package being compiled) */
	bool report = E.report && fo->pkg && E.pkg->path && !strcmp(fo->pkg, E.pkg->path);
	for (int i = 0; i < E.locs.len; i++) {
		Loc *l = E.locs.data[i];
		if (l->var) {
			Obj *o = l->var;
			if (o->heapbig) {
				o->stackok = false;
				if (report)
					msg(loc_pos(l), arena_printf(perm, "moved to heap: %s", o->name));
				continue;
			}
			if (!(o->addrtaken || (o->captured && !o->byval)))
				continue;
			if (o->captured && !o->addrtaken && !l->addrseen && l->declared) {
				/* captured by closures this function no longer makes (inl.c
				 * inlined their calls): a plain variable of the frame */
				o->stackok = true;
				continue;
			}
			/* a variable whose declaration the walk missed may be deeper in
			 * a loop than it knows: not on the stack */
			bool ok = !l->escapes && l->addrseen && l->declared && types_size(o->type) <= MAX_STACK_VAR;
			o->stackok = ok;
			if (!ok && report)
				msg(loc_pos(l), arena_printf(perm, "moved to heap: %s", o->name));
		} else if (l->site) {
			bool ok = !l->escapes && !l->heapsite;
			l->site->stackalloc = ok;
			if (report) {
				const char *s = loc_string(l);
				if (s)
					msg(loc_pos(l), arena_printf(perm, "%s %s", s, ok ? "does not escape" : "escapes to heap"));
			}
		}
	}
	if (report) {
		report_params(&params, &E.results, uintptr_escapes(fo));
		for (int c = 0; c < E.closures.len; c++) {
			Vec cp = {0}, cr = {0};
			func_params(E.closures.data[c], &cp, &cr);
			report_params(&cp, &cr, false);
			free(cp.data);
			free(cr.data);
		}
	}
	E.closures.len = E.closurelocs.len = 0;
	free(params.data);
	ptrmap_put(&E.state, fo, (void *)2);
}

/* where -m reports a location */
static Pos loc_pos(Loc *l) {
	if (l->var)
		return l->hasmsgpos ? l->msgpos : l->var->pos;
	if (l->site)
		return l->site->kind == N_FUNCLIT ? node_start_pos(l->site) : l->site->pos;  // (a literal: its "{", as gc)
	return (Pos){0};
}

/* how -m names a location (NULL: it does not) */
static const char *loc_string(Loc *l) {
	if (l->var) {
		Obj *o = l->var;
		if (o->name && o->name[0] && strcmp(o->name, "_"))
			return o->name;
		return o->vclass == VC_RESULT ? arena_printf(perm, "~r%d", o->index) : "_";
	}
	return l->site ? site_string(l->site) : NULL;
}

/* gc's rendering of an allocation site in -m lines. */
static const char *site_string(Node *n) {
	switch (n->kind) {
	case N_BINARY:
	case N_CONV: {
		StrBuf b = {0};
		Type *to = under(n->type);
		/* an implicit conversion to an interface is shown as its operand */
		fmt_node(&b, n->kind == N_CONV && n->implicit && to && to->kind == TY_INTERFACE ? n->x : n);
		const char *r = arena_strdup(perm, b.s ? b.s : "");
		free(b.s);
		return r;
	}
	case N_CALL:
		return "... argument";
	case N_UNARY: {
		Node *x = unparen(n->x);
		StrBuf b = {0};
		fmt_typeexpr(&b, x->kind == N_COMPOSITE ? x->x : NULL, x->type);
		const char *r = arena_printf(perm, "&%s{%s}", sb_cstr(&b), x->list.len ? "..." : "");
		sb_free(&b);
		return r;
	}
	case N_BUILTINCALL:
		if (n->builtin == BI_NEW) {
			Node *tn = n->list.data[0];
			StrBuf b = {0};
			fmt_typeexpr(&b, tn, tn->type);
			const char *r = arena_printf(perm, "new(%s)", sb_cstr(&b));
			sb_free(&b);
			return r;
		}
		if (n->builtin == BI_MAKE) {
			Node *tn = n->list.data[0];
			Type *u = under(tn->type);
			if (!u || (u->kind != TY_SLICE && u->kind != TY_MAP))
				return NULL;  // channels: gc says nothing either
			StrBuf b = {0};
			sb_puts(&b, "make(");
			fmt_typeexpr(&b, tn, tn->type);
			for (int i = 1; i < n->list.len; i++) {
				sb_puts(&b, ", ");  // as written (gc: 1 << 17, n + 1)
				fmt_node(&b, n->list.data[i]);
			}
			sb_printf(&b, ")");
			const char *r = arena_strdup(perm, b.s);
			free(b.s);
			return r;
		}
		return NULL;
	case N_COMPOSITE: {
		if (n->implicit)
			return "... argument";  // an inlined variadic call's slice
		StrBuf b = {0};
		fmt_typeexpr(&b, n->x, n->type);
		const char *r = arena_printf(perm, "%s{%s}", sb_cstr(&b), n->list.len ? "..." : "");
		sb_free(&b);
		return r;
	}
	case N_FUNCLIT:
		return "func literal";
	case N_SELECTOR: {  // a method value
		StrBuf b = {0};
		fmt_node(&b, n);
		const char *r = arena_strdup(perm, sb_cstr(&b));
		sb_free(&b);
		return r;
	}
	default:
		return NULL;
	}
}

static int msgcmp(const void *a, const void *b) {
	const Msg *x = *(Msg *const *)a, *y = *(Msg *const *)b;
	int c = pos_cmp(x->pos, y->pos);
	return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

/* Analyse pkg's functions (and, for their tags, the functions of other
 * packages they call, which stay analysed for the rest of the build);
 * report: print -m lines for pkg. */
void escape_package(Package *pkg, bool report) {
	fmt_method_calls = true;
	E.pkg = pkg;
	E.report = report;
	msgs = (Vec){0};
	for (int f = 0; f < pkg->files.len; f++) {
		Node *file = pkg->files.data[f];
		for (int i = 0; i < file->list2.len; i++) {
			Node *d = file->list2.data[i];
			if (d->kind == N_FUNCDECL && d->obj && !d->obj->generic && !ptrmap_get(&E.state, d->obj))
				tags_of(d->obj);
		}
	}
	if (report && msgs.len) {
		qsort(msgs.data, (size_t)msgs.len, sizeof(void *), msgcmp);
		for (int i = 0; i < msgs.len; i++) {
			Msg *m = msgs.data[i];
			diag_warnf(m->pos, "%s", m->text);
		}
	}
	fmt_method_calls = false;
}
