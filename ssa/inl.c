/* inl.c — which functions can be inlined, with gc's cost model and -m
 * messages (gc: cmd/compile/internal/inline/inl.go, deadcode/deadcode.go).
 *
 * Runs on the checked AST of a package, before escape analysis, in gc's
 * order: first gc's early dead-code pass (an `if` on a constant keeps only
 * the branch taken, and what follows a taken branch ending in return or
 * panic goes; a switch on a constant keeps the matching clause), then the
 * package's functions bottom-up over the call graph, strongly connected
 * components first (gc's VisitFuncsBottomUp: a function's closures belong
 * to its component), each component's functions in turn:
 *   - can_inline decides if a function may be inlined: it must not be
 *     marked //go:noinline (or norace under -race, ...), must have a body,
 *     must not be recursive by itself, and the "hairy visitor" must find
 *     nothing it refuses (recover, defer, go, local type declarations,
 *     closures without -d=inlfuncswithclosures) and a cost within 80
 *     (inlineMaxBudget).  The cost counts the nodes gc's IR would hold for
 *     the body — one per node, none for no-op conversions and blocks, 57
 *     (inlineExtraCallCost) more for a call of a function that cannot be
 *     inlined, the callee's own cost for one that can, nothing for gc's
 *     intrinsics (math/bits, sync/atomic, ...), 15 more for a closure.
 *     goc's AST is not gc's IR: the visitor counts what gc's IR would
 *     contain (implicit conversions the checker made explicit, implicit
 *     & and * of method receivers, ODCL nodes of := declarations, ...);
 *     the aim is gc's decision, and its cost where the Go test suite
 *     prints it.
 * Functions of other packages are analysed the same way when their package
 * is (inline_package with compile false), so a callee's cost is known
 * before any of its callers'.
 *
 * -m prints "can inline f" (-m=2: "can inline f with cost N as: TYPE {
 * BODY }" and "cannot inline f: REASON"), in gc's words and at gc's
 * positions, for the package being compiled.
 *
 * Invariants: a function is examined once (Inl.checked); its Inl is set
 * only if it can be inlined; -l (inline_level 0) examines nothing.
 */
#include "ssa.h"

int inline_level = 1;        // gc's -l after its swap: 0 off (-l), 1 on (default), 4 non-leaf (-l=4)
int debug_m;                 // -m level
bool inline_closures = true; // -d=inlfuncswithclosures (gc's default: 1)
bool flag_race;              // -race: //go:norace functions are not inlined

enum {
	INLINE_MAX_BUDGET = 80,        // gc: inlineMaxBudget
	INLINE_EXTRA_APPEND_COST = 0,  // gc: inlineExtraAppendCost
	INLINE_EXTRA_CALL_COST = 57,   // gc: inlineExtraCallCost
	INLINE_EXTRA_PANIC_COST = 1,   // gc: inlineExtraPanicCost
	INLINE_EXTRA_THROW_COST = 80,  // gc: inlineExtraThrowCost
	INLINE_CLOSURE_COST = 15,      // gc: the budget a closure takes besides its body
};

/* What is known about a function (N_FUNCDECL or N_FUNCLIT). */
typedef struct Inl {
	bool checked;       // can_inline has run
	bool ok;            // it can be inlined
	int cost;
	int nlocals;        // fn->locals.len when it was examined: the callee's own variables
	bool delay_results; // gc's CanDelayResults: one return, with values, unnamed results
} Inl;

static PtrMap inls;     // Node* (N_FUNCDECL / N_FUNCLIT) -> Inl*
static PtrMap pkgdone;  // Package* -> 1: analysed

typedef struct Msg {
	Pos pos;
	const char *text;
} Msg;

static struct {
	Package *pkg;       // the package being analysed
	bool report;        // -m lines for it
	Vec msgs;           // Msg*
} I;

static Inl *inl_of(Node *fn) {
	Inl *in = ptrmap_get(&inls, fn);
	if (!in) {
		in = NEW(perm, Inl);
		ptrmap_put(&inls, fn, in);
	}
	return in;
}

static Node *unparen(Node *n) {
	while (n && n->kind == N_PAREN)
		n = n->x;
	return n;
}

static Type *under(Type *t) { return t && t->under ? t->under : t; }

static void msg(Pos p, const char *text) {
	Msg *m = NEW(perm, Msg);
	m->pos = pos_outer(p);
	m->text = text;
	vec_push(&I.msgs, m);
}

static int msgcmp(const void *a, const void *b) {
	return pos_cmp((*(Msg *const *)a)->pos, (*(Msg *const *)b)->pos);
}

/* ---------------- names ---------------- */

/* A function as gc's messages name it: f, T.M, (*T).M, f.func1 in the
 * package being compiled; bytes.(*Buffer).String in another. */
const char *inl_funcname(Obj *fo) {
	const char *ln = fo->linkname ? fo->linkname : fo->name;
	const char *rest = ln;
	size_t pl = fo->pkg ? strlen(fo->pkg) : 0;
	if (fo->pkg && !strncmp(ln, fo->pkg, pl) && ln[pl] == '.')
		rest = ln + pl + 1;
	if (!fo->pkg || !types_local_pkg || !strcmp(fo->pkg, types_local_pkg))
		return rest;
	return arena_printf(perm, "%s.%s", types_pkg_name(fo->pkg), rest);
}

/* Where gc puts a function: the token after `func` (a method's receiver). */
static Pos func_pos(Node *fn) {
	if (fn->kind == N_FUNCDECL && fn->recv && fn->epos.line)
		return fn->epos;
	return fn->pos;
}

static bool is_pkg(const char *pkg, const char *path) { return pkg && !strcmp(pkg, path); }

/* ---------------- gc's early dead code elimination ---------------- */

static bool const_bool(Node *n, bool *v) {
	n = unparen(n);
	if (!n || !n->val || n->val->kind != CV_BOOL)
		return false;
	*v = n->val->b;
	return true;
}

/* true && x => x, false && x => false, and the same for || (gc: deadcode.expr) */
static Node *dc_expr(Node *n) {
	Node *u = unparen(n);
	if (!u || u->kind != N_BINARY || (u->op != TK_LAND && u->op != TK_LOR))
		return n;
	u->x = dc_expr(u->x);
	u->y = dc_expr(u->y);
	bool b;
	if (const_bool(u->x, &b)) {
		if (u->op == TK_LAND)
			return b ? u->y : u->x;
		return b ? u->x : u->y;
	}
	return n;
}

static bool is_panic_stmt(Node *s) {
	Node *x = s && s->kind == N_EXPRSTMT ? unparen(s->x) : NULL;
	return x && x->kind == N_BUILTINCALL && x->builtin == BI_PANIC;
}

static bool has_fallthrough(Vec *body) {
	for (int i = 0; i < body->len; i++) {
		Node *s = body->data[i];
		if (s && s->kind == N_BRANCH && s->op == TK_FALLTHROUGH)
			return true;
	}
	return false;
}

/* A switch on a constant with constant cases keeps only the clause taken. */
static void dc_switch(Node *n) {
	Const *x = NULL;
	if (n->x) {
		Node *t = unparen(n->x);
		if (!t->val)
			return;
		x = t->val;
	}
	Node *def = NULL;
	for (int i = 0; i < n->list.len; i++) {
		Node *cas = n->list.data[i];
		if (cas->list.len == 0) {
			def = cas;
			continue;
		}
		for (int j = 0; j < cas->list.len; j++) {
			Node *c = unparen(cas->list.data[j]);
			if (!c->val)
				return;
			bool eq = x ? (x->kind == c->val->kind && const_compare(TK_EQL, x, c->val))
			            : (c->val->kind == CV_BOOL && c->val->b);
			if (eq) {
				if (has_fallthrough(&cas->list2))
					return;
				cas->list.data[0] = cas->list.data[j];
				cas->list.len = 1;
				n->list.data[0] = cas;
				n->list.len = 1;
				return;
			}
		}
	}
	if (def) {
		if (has_fallthrough(&def->list2))
			return;
		n->list.data[0] = def;
		n->list.len = 1;
		return;
	}
	n->list.len = 0;
}

static void dc_stmts(Vec *list);

static void dc_stmt(Node *n) {
	switch (n->kind) {
	case N_BLOCK:
		dc_stmts(&n->list);
		break;
	case N_FOR:
	case N_RANGE:
		if (n->body)
			dc_stmts(&n->body->list);
		break;
	case N_IF:
		if (n->body)
			dc_stmts(&n->body->list);
		if (n->els)
			dc_stmt(n->els);
		break;
	case N_SWITCH:
	case N_TYPESWITCH:
	case N_SELECT:
		for (int i = 0; i < n->list.len; i++)
			dc_stmts(&((Node *)n->list.data[i])->list2);
		break;
	case N_LABELED:
		if (n->body)
			dc_stmt(n->body);
		break;
	default:
		break;
	}
}

static void dc_stmts(Vec *list) {
	int lastlabel = -1;
	for (int i = 0; i < list->len; i++)
		if (list->data[i] && ((Node *)list->data[i])->kind == N_LABELED)
			lastlabel = i;
	for (int i = 0; i < list->len; i++) {
		Node *n = list->data[i];
		if (!n)
			continue;
		bool cut = false;
		if (n->kind == N_IF) {
			n->cond = dc_expr(n->cond);
			bool b;
			if (const_bool(n->cond, &b)) {
				Node *last = NULL;
				if (b) {
					n->els = NULL;
					if (n->body && n->body->list.len)
						last = n->body->list.data[n->body->list.len - 1];
				} else {
					if (n->body)
						n->body->list.len = 0;
					if (n->els && n->els->kind == N_BLOCK && n->els->list.len)
						last = n->els->list.data[n->els->list.len - 1];
				}
				if (last && (last->kind == N_RETURN || is_panic_stmt(last)) && i > lastlabel)
					cut = true;
			}
		}
		if (n->kind == N_SWITCH)
			dc_switch(n);
		dc_stmt(n);
		if (cut) {
			list->len = i + 1;
			break;
		}
	}
}

/* ---------------- calls: what they call ---------------- */

/* gc's intrinsics on amd64 (ssagen.InitTables) that user code can call:
 * calls of these are not inlined and cost what any node costs. */
static const char *const intrinsics[] = {
	"math.Ceil", "math.FMA", "math.Floor", "math.RoundToEven", "math.Sqrt", "math.Trunc",
	"math/bits.Add", "math/bits.Add64", "math/bits.Div", "math/bits.Div64", "math/bits.Len",
	"math/bits.Len8", "math/bits.Len16", "math/bits.Len32", "math/bits.Len64", "math/bits.Mul",
	"math/bits.Mul64", "math/bits.OnesCount", "math/bits.OnesCount16", "math/bits.OnesCount32",
	"math/bits.OnesCount64", "math/bits.ReverseBytes32", "math/bits.ReverseBytes64", "math/bits.RotateLeft",
	"math/bits.RotateLeft8", "math/bits.RotateLeft16", "math/bits.RotateLeft32", "math/bits.RotateLeft64",
	"math/bits.Sub", "math/bits.Sub64", "math/bits.TrailingZeros8", "math/bits.TrailingZeros16",
	"math/bits.TrailingZeros32", "math/bits.TrailingZeros64", "math/big.mulWW",
	"sync/atomic.AddInt32", "sync/atomic.AddInt64", "sync/atomic.AddUint32", "sync/atomic.AddUint64",
	"sync/atomic.AddUintptr", "sync/atomic.CompareAndSwapInt32", "sync/atomic.CompareAndSwapInt64",
	"sync/atomic.CompareAndSwapUint32", "sync/atomic.CompareAndSwapUint64", "sync/atomic.CompareAndSwapUintptr",
	"sync/atomic.LoadInt32", "sync/atomic.LoadInt64", "sync/atomic.LoadPointer", "sync/atomic.LoadUint32",
	"sync/atomic.LoadUint64", "sync/atomic.LoadUintptr", "sync/atomic.StoreInt32", "sync/atomic.StoreInt64",
	"sync/atomic.StoreUint32", "sync/atomic.StoreUint64", "sync/atomic.StoreUintptr", "sync/atomic.SwapInt32",
	"sync/atomic.SwapInt64", "sync/atomic.SwapUint32", "sync/atomic.SwapUint64", "sync/atomic.SwapUintptr",
	"sync.runtime_LoadAcquintptr", "sync.runtime_StoreReluintptr",
	"runtime.KeepAlive", "runtime.getcallerpc", "runtime.getcallersp", "runtime.getclosureptr",
	"runtime.slicebytetostringtmp", "runtime.mulUintptr", "runtime.publicationBarrier",
};

static bool is_intrinsic(Obj *fo) {
	static StrMap set;
	static bool inited;
	if (!inited) {
		for (size_t i = 0; i < sizeof intrinsics / sizeof intrinsics[0]; i++)
			strmap_put(&set, intrinsics[i], (void *)1);
		inited = true;
	}
	if (!fo->pkg || fo->recv_base)
		return false;
	return strmap_get(&set, arena_printf(perm, "%s.%s", fo->pkg, fo->name)) != NULL;
}

/* The declaration of a function Obj, if it has a body goc could inline. */
static Node *func_decl(Obj *fo) {
	if (!fo || fo->kind != OBJ_FUNC || fo->generic)
		return NULL;
	Node *d = fo->decl;
	if (!d || (d->kind != N_FUNCDECL && d->kind != N_FUNCLIT) || d->obj != fo)
		return NULL;
	return d;
}

/* Per function being inlined into: for each local variable, the value of
 * its only assignment (its definition), or NULL once it is assigned again
 * (gc's ir.StaticValue and ir.Reassigned). */
typedef struct Defs {
	Node *fn;
	PtrMap val;     // Obj* -> Node* (the defining value), or &reassigned
} Defs;
static Node reassigned;

static void defs_note(Defs *d, Node *lhs, Node *rhs, bool define) {
	lhs = unparen(lhs);
	if (!lhs || lhs->kind != N_NAME || !lhs->obj || lhs->obj->kind != OBJ_VAR)
		return;
	Obj *o = lhs->obj;
	bool isnew = define && o->pos.line == lhs->pos.line && o->pos.col == lhs->pos.col && o->pos.file == lhs->pos.file;
	if (isnew && rhs && !ptrmap_get(&d->val, o))
		ptrmap_put(&d->val, o, rhs);
	else
		ptrmap_put(&d->val, o, &reassigned);
}

static void defs_walk(Defs *d, Node *n);

static void defs_list(Defs *d, Vec *v) {
	for (int i = 0; i < v->len; i++)
		defs_walk(d, v->data[i]);
}

static void defs_walk(Defs *d, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_ASSIGN:
		if (n->op == TK_ASSIGN || n->op == TK_DEFINE) {
			bool define = n->op == TK_DEFINE;
			for (int i = 0; i < n->list.len; i++)
				defs_note(d, n->list.data[i], n->list.len == n->list2.len ? n->list2.data[i] : NULL, define);
		} else {
			for (int i = 0; i < n->list.len; i++)
				defs_note(d, n->list.data[i], NULL, false);
		}
		break;
	case N_INCDEC:
		defs_note(d, n->x, NULL, false);
		break;
	case N_RANGE:
		defs_note(d, n->x, NULL, false);
		defs_note(d, n->y, NULL, false);
		break;
	case N_VARSPEC:
		for (int i = 0; i < n->list.len; i++)
			defs_note(d, n->list.data[i], n->list.len == n->list2.len ? n->list2.data[i] : NULL, true);
		break;
	default:
		break;
	}
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		defs_walk(d, kids[i]);
	defs_list(d, &n->list);
	defs_list(d, &n->list2);
}

static Defs *defs_of(Node *fn) {
	static Defs *cache;
	if (cache && cache->fn == fn)
		return cache;
	if (cache)
		ptrmap_free(&cache->val);
	else
		cache = calloc(1, sizeof *cache);
	cache->fn = fn;
	if (fn->body)
		defs_walk(cache, fn->body);
	return cache;
}

/* gc's ir.StaticValue: through local variables assigned once, the value a
 * name stands for. */
static Node *static_value(Node *n, Node *curfn) {
	for (int guard = 0; guard < 100; guard++) {
		n = unparen(n);
		if (!n || n->kind != N_NAME || !n->obj || n->obj->kind != OBJ_VAR)
			return n;
		Obj *o = n->obj;
		if (o->vclass != VC_LOCAL || o->owner != curfn || o->addrtaken)
			return n;
		Node *v = ptrmap_get(&defs_of(curfn)->val, o);
		if (!v || v == &reassigned)
			return n;
		n = v;
	}
	return n;
}

/* The function a call's callee expression statically names (gc's
 * inlCallee): its declaration (N_FUNCDECL, or the N_FUNCLIT called), or
 * NULL for calls through func values and interfaces. */
static Node *callee_decl(Node *fx, Node *curfn) {
	Node *f = static_value(fx, curfn);
	if (!f)
		return NULL;
	switch (f->kind) {
	case N_NAME:
		return f->obj && f->obj->kind == OBJ_FUNC ? func_decl(f->obj) : NULL;
	case N_FUNCLIT:
		return f;
	case N_SELECTOR:
		if (f->sel_kind == SEL_QUALIFIED)
			return f->obj && f->obj->kind == OBJ_FUNC ? func_decl(f->obj) : NULL;
		if (f->sel_kind == SEL_METHOD && f->method && f->method->func && f->x && under(f->x->type) &&
		    under(f->x->type)->kind != TY_INTERFACE && f == unparen(fx))
			return func_decl(f->method->func);
		if (f->sel_kind == SEL_METHODEXPR && f->method && f->method->func) {
			/* T.M or (*T).M: only when T (or *T) is the method's own receiver type */
			Obj *mf = f->method->func;
			Type *rt = mf->type && mf->type->recv ? mf->type->recv->type : NULL;
			Type *xt = f->x ? f->x->type : NULL;
			if (rt && xt && type_identical(rt, xt))
				return func_decl(mf);
		}
		return NULL;
	default:
		return NULL;
	}
}

/* ---------------- the cost model (gc's hairyVisitor) ---------------- */

typedef struct Hairy {
	int budget;
	const char *reason;
	int extracall;
	Node *fn;          // the function examined
	Node *cur;         // the function whose body is being walked: fn, or a closure in it
} Hairy;

static void can_inline(Node *fn);
static bool hairy(Hairy *v, Node *n);

static bool hairy_list(Hairy *v, Vec *l) {
	for (int i = 0; i < l->len; i++)
		if (hairy(v, l->data[i]))
			return true;
	return false;
}

static bool stop(Hairy *v, const char *reason) {
	v->reason = reason;
	return true;
}

/* gc's SimType on amd64: int is int64, uint and uintptr are uint64. */
static TypeKind simkind(Type *t) {
	switch (under(t)->kind) {
	case TY_INT: return TY_INT64;
	case TY_UINT: case TY_UINTPTR: return TY_UINT64;
	default: return under(t)->kind;
	}
}

static bool is_numeric_kind(Type *t) { return type_is_integer(t) || type_is_float(t); }

/* Does gc make the conversion from -> to an OCONVNOP, which costs nothing
 * (typecheck.Convertop, tcConv)? */
static bool conv_is_nop(Type *from, Type *to, bool explicit) {
	if (!from || !to)
		return false;
	Type *f = under(from), *t = under(to);
	/* tcConv keeps an explicit float or complex conversion to the same kind: it rounds */
	bool rounds = explicit && (type_is_float(f) || type_is_complex(f)) && f->kind == t->kind;
	if (from == to || type_identical(from, to))
		return !rounds;
	if (f->kind == TY_UNTYPED_NIL)
		return true;
	if (t->kind == TY_INTERFACE)  // only an empty interface changes into an identical one for free
		return type_identical(f, t) && f->kind == TY_INTERFACE && f->methods.len == 0;
	if (f->kind == TY_INTERFACE)
		return false;
	if (type_identical(f, t))
		return !rounds;
	if (f->kind == TY_CHAN && t->kind == TY_CHAN && type_identical(f->elem, t->elem))
		return true;
	if (f->kind == TY_POINTER && t->kind == TY_POINTER && !from->named && !to->named &&
	    type_identical(under(f->elem), under(t->elem)))
		return true;
	if (is_numeric_kind(f) && is_numeric_kind(t))
		return simkind(f) == simkind(t);
	if ((f->kind == TY_POINTER || f->kind == TY_UINTPTR) && t->kind == TY_UNSAFEPTR)
		return true;
	if (f->kind == TY_UNSAFEPTR && (t->kind == TY_POINTER || t->kind == TY_UINTPTR))
		return true;
	return false;
}

/* The nodes gc adds for a method's receiver x: embedded fields walked,
 * then & or * to match the receiver's kind. */
static int recv_extra(Node *sel) {
	int c = sel->path.len;
	Method *m = sel->method;
	Type *xt = under(sel->x->type);
	bool haveptr = xt && xt->kind == TY_POINTER;
	if (sel->path.len) {
		Field *last = sel->path.data[sel->path.len - 1];
		haveptr = under(last->type)->kind == TY_POINTER;
	}
	if (m && m->ptr_recv && !haveptr)
		c++;  // implicit &x
	else if (m && !m->ptr_recv && haveptr)
		c++;  // implicit *x
	return c;
}

/* Does n call something or receive (gc's callOrChan, new excepted)? */
static bool calls_or_receives(Node *n) {
	n = unparen(n);
	if (!n || n->val || n->kind == N_FUNCLIT)
		return false;
	if (n->kind == N_CALL || (n->kind == N_BUILTINCALL && n->builtin != BI_NEW) ||
	    (n->kind == N_UNARY && n->op == TK_ARROW))
		return true;
	Node *kids[] = {n->x, n->y, n->z, n->w};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (calls_or_receives(kids[i]))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (calls_or_receives(n->list.data[i]))
			return true;
	return false;
}

/* An operand of a comparison or a switch case: gc compares an interface
 * with a concrete value without converting it first (walk does). */
static bool hairy_operand(Hairy *v, Node *n) {
	Node *m = unparen(n);
	while (m && m->kind == N_CONV && m->implicit && m->x)
		m = unparen(m->x);
	if (m && m->type && under(m->type)->kind != TY_INTERFACE)
		n = m;
	return hairy(v, n);
}

/* a, b = f() (or var a, b T = f()) where a result must be converted: gc
 * assigns f's results to temporaries first, then converts (4n+1 nodes, and
 * the conversions). */
static void hairy_tuple_assign(Hairy *v, Vec *lhs, Node *rhs) {
	rhs = unparen(rhs);
	if (!rhs || rhs->kind != N_CALL || !rhs->type || rhs->type->kind != TY_TUPLE)
		return;
	int nconv = 0, cost = 0;
	for (int i = 0; i < lhs->len && i < rhs->type->fields.len; i++) {
		Node *l = unparen(lhs->data[i]);
		Type *lt = l->obj ? l->obj->type : l->type;
		Type *rt = ((Field *)rhs->type->fields.data[i])->type;
		if ((l->kind == N_NAME && l->is_blank) || !lt || type_identical(lt, rt))
			continue;
		nconv++;
		cost += !conv_is_nop(rt, lt, false);
	}
	if (nconv)
		v->budget -= 4 * rhs->type->fields.len + 1 + cost;
}

/* f(g()) and return g() with g's several results: gc rewrites them into
 * t1, t2 := g() first (typecheck.RewriteMultiValueCall): the assignment,
 * ODCL and name of each temporary, and the temporaries as operands. */
static void hairy_multivalue(Hairy *v, Vec *args, Vec *targets) {
	Node *a = args->len == 1 ? unparen(args->data[0]) : NULL;
	if (!a || !a->type || a->type->kind != TY_TUPLE)
		return;
	v->budget -= 4 * a->type->fields.len + 1;
	for (int i = 0; targets && i < targets->len && i < a->type->fields.len; i++) {
		Type *to = ((Field *)targets->data[i])->type;
		Type *from = ((Field *)a->type->fields.data[i])->type;
		if (!conv_is_nop(from, to, false))
			v->budget--;
	}
}

static bool hairy_call(Hairy *v, Node *n) {
	Node *f = unparen(n->x);
	Type *ft = under(f->type);
	hairy_multivalue(v, &n->list, ft && ft->kind == TY_FUNC && !ft->variadic ? &ft->params : NULL);
	/* a callee (or receiver) that calls: gc evaluates it into a temporary
	 * first (typecheck.RewriteNonNameCall) */
	if (calls_or_receives(f->kind == N_SELECTOR && f->sel_kind == SEL_METHOD ? f->x : f))
		v->budget -= 3;
	/* the call node; its callee expression below */
	v->budget--;
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_METHOD && f->method) {
		Type *xt = under(f->x->type);
		if (xt && xt->kind == TY_INTERFACE) {  // OCALLINTER(ODOTINTER(x))
			v->budget -= v->extracall + 1;
			return hairy(v, f->x) || hairy_list(v, &n->list);
		}
		/* OCALLFUNC(OMETHEXPR(T), recv, args): the type node, the receiver
		 * with its implicit & or * and embedded fields */
		v->budget -= 1 + recv_extra(f);
		if (hairy(v, f->x))
			return true;
	} else if (f->kind == N_FUNCLIT) {
		if (hairy(v, f))
			return true;
	} else {
		if (f->kind == N_SELECTOR && f->sel_kind == SEL_METHODEXPR)
			v->budget--;  // OMETHEXPR costs nothing; its type node one
		else if (hairy(v, f))
			return true;
	}
	Node *d = callee_decl(f, v->cur);
	Obj *fo = d ? d->obj : NULL;
	if (!fo && f->kind == N_NAME && f->obj && f->obj->kind == OBJ_FUNC)
		fo = f->obj;
	if (!fo && f->kind == N_SELECTOR && f->sel_kind == SEL_QUALIFIED && f->obj && f->obj->kind == OBJ_FUNC)
		fo = f->obj;
	if (fo && is_pkg(fo->pkg, "runtime") && !fo->recv_base) {
		if (!strcmp(fo->name, "getcallerpc") || !strcmp(fo->name, "getcallersp"))
			return stop(v, fo->name[9] == 'p' ? "call to getcallerpc" : "call to getcallersp");
		if (!strcmp(fo->name, "throw")) {
			v->budget -= INLINE_EXTRA_THROW_COST;
			return hairy_list(v, &n->list);
		}
	}
	bool cheap = false;
	if (fo && fo->recv_base && f->kind == N_SELECTOR) {
		const char *ln = inl_funcname(fo);
		const char *dot = strchr(ln, '.');
		const char *m = is_pkg(fo->pkg, "encoding/binary") && dot ? dot + 1 : NULL;
		if (m && (!strcmp(m, "littleEndian.Uint64") || !strcmp(m, "littleEndian.Uint32") ||
		          !strcmp(m, "littleEndian.Uint16") || !strcmp(m, "bigEndian.Uint64") ||
		          !strcmp(m, "bigEndian.Uint32") || !strcmp(m, "bigEndian.Uint16") ||
		          !strcmp(m, "littleEndian.PutUint64") || !strcmp(m, "littleEndian.PutUint32") ||
		          !strcmp(m, "littleEndian.PutUint16") || !strcmp(m, "bigEndian.PutUint64") ||
		          !strcmp(m, "bigEndian.PutUint32") || !strcmp(m, "bigEndian.PutUint16")))
			cheap = true;
	}
	if (!cheap && !(fo && is_intrinsic(fo))) {
		if (d && d->kind == N_FUNCLIT)
			can_inline(d);  // a closure is examined when first called (gc: inlCallee)
		Inl *in = d ? ptrmap_get(&inls, d) : NULL;
		if (in && in->ok)
			v->budget -= in->cost;
		else
			v->budget -= v->extracall;
	}
	return hairy_list(v, &n->list);
}

static bool hairy_builtin(Hairy *v, Node *n) {
	switch (n->builtin) {
	case BI_RECOVER:
		return stop(v, "call to recover");
	case BI_PANIC: {
		Node *a = n->list.len ? unparen(n->list.data[0]) : NULL;
		v->budget -= 1 + INLINE_EXTRA_PANIC_COST;
		if (a && a->kind == N_CONV && a->implicit && under(a->type)->kind == TY_INTERFACE &&
		    !conv_is_nop(a->x ? a->x->type : NULL, a->type, false))
			v->budget++;  // gc's hack for reflect.flag.mustBe
		return hairy_list(v, &n->list);
	}
	case BI_APPEND:
		v->budget -= 1 + INLINE_EXTRA_APPEND_COST;
		return hairy_list(v, &n->list);
	case BI_NEW:
		v->budget -= 2;  // ONEW and its type
		return false;
	case BI_MAKE:
		v->budget--;
		if (n->list.len == 1 && n->list.data[0] && under(((Node *)n->list.data[0])->type)->kind != TY_SLICE)
			v->budget--;  // make(map[K]V) and make(chan T) get a size 0
		for (int i = 1; i < n->list.len; i++)
			if (hairy(v, n->list.data[i]))
				return true;
		return false;
	default:
		v->budget--;
		hairy_multivalue(v, &n->list, NULL);
		return hairy_list(v, &n->list);
	}
}

/* A composite literal: its node, a key node per keyed (or struct) element. */
static bool hairy_composite(Hairy *v, Node *n) {
	Type *t = under(n->type);
	v->budget--;
	if (t && t->kind == TY_POINTER) {  // &T{...} elided in an outer literal: OPTRLIT
		v->budget--;
		t = under(t->elem);
	}
	if (t && t->kind == TY_SLICE)
		v->budget--;  // gc: "OSLICELIT: Hack for toolstash -cmp"
	for (int i = 0; i < n->list.len; i++) {
		Node *e = n->list.data[i];
		if (e->kind == N_KEYVALUE) {
			v->budget--;
			if (t && t->kind != TY_STRUCT && hairy(v, e->x))
				return true;
			if (hairy(v, e->y))
				return true;
		} else {
			if (t && t->kind == TY_STRUCT)
				v->budget--;  // OSTRUCTKEY
			if (hairy(v, e))
				return true;
		}
	}
	return false;
}

/* the node count of gc's ODCL for each variable a := or var declares */
static void hairy_define(Hairy *v, Vec *lhs) {
	for (int i = 0; i < lhs->len; i++) {
		Node *l = unparen(lhs->data[i]);
		if (l && l->kind == N_NAME && l->obj && l->obj->pos.line == l->pos.line && l->obj->pos.col == l->pos.col &&
		    l->obj->pos.file == l->pos.file)
			v->budget -= 2;
	}
}

static bool hairy(Hairy *v, Node *n) {
	n = unparen(n);
	if (!n)
		return false;
	if (n->val && !(n->type && under(n->type)->kind == TY_INTERFACE) && n->kind != N_FUNCLIT) {
		v->budget--;  // OLITERAL
		return false;
	}
	switch (n->kind) {
	/* ---- expressions ---- */
	case N_NAME:
		v->budget--;
		return false;
	case N_BASICLIT:
		v->budget--;
		return false;
	case N_COMPOSITE:
		return hairy_composite(v, n);
	case N_FUNCLIT:
		if (!inline_closures)
			return stop(v, "not inlining functions with closures");
		v->budget -= INLINE_CLOSURE_COST + 1;
		if (n->body) {
			Node *save = v->cur;
			v->cur = n;
			bool r = hairy_list(v, &n->body->list);
			v->cur = save;
			return r;
		}
		return false;
	case N_SELECTOR:
		switch (n->sel_kind) {
		case SEL_FIELD:
			v->budget -= n->path.len ? n->path.len : 1;
			return hairy(v, n->x);
		case SEL_METHOD:  // a method value: OMETHVALUE (gc counts it twice)
			v->budget -= 2;
			if (n->method && under(n->x->type)->kind != TY_INTERFACE)
				v->budget -= recv_extra(n);
			return hairy(v, n->x);
		case SEL_METHODEXPR:  // OMETHEXPR is free, its type node is not
			v->budget--;
			return false;
		default:  // pkg.Name
			v->budget--;
			return false;
		}
	case N_INDEX: {
		Type *t = under(n->x->type);
		v->budget--;
		if (t && t->kind == TY_POINTER)
			v->budget--;  // implicit *p of p[i]
		return hairy(v, n->x) || hairy(v, n->y);
	}
	case N_SLICEEXPR: {
		Type *t = under(n->x->type);
		v->budget--;
		if (t && t->kind == TY_ARRAY)
			v->budget--;  // implicit &a of a[:]
		return hairy(v, n->x) || hairy(v, n->y) || hairy(v, n->z) || hairy(v, n->w);
	}
	case N_TYPEASSERT:
		v->budget--;
		return hairy(v, n->x);
	case N_CALL:
		return hairy_call(v, n);
	case N_BUILTINCALL:
		return hairy_builtin(v, n);
	case N_DEREF:
	case N_STAR: {
		v->budget--;
		Node *p = unparen(n->x);
		while (p && p->kind == N_CONV && conv_is_nop(p->x ? p->x->type : NULL, p->type, !p->implicit))
			p = unparen(p->x);
		if (p && p->kind == N_UNARY && p->op == TK_AND && unparen(p->x)->kind != N_COMPOSITE)
			v->budget++;  // *(*T)(unsafe.Pointer(&x)) is cheap (&T{} is an OPTRLIT, not an OADDR)
		return hairy(v, n->x);
	}
	case N_UNARY:
		v->budget--;
		return hairy(v, n->x);
	case N_BINARY:
		if (n->op == TK_ADD && n->type && under(n->type)->kind == TY_STRING) {
			/* a chain of string additions is one OADDSTR */
			v->budget--;
			Vec ops = {0};
			vec_push(&ops, n);
			bool r = false;
			while (ops.len && !r) {
				Node *x = unparen(vec_pop(&ops));
				if (x->kind == N_BINARY && x->op == TK_ADD && !x->val) {
					vec_push(&ops, x->y);
					vec_push(&ops, x->x);
				} else {
					r = hairy(v, x);
				}
			}
			free(ops.data);
			return r;
		}
		v->budget--;
		if (n->op == TK_EQL || n->op == TK_NEQ)
			return hairy_operand(v, n->x) || hairy_operand(v, n->y);
		return hairy(v, n->x) || hairy(v, n->y);
	case N_CONV:
		if (n->x && unparen(n->x)->val && n->type &&
		    (type_is_numeric(n->type) || type_is_string(n->type) || type_is_boolean(n->type))) {
			v->budget--;  // a constant, converted: one OLITERAL
			return false;
		}
		if (!conv_is_nop(n->x ? n->x->type : NULL, n->type, !n->implicit))
			v->budget--;
		return hairy(v, n->x);
	case N_KEYVALUE:
		v->budget--;
		return hairy(v, n->x) || hairy(v, n->y);
	case N_INLCALL:
		return false;

	/* ---- statements ---- */
	case N_EMPTY:
		return false;
	case N_BLOCK:
		return hairy_list(v, &n->list);
	case N_EXPRSTMT:
		return hairy(v, n->x);
	case N_SEND:
		v->budget--;
		return hairy(v, n->x) || hairy(v, n->y);
	case N_INCDEC:
		v->budget -= 2;  // OASOP and its constant 1
		return hairy(v, n->x);
	case N_ASSIGN:
		v->budget--;
		if (n->op == TK_DEFINE)
			hairy_define(v, &n->list);
		if (n->list.len > 1 && n->list2.len == 1)
			hairy_tuple_assign(v, &n->list, n->list2.data[0]);
		return hairy_list(v, &n->list) || hairy_list(v, &n->list2);
	case N_GO:
		return stop(v, "unhandled op GO");
	case N_DEFER:
		return stop(v, "unhandled op DEFER");
	case N_RETURN:
		v->budget--;
		hairy_multivalue(v, &n->list, v->cur->obj && v->cur->obj->type ? &v->cur->obj->type->results : NULL);
		return hairy_list(v, &n->list);
	case N_BRANCH:
		if (n->op != TK_FALLTHROUGH)
			v->budget--;
		return false;
	case N_LABELED:
		v->budget--;
		return hairy(v, n->body);
	case N_IF: {
		bool b;
		if (const_bool(n->cond, &b)) {  // the if and its condition cost nothing
			if (hairy(v, n->init))
				return true;
			return b ? hairy(v, n->body) : hairy(v, n->els);
		}
		v->budget--;
		return hairy(v, n->init) || hairy(v, n->cond) || hairy(v, n->body) || hairy(v, n->els);
	}
	case N_FOR:
		v->budget--;
		return hairy(v, n->init) || hairy(v, n->cond) || hairy(v, n->post) || hairy(v, n->body);
	case N_RANGE:
		v->budget--;
		if (n->op == TK_DEFINE) {
			Vec kv = {0};
			if (n->x)
				vec_push(&kv, n->x);
			if (n->y)
				vec_push(&kv, n->y);
			hairy_define(v, &kv);
			free(kv.data);
		}
		return hairy(v, n->x) || hairy(v, n->y) || hairy(v, n->z) || hairy(v, n->body);
	case N_SWITCH:
	case N_TYPESWITCH:
		v->budget--;
		if (hairy(v, n->init))
			return true;
		if (n->kind == N_TYPESWITCH)
			v->budget -= n->name ? 2 : 1;  // OTYPESW (and its name)
		if (hairy(v, n->x))
			return true;
		for (int i = 0; i < n->list.len; i++) {
			Node *c = n->list.data[i];
			v->budget--;
			if (n->kind == N_TYPESWITCH) {
				v->budget -= c->list.len;  // type nodes (and nil)
				if (c->obj)
					v->budget--;  // the clause's variable
			} else {
				for (int j = 0; j < c->list.len; j++)
					if (hairy_operand(v, c->list.data[j]))
						return true;
			}
			if (hairy_list(v, &c->list2))
				return true;
		}
		return false;
	case N_SELECT:
		v->budget--;
		for (int i = 0; i < n->list.len; i++) {
			Node *c = n->list.data[i];
			Node *x = c->x;
			v->budget--;
			if (x && x->kind == N_EXPRSTMT) {
				v->budget -= 3;  // <-c is _, _ = <-c (OSELRECV2)
				x = x->x;
			} else if (x && x->kind == N_ASSIGN && x->list.len == 1) {
				v->budget -= 1;  // x = <-c is x, _ = <-c
				Node *r = x->list2.len ? unparen(x->list2.data[0]) : NULL;
				if (r && r->kind == N_CONV && r->implicit && !conv_is_nop(r->x->type, r->type, false))
					v->budget++;  // and its conversion is left to the assignment
			}
			if (hairy(v, x) || hairy_list(v, &c->list2))
				return true;
		}
		return false;
	case N_DECLSTMT:
		for (int i = 0; i < n->list.len; i++) {
			Node *s = n->list.data[i];
			if (s->kind == N_TYPESPEC)
				return stop(v, "unhandled op DCLTYPE");
			if (s->kind != N_VARSPEC)
				continue;  // ODCLCONST: free
			v->budget -= 2 * s->list.len;  // ODCL and its name
			if (s->list2.len && s->list2.len != s->list.len) {
				v->budget -= 1 + s->list.len;  // OAS2...
				hairy_tuple_assign(v, &s->list, s->list2.data[0]);
			}
			else
				v->budget -= 2 * s->list.len;  // OAS x = v (or zero)
			if (hairy_list(v, &s->list2))
				return true;
		}
		return false;
	default:
		v->budget--;
		return false;
	}
}

/* gc's canDelayResults: one return statement, with values, unnamed results. */
static void count_returns(Node *n, int *count) {
	if (!n || n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_RETURN)
		*count += n->list.len ? 1 : 2;
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		count_returns(kids[i], count);
	for (int i = 0; i < n->list.len; i++)
		count_returns(n->list.data[i], count);
	for (int i = 0; i < n->list2.len; i++)
		count_returns(n->list2.data[i], count);
}

static bool can_delay_results(Node *fn) {
	int n = 0;
	count_returns(fn->body, &n);
	if (n != 1)
		return false;
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = fn->locals.data[i];
		if (o->vclass == VC_RESULT && o->name && o->name[0] != '~')
			return false;
	}
	return true;
}

/* gc's CanInline. */
static void can_inline(Node *fn) {
	Inl *in = inl_of(fn);
	if (in->checked)
		return;
	in->checked = true;
	const char *reason = NULL;
	unsigned pragmas = fn->kind == N_FUNCDECL ? lex_pragmas_before(fn->pos) : 0;
	bool report = I.report && fn->obj && is_pkg(fn->obj->pkg, I.pkg->path);
	if (pragmas & PRAGMA_NOINLINE)
		reason = "marked go:noinline";
	else if (flag_race && (pragmas & PRAGMA_NORACE))
		reason = "marked go:norace with -race compilation";
	else if (pragmas & PRAGMA_CGO_UNSAFE_ARGS)
		reason = "marked go:cgo_unsafe_args";
	else if (pragmas & PRAGMA_UINTPTRKEEPALIVE)
		reason = "marked as having a keep-alive uintptr argument";
	else if (pragmas & PRAGMA_UINTPTRESCAPES)
		reason = "marked as having an escaping uintptr argument";
	else if (pragmas & PRAGMA_YESWRITEBARRIERREC)
		reason = "marked go:yeswritebarrierrec";
	else if (!fn->body)
		reason = "no function body";
	Hairy v = {INLINE_MAX_BUDGET, NULL, inline_level == 4 ? 1 : INLINE_EXTRA_CALL_COST, fn, fn};
	if (!reason) {
		if (hairy_list(&v, &fn->body->list))
			reason = v.reason;
		else if (v.budget < 0)
			reason = arena_printf(perm, "function too complex: cost %d exceeds budget %d",
			                      INLINE_MAX_BUDGET - v.budget, INLINE_MAX_BUDGET);
	}
	if (reason) {
		if (report && debug_m > 1)
			msg(func_pos(fn), arena_printf(perm, "cannot inline %s: %s", inl_funcname(fn->obj), reason));
		return;
	}
	in->ok = true;
	in->cost = INLINE_MAX_BUDGET - v.budget;
	in->nlocals = fn->locals.len;
	in->delay_results = can_delay_results(fn);
	if (!report)
		return;
	if (debug_m > 1) {
		StrBuf b = {0};
		fmt_functype(&b, fn->obj);
		sb_puts(&b, " { ");
		fmt_stmts(&b, &fn->body->list);
		sb_puts(&b, " }");
		msg(func_pos(fn), arena_printf(perm, "can inline %s with cost %d as: %s", inl_funcname(fn->obj), in->cost,
		                               sb_cstr(&b)));
		sb_free(&b);
	} else {
		msg(func_pos(fn), arena_printf(perm, "can inline %s", inl_funcname(fn->obj)));
	}
}

/* ---------------- the call graph, bottom up (gc: ir/scc.go) ---------------- */

typedef struct Scc {
	PtrMap id;       // Node* -> id (uintptr_t), ~0 once its component is done
	uintptr_t gen;
	Vec stack;       // Node*
	void (*analyze)(Vec *list, bool recursive);
} Scc;

static uintptr_t scc_visit(Scc *s, Node *fn);

static void scc_refs(Scc *s, Node *n, uintptr_t *min) {
	if (!n)
		return;
	Node *d = NULL;
	switch (n->kind) {
	case N_NAME:
		if (n->obj && n->obj->kind == OBJ_FUNC)
			d = func_decl(n->obj);
		break;
	case N_SELECTOR:
		if ((n->sel_kind == SEL_METHOD || n->sel_kind == SEL_METHODEXPR) && n->method && n->method->func)
			d = func_decl(n->method->func);
		break;
	case N_FUNCLIT:
		d = n;
		break;
	default:
		break;
	}
	if (d && d->obj && is_pkg(d->obj->pkg, I.pkg->path)) {
		uintptr_t m = scc_visit(s, d);
		if (m < *min)
			*min = m;
	}
	if (n->kind == N_FUNCLIT)
		return;  // its body is its own
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		scc_refs(s, kids[i], min);
	for (int i = 0; i < n->list.len; i++)
		scc_refs(s, n->list.data[i], min);
	for (int i = 0; i < n->list2.len; i++)
		scc_refs(s, n->list2.data[i], min);
}

static uintptr_t scc_visit(Scc *s, Node *fn) {
	uintptr_t id = (uintptr_t)ptrmap_get(&s->id, fn);
	if (id)
		return id;
	id = ++s->gen;
	ptrmap_put(&s->id, fn, (void *)id);
	uintptr_t min = ++s->gen;
	vec_push(&s->stack, fn);
	if (fn->body)
		scc_refs(s, fn->body, &min);
	if ((min == id || min == id + 1) && fn->kind == N_FUNCDECL) {
		bool recursive = min == id;
		int i = s->stack.len - 1;
		for (; i >= 0; i--) {
			Node *x = s->stack.data[i];
			ptrmap_put(&s->id, x, (void *)~(uintptr_t)0);
			if (x == fn)
				break;
		}
		Vec block = {0};
		for (int j = i; j < s->stack.len; j++)
			vec_push(&block, s->stack.data[j]);
		s->stack.len = i;
		s->analyze(&block, recursive);
		free(block.data);
	}
	return min;
}

static void analyze(Vec *list, bool recursive) {
	int nfuncs = 0;
	for (int i = 0; i < list->len; i++)
		nfuncs += ((Node *)list->data[i])->kind == N_FUNCDECL;
	for (int i = 0; i < list->len; i++) {
		Node *fn = list->data[i];
		if (!recursive || nfuncs > 1) {
			can_inline(fn);
		} else {
			inl_of(fn)->checked = true;
			if (I.report && debug_m > 1 && is_pkg(fn->obj->pkg, I.pkg->path))
				msg(func_pos(fn), arena_printf(perm, "cannot inline %s: recursive", inl_funcname(fn->obj)));
		}
	}
}

/* The function literals in n, outer ones first. */
static void collect_lits(Node *n, Vec *out) {
	if (!n)
		return;
	if (n->kind == N_FUNCLIT)
		vec_push(out, n);
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		collect_lits(kids[i], out);
	for (int i = 0; i < n->list.len; i++)
		collect_lits(n->list.data[i], out);
	for (int i = 0; i < n->list2.len; i++)
		collect_lits(n->list2.data[i], out);
}

/* gc's deadcode.Func: a body of nothing but constant-false loops and
 * empty constant ifs is empty. */
static void dc_func(Node *body) {
	dc_stmts(&body->list);
	if (body->list.len == 0)
		return;
	for (int i = 0; i < body->list.len; i++) {
		Node *n = body->list.data[i];
		bool b;
		if (!n)
			continue;
		if (n->init)
			return;
		if (n->kind == N_IF) {
			if (!const_bool(n->cond, &b) || (n->body && n->body->list.len) || n->els)
				return;
		} else if (n->kind == N_FOR) {
			if (!n->cond || !const_bool(n->cond, &b) || b)
				return;
		} else {
			return;
		}
	}
	body->list.len = 0;
}

/* Examine pkg's functions (once), imported packages first. */
static void analyse_package(Package *pkg, bool report) {
	if (ptrmap_get(&pkgdone, pkg))
		return;
	ptrmap_put(&pkgdone, pkg, (void *)1);
	for (int i = 0; i < pkg->imports.len; i++)
		analyse_package(pkg->imports.data[i], false);
	typeof(I) save = I;
	I.pkg = pkg;
	I.report = report;
	I.msgs = (Vec){0};
	const char *savelocal = types_local_pkg;
	types_local_pkg = pkg->path;
	Vec fns = {0}, globlits = {0};
	for (int f = 0; f < pkg->files.len; f++) {
		Node *file = pkg->files.data[f];
		for (int i = 0; i < file->list2.len; i++) {
			Node *d = file->list2.data[i];
			if (d->kind == N_FUNCDECL && d->obj && !d->obj->generic)
				vec_push(&fns, d);
			else if (d->kind == N_VARSPEC)
				for (int j = 0; j < d->list2.len; j++)
					collect_lits(d->list2.data[j], &globlits);
		}
	}
	for (int i = 0; i < fns.len; i++) {
		Node *d = fns.data[i];
		if (d->body) {
			dc_func(d->body);
			Vec lits = {0};
			collect_lits(d->body, &lits);
			for (int j = 0; j < lits.len; j++)
				dc_func(((Node *)lits.data[j])->body);
			free(lits.data);
		}
	}
	for (int j = 0; j < globlits.len; j++)
		dc_func(((Node *)globlits.data[j])->body);
	if (inline_level > 0) {
		Scc s = {0};
		s.analyze = analyze;
		for (int i = 0; i < fns.len; i++)
			scc_visit(&s, fns.data[i]);
		ptrmap_free(&s.id);
		free(s.stack.data);
		/* closures in package variables' initialisers: gc's init function's */
		analyze(&globlits, false);
	}
	free(fns.data);
	free(globlits.data);
	if (report && I.msgs.len) {
		qsort(I.msgs.data, (size_t)I.msgs.len, sizeof(void *), msgcmp);
		for (int i = 0; i < I.msgs.len; i++) {
			Msg *m = I.msgs.data[i];
			diag_warnf(m->pos, "%s", m->text);
		}
	}
	free(I.msgs.data);
	types_local_pkg = savelocal;
	I = save;
}

void inline_package(Package *pkg, bool report) {
	analyse_package(pkg, report);
}
