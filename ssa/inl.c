/* inl.c — the inliner: which functions can be inlined, with gc's cost
 * model, and their calls replaced by their bodies, with gc's -m messages
 * (gc: cmd/compile/internal/inline/inl.go, deadcode/deadcode.go).
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
 *   - then, in a package being compiled, inline_calls replaces each call
 *     of such a function in the function's body (not its closures': they
 *     come in turn) by the callee's body (see "inlining calls" below), in
 *     gc's order, within gc's limits (a big function takes callees of cost
 *     20 at most; a function is not inlined into itself, nor round a
 *     recursive cycle twice).
 * Imported packages are analysed first, whether they are compiled now or
 * come from the build cache, so a callee's cost and body are known before
 * any of its callers' (the whole program's ASTs stay in memory).
 *
 * -m prints "can inline f" and "inlining call to f" (-m=2: "can inline f
 * with cost N as: TYPE { BODY }", "cannot inline f: REASON"), in gc's
 * words and at gc's positions (inlined code: the outermost call), for the
 * package being compiled.
 *
 * Invariants: a function is examined once (Inl.checked); its Inl is set
 * only if it can be inlined; -l (inline_level 0) examines nothing and
 * inlines nothing; a body is always copied as written (N_INLCALL.orig), so
 * inlining into a function never changes what inlining it copies.
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
	bool compile;       // it is being compiled: inline calls in its functions
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
	if (fn->kind == N_FUNCLIT && fn->obj)
		return fn->obj->pos;  // a closure copied by inlining keeps the original's (gc: NewClosureFunc(oldfn.Pos()))
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

/* ---------------- inlining calls (gc: InlineCalls, mkinlcall, inlsubst) ----------------
 *
 * A call of a function that can be inlined is replaced, in place, by an
 * N_INLCALL (frontend.h): fresh variables for the callee's parameters,
 * results and locals (the caller's, Obj.owner), the parameters assigned
 * the arguments (a receiver, and a variadic call's implicit slice, "...
 * argument", included), the results declared (or, with gc's
 * CanDelayResults, at the one return), the callee's body copied with each
 * return made an assignment to the results and a break out of the
 * N_INLCALL, labels and branch targets copied with it, closures copied as
 * new closures of the caller (named as gc names them: f.func3).  Positions
 * in the copy get an inline base (frontend.h) naming the call, so -m lines
 * land on the call and DWARF describes the inlined frame.  The copy is then
 * inlined into in turn (transitive inlining), with gc's guard against
 * recursive cycles.  The call's original node stays in N_INLCALL.orig: a
 * body is always copied from its calls as written. */

enum {
	INLINE_BIG_FUNCTION_NODES = 5000, // gc: inlineBigFunctionNodes
	INLINE_BIG_FUNCTION_MAX_COST = 20, // gc: inlineBigFunctionMaxCost
};

typedef struct Subst {
	Node *call;         // the N_CALL becoming the N_INLCALL (break target of returns)
	Node *callee;       // N_FUNCDECL / N_FUNCLIT
	Node *caller;       // the function the copy goes into
	PtrMap vars;        // callee Obj* -> fresh Obj*
	PtrMap nodes;       // callee Node* -> copy (branch targets)
	Vec branches;       // copied N_BRANCH nodes, retargeted at the end
	Vec retvars;        // Obj* of the results
	bool delay;         // results declared at the return (gc: CanDelayResults)
	int base;           // inline base of the copy's positions (-1: keep them)
	uint16_t basefile;  // the file it stands for
	Node *closure;      // the copied function literal being filled, NULL in the body proper
} Subst;

static struct {
	Node *fn;           // the function being inlined into
	int maxcost;
	PtrMap active;      // callee Node* -> 1 while its body is being inlined (gc's inlMap)
	bool full;          // the inline bases ran out: no more inlining in this package
} C;

static Node *mknode(NodeKind k, Pos p) { return node_new(k, p); }

static Pos rebase(Subst *s, Pos p) {
	if (s->base < 0 || s->closure || p.line == 0)
		return p;
	if (p.file != s->basefile) {  // a //line directive in the callee: a base for that file too
		int b = pos_inlbase_new(p.file, s->call->pos, s->callee->obj);
		if (b < 0)
			return p;
		s->basefile = p.file;
		s->base = b;
	}
	p.file = (uint16_t)s->base;
	return p;
}

/* A fresh variable of the caller standing for callee variable o. */
static Obj *fresh_var(Subst *s, Obj *o, const char *name, Node *owner, Pos pos) {
	Obj *v = NEW(perm, Obj);
	*v = *o;
	v->name = name ? name : o->name;
	v->pos = pos;
	v->owner = owner;
	v->ssa = NULL;
	v->backend = NULL;
	v->stackok = false;
	v->used = true;
	if (owner == s->caller) {
		v->vclass = VC_LOCAL;
		v->index = 0;
	}
	vec_push(&owner->locals, v);
	ptrmap_put(&s->vars, o, v);
	return v;
}

static Obj *subst_obj(Subst *s, Obj *o) {
	Obj *v = o ? ptrmap_get(&s->vars, o) : NULL;
	return v ? v : o;
}

static Node *name_node(Obj *o, Pos p) {
	Node *n = mknode(N_NAME, p);
	n->name = o->name;
	n->obj = o;
	n->type = o->type;
	return n;
}

static Node *blank_node(Type *t, Pos p) {
	Node *n = mknode(N_NAME, p);
	n->name = "_";
	n->is_blank = true;
	n->type = t;
	return n;
}

static Node *copy_node(Subst *s, Node *n);

static Vec copy_list(Subst *s, Vec *l) {
	Vec out = {0};
	for (int i = 0; i < l->len; i++)
		vec_push(&out, copy_node(s, l->data[i]));
	return out;
}

/* The name of the next closure of fn, as gc names closures: f.func3 in a
 * declared function, f.func1.2 in a closure. */
static const char *closure_name(Node *outer, Obj **pkgobj) {
	Obj *o = outer->obj;
	const char *ln = o->linkname ? o->linkname : o->name;
	size_t pl = o->pkg ? strlen(o->pkg) : 0;
	const char *rest = o->pkg && !strncmp(ln, o->pkg, pl) && ln[pl] == '.' ? ln + pl + 1 : ln;
	*pkgobj = o;
	return arena_printf(perm, "%s.%s%d", rest, outer->kind == N_FUNCDECL ? "func" : "", outer->funclits.len + 1);
}

/* A function literal of the callee, copied into the caller as a closure of
 * its own (gc: inlsubst.closure): fresh variables, captures seen through
 * the substitution, positions left as they were inside it. */
static Node *copy_funclit(Subst *s, Node *n, Node *m) {
	Node *outer = s->closure ? s->closure : s->caller;
	Obj *po;
	const char *name = closure_name(outer, &po);
	Obj *fo = NEW(perm, Obj);
	*fo = *n->obj;
	fo->name = intern(name, strlen(name));
	fo->linkname = arena_printf(perm, "%s.%s", po->pkg, name);
	fo->pkg = po->pkg;
	fo->decl = m;
	fo->ssa = fo->backend = NULL;
	m->obj = fo;
	vec_push(&outer->funclits, m);
	m->funclits = (Vec){0};
	m->locals = (Vec){0};
	m->captures = (Vec){0};
	for (int i = 0; i < n->captures.len; i++) {
		Obj *c = subst_obj(s, n->captures.data[i]);
		c->captured = true;
		vec_push(&m->captures, c);
	}
	for (int i = 0; i < n->locals.len; i++) {
		Obj *o = n->locals.data[i];
		fresh_var(s, o, NULL, m, o->pos);
	}
	Node *saveclo = s->closure;
	s->closure = m;
	m->x = copy_node(s, n->x);
	m->body = copy_node(s, n->body);
	s->closure = saveclo;
	return m;
}

/* return x, y in the inlined body proper: results assigned, then out. */
static Node *copy_return(Subst *s, Node *n) {
	Pos p = rebase(s, n->pos);
	Node *blk = mknode(N_BLOCK, p);
	if (n->list.len && s->retvars.len) {
		Node *as = mknode(N_ASSIGN, p);
		as->op = s->delay ? TK_DEFINE : TK_ASSIGN;
		for (int i = 0; i < s->retvars.len; i++) {
			Obj *r = s->retvars.data[i];
			vec_push(&as->list, name_node(r, s->delay ? r->pos : p));
		}
		as->list2 = copy_list(s, &n->list);
		vec_push(&blk->list, as);
	}
	Node *br = mknode(N_BRANCH, p);
	br->op = TK_BREAK;
	br->target = s->call;
	vec_push(&blk->list, br);
	return blk;
}

static Node *copy_node(Subst *s, Node *n) {
	if (!n)
		return NULL;
	if (n->kind == N_INLCALL)
		return copy_node(s, n->orig);  // a body is copied as written
	if (n->kind == N_RETURN && !s->closure)
		return copy_return(s, n);
	Node *m = NEW(perm, Node);
	*m = *n;
	m->pos = rebase(s, n->pos);
	m->epos = rebase(s, n->epos);
	m->stackalloc = false;
	m->ssa = NULL;
	ptrmap_put(&s->nodes, n, m);
	if (n->kind == N_FUNCLIT) {
		Pos savepos = m->pos;
		copy_funclit(s, n, m);
		m->pos = savepos;
		return m;
	}
	m->x = copy_node(s, n->x);
	m->y = copy_node(s, n->y);
	m->z = copy_node(s, n->z);
	m->w = copy_node(s, n->w);
	m->init = copy_node(s, n->init);
	m->cond = copy_node(s, n->cond);
	m->post = copy_node(s, n->post);
	m->body = copy_node(s, n->body);
	m->els = copy_node(s, n->els);
	m->list = copy_list(s, &n->list);
	m->list2 = copy_list(s, &n->list2);
	if (n->kind == N_NAME || n->kind == N_CASE)
		m->obj = subst_obj(s, n->obj);
	if (n->kind == N_BRANCH)
		vec_push(&s->branches, m);
	return m;
}

/* The receiver of x.M(): x, its embedded fields walked, then & or * as the
 * method's receiver wants (what gc's typecheck makes explicit). */
static void mark_addrtaken(Node *x) {
	for (;;) {
		x = unparen(x);
		if (x->kind == N_SELECTOR && x->sel_kind == SEL_FIELD && !x->sel_indirect &&
		    under(x->x->type)->kind != TY_POINTER) {
			x = x->x;
			continue;
		}
		if (x->kind == N_INDEX && under(x->x->type)->kind == TY_ARRAY) {
			x = x->x;
			continue;
		}
		break;
	}
	if (x->kind == N_NAME && x->obj && x->obj->kind == OBJ_VAR)
		x->obj->addrtaken = true;
}

static Node *receiver_expr(Node *sel) {
	Node *r = sel->x;
	Pos p = sel->pos;
	if (sel->path.len) {  // x.E1.E2, as the checker spells a promoted field
		Node *d = mknode(N_SELECTOR, p);
		d->x = r;
		d->sel_kind = SEL_FIELD;
		d->sel_indirect = under(r->type)->kind == TY_POINTER;
		for (int i = 0; i < sel->path.len; i++) {
			Field *f = sel->path.data[i];
			vec_push(&d->path, f);
			if (i + 1 < sel->path.len && under(f->type)->kind == TY_POINTER)
				d->sel_indirect = true;
			d->name = f->name;
			d->type = f->type;
		}
		d->epos = p;
		r = d;
	}
	bool haveptr = under(r->type)->kind == TY_POINTER;
	if (sel->method->ptr_recv && !haveptr) {
		mark_addrtaken(r);
		Node *a = mknode(N_UNARY, p);
		a->op = TK_AND;
		a->x = r;
		a->type = type_ptr(r->type);
		r = a;
	} else if (!sel->method->ptr_recv && haveptr) {
		Node *d = mknode(N_DEREF, p);
		d->x = r;
		d->type = under(r->type)->elem;
		r = d;
	}
	return r;
}

/* The callee's parameters in order, receiver first (NULL: unnamed or blank). */
static void callee_params(Node *fn, int nlocals, Vec *params, Vec *results, Obj **recv) {
	int np = fn->obj->type ? fn->obj->type->params.len : 0;
	int nr = fn->obj->type ? fn->obj->type->results.len : 0;
	for (int i = 0; i < np; i++)
		vec_push(params, NULL);
	for (int i = 0; i < nr; i++)
		vec_push(results, NULL);
	*recv = NULL;
	for (int i = 0; i < nlocals; i++) {
		Obj *o = fn->locals.data[i];
		if (o->vclass == VC_PARAM && o->index == -1)
			*recv = o;
		else if (o->vclass == VC_PARAM && o->index >= 0 && o->index < np)
			params->data[o->index] = o;
		else if (o->vclass == VC_RESULT && o->index >= 0 && o->index < nr)
			results->data[o->index] = o;
	}
}

static bool is_blank_name(const char *name) { return !name || !strcmp(name, "_") || (name[0] == '~' && name[1] != 'r'); }

static void inline_node(Node *n);
static void inline_list(Vec *l);

/* gc's mkinlcall: call n of callee fn becomes an N_INLCALL. */
static void mkinlcall(Node *n, Node *fn) {
	Inl *in = ptrmap_get(&inls, fn);
	if (!in || !in->ok || in->cost > C.maxcost || fn == C.fn || C.full)
		return;
	Type *ft = fn->obj->type;
	Node *f = unparen(n->x);
	bool method = f->kind == N_SELECTOR && f->sel_kind == SEL_METHOD;
	bool tuple = n->list.len == 1 && ((Node *)n->list.data[0])->type &&
	             ((Node *)n->list.data[0])->type->kind == TY_TUPLE;
	if (tuple && ft->variadic && !n->has_dots)
		return;  // f(g()) into a variadic f: not done
	if (ptrmap_get(&C.active, fn)) {
		if (I.report && debug_m > 1)
			msg(n->pos, arena_printf(perm, "cannot inline %s into %s: repeated recursive cycle",
			                         inl_funcname(fn->obj), inl_funcname(C.fn->obj)));
		return;
	}
	Pos fpos = fn->body ? fn->body->pos : fn->pos;
	int base = pos_inlbase_new(pos_strip(fpos).file, n->pos, fn->obj);
	if (base < 0) {
		C.full = true;
		return;
	}
	if (I.report && debug_m)
		msg(n->pos, arena_printf(perm, "inlining call to %s", inl_funcname(fn->obj)));

	Subst s = {0};
	s.call = n;
	s.callee = fn;
	s.caller = C.fn;
	s.base = base;
	s.basefile = pos_strip(fpos).file;
	s.delay = in->delay_results;
	Pos p = n->pos;
	Node *orig = NEW(perm, Node);
	*orig = *n;

	Vec params = {0}, results = {0};
	Obj *recv;
	callee_params(fn, in->nlocals, &params, &results, &recv);
	Vec stmts = {0};

	/* parameters := arguments: the receiver (x.M(), or T.M's first
	 * argument), the parameters, a variadic call's extra arguments as a
	 * slice; a single call with several results fills several */
	bool hasrecv = fn->kind == N_FUNCDECL && fn->recv;
	int off = hasrecv && !method ? 1 : 0;  // T.M(r, ...): r is an argument
	Vec lhs = {0}, ltypes = {0}, rhs = {0};
	if (hasrecv) {
		vec_push(&lhs, recv);
		vec_push(&ltypes, ft->recv ? ft->recv->type : NULL);
	}
	for (int i = 0; i < params.len; i++) {
		vec_push(&lhs, params.data[i]);
		vec_push(&ltypes, ((Field *)ft->params.data[i])->type);
	}
	int nargs = n->list.len;
	int fixed = ft->variadic && !n->has_dots ? off + ft->params.len - 1 : nargs;
	for (int i = 0; i < nargs && i < fixed; i++)
		vec_push(&rhs, n->list.data[i]);
	if (fixed < nargs || (ft->variadic && !n->has_dots)) {
		/* f(a, b, c) of f(xs ...T): xs := []T{a, b, c} (gc's "... argument") */
		Type *st = ((Field *)ft->params.data[ft->params.len - 1])->type;
		Node *sl;
		if (nargs > fixed) {
			sl = mknode(N_COMPOSITE, p);
			sl->implicit = true;
			sl->type = st;
			for (int i = fixed; i < nargs; i++)
				vec_push(&sl->list, n->list.data[i]);
		} else {
			sl = mknode(N_NAME, p);
			sl->name = "nil";
			sl->obj = universe_lookup("nil");
			sl->type = st;
		}
		vec_push(&rhs, sl);
	}
	Vec lnodes = {0};
	for (int i = 0; i < lhs.len; i++) {
		Obj *o = lhs.data[i];
		if (!o || is_blank_name(o->name)) {
			vec_push(&lnodes, blank_node(ltypes.data[i], p));
			continue;
		}
		Obj *v = fresh_var(&s, o, NULL, C.fn, rebase(&s, o->pos));
		vec_push(&lnodes, name_node(v, v->pos));
	}
	if (method && tuple) {
		/* x.M(g()): the receiver first, then g's results */
		Node *ra = mknode(N_ASSIGN, p);
		ra->op = TK_DEFINE;
		vec_push(&ra->list, lnodes.data[0]);
		vec_push(&ra->list2, receiver_expr(f));
		vec_push(&stmts, ra);
		vec_remove(&lnodes, 0);
	} else if (method) {
		vec_insert(&rhs, 0, receiver_expr(f));
	}
	if (lnodes.len) {
		Node *as = mknode(N_ASSIGN, p);
		as->op = TK_DEFINE;
		as->list = lnodes;
		as->list2 = rhs;
		vec_push(&stmts, as);
	}
	free(lhs.data);
	free(ltypes.data);

	/* the callee's other variables, and the results */
	for (int i = 0; i < in->nlocals; i++) {
		Obj *o = fn->locals.data[i];
		if (o->vclass == VC_LOCAL && !ptrmap_get(&s.vars, o))
			fresh_var(&s, o, NULL, C.fn, rebase(&s, o->pos));
	}
	Node *decl = NULL;
	for (int i = 0; i < results.len; i++) {
		Obj *o = results.data[i];
		Obj *r;
		if (o && o->name && o->name[0] != '~' && strcmp(o->name, "_") != 0) {
			r = fresh_var(&s, o, NULL, C.fn, rebase(&s, o->pos));
		} else {
			Obj tmpl = {.kind = OBJ_VAR, .type = ((Field *)ft->results.data[i])->type, .pkg = fn->obj->pkg};
			Obj *key = o ? o : NEW(perm, Obj);
			if (!o)
				*key = tmpl;
			r = fresh_var(&s, o ? o : key, arena_printf(perm, "~R%d", i), C.fn, p);
			r->type = tmpl.type;
		}
		vec_push(&s.retvars, r);
		if (!s.delay) {
			if (!decl) {
				decl = mknode(N_DECLSTMT, p);
				Node *spec = mknode(N_VARSPEC, p);
				vec_push(&decl->list, spec);
			}
			vec_push(&((Node *)decl->list.data[0])->list, name_node(r, r->pos));
		}
	}
	if (decl)
		vec_push(&stmts, decl);

	/* the body */
	Node *body = copy_node(&s, fn->body);
	for (int i = 0; i < s.branches.len; i++) {
		Node *b = s.branches.data[i];
		Node *t = b->target ? ptrmap_get(&s.nodes, b->target) : NULL;
		if (t)
			b->target = t;
	}
	vec_push(&stmts, body);

	/* the call becomes the N_INLCALL */
	Node *ic = n;
	Node save = *n;
	memset(ic, 0, sizeof *ic);
	ic->kind = N_INLCALL;
	ic->pos = save.pos;
	ic->epos = save.epos;
	ic->type = save.type;
	ic->obj = fn->obj;
	ic->orig = orig;
	ic->list = stmts;
	for (int i = 0; i < s.retvars.len; i++) {
		Obj *r = s.retvars.data[i];
		vec_push(&ic->list2, name_node(r, p));
	}

	/* transitive inlining, with fn's body once on the stack */
	ptrmap_put(&C.active, fn, (void *)1);
	inline_node(body);
	ptrmap_put(&C.active, fn, NULL);
	ptrmap_free(&s.vars);
	ptrmap_free(&s.nodes);
	free(s.branches.data);
	free(params.data);
	free(results.data);
}

static void inline_list(Vec *l) {
	for (int i = 0; i < l->len; i++)
		inline_node(l->data[i]);
}

/* gc's inlnode: calls below n first, then n itself. */
static void inline_node(Node *n) {
	if (!n || n->kind == N_FUNCLIT || n->kind == N_INLCALL)
		return;  // a closure's calls are its own; an inlined call is done
	if ((n->kind == N_GO || n->kind == N_DEFER) && n->x && unparen(n->x)->kind == N_CALL) {
		Node *c = unparen(n->x);  // the deferred call itself stays, its operands do not
		inline_node(c->x);
		inline_list(&c->list);
		return;
	}
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		inline_node(kids[i]);
	inline_list(&n->list);
	inline_list(&n->list2);
	if (n->kind != N_CALL)
		return;
	Node *f = unparen(n->x);
	Node *d = callee_decl(f, C.fn);
	if (!d)
		return;
	if (d->obj && is_intrinsic(d->obj))
		return;
	if (d->kind == N_FUNCLIT)
		can_inline(d);
	mkinlcall(n, d);
}

static int count_nodes(Node *n, int limit) {
	if (!n || limit <= 0)
		return 0;
	int c = 1;
	if (n->kind == N_FUNCLIT)
		return c;
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		c += count_nodes(kids[i], limit - c);
	for (int i = 0; i < n->list.len; i++)
		c += count_nodes(n->list.data[i], limit - c);
	for (int i = 0; i < n->list2.len; i++)
		c += count_nodes(n->list2.data[i], limit - c);
	return c;
}

/* gc's InlineCalls: expand the calls in fn's body (not its closures'). */
static void inline_calls(Node *fn) {
	if (!fn->body || inline_level == 0)
		return;
	typeof(C) save = C;
	C.fn = fn;
	C.maxcost = count_nodes(fn->body, INLINE_BIG_FUNCTION_NODES) >= INLINE_BIG_FUNCTION_NODES
	                ? INLINE_BIG_FUNCTION_MAX_COST : INLINE_MAX_BUDGET;
	C.active = (PtrMap){0};
	inline_node(fn->body);
	ptrmap_free(&C.active);
	bool full = C.full;
	C = save;
	C.full = full;
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
		if (I.compile)
			inline_calls(fn);
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

/* Examine pkg's functions (once), imported packages first; compile: also
 * inline calls in them. */
static void analyse_package(Package *pkg, bool report, bool compile) {
	if (ptrmap_get(&pkgdone, pkg))
		return;
	ptrmap_put(&pkgdone, pkg, (void *)1);
	for (int i = 0; i < pkg->imports.len; i++)
		analyse_package(pkg->imports.data[i], false, false);
	typeof(I) save = I;
	I.pkg = pkg;
	I.report = report;
	I.compile = compile;
	if (compile) {
		pos_inlbase_reset();
		C.full = false;
	}
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
	analyse_package(pkg, report, true);
}
